// The bot's HTTP server (node:http): Telegram's webhook when set, and /livez, /readyz, /metrics for the platform.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Registry } from "prom-client";
import type { Logger } from "../logger.ts";

// Not `import … from "node:http"`: an ES import of node:http reads every export to build its module namespace, which
// loads the bundled fetch (undici) behind http's WebSocket and friends, about 20 ms of every start (100 without the
// compile cache) for code the bot never runs (grammY sends with node-fetch).
const { createServer } = process.getBuiltinModule("node:http");

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export interface HttpOptions {
  port: number;
  host?: string;
  logger: Logger;
  registry: Registry;
  /** Resolves when the bot can serve (database reachable, knowledge loaded); rejects with the reason otherwise. */
  ready: () => Promise<void>;
  /** The webhook: POST requests to `path` go to `handle`. */
  webhook?: { path: string; handle: RequestHandler };
}

export interface HttpServer {
  port: number;
  /** Stops accepting, lets requests in flight finish, then resolves; connections left at `deadline` are cut. */
  close(deadlineMs: number): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string, type = "text/plain; charset=utf-8"): void {
  res.writeHead(status, { "content-type": type }).end(body);
}

export async function startHttpServer(options: HttpOptions): Promise<HttpServer> {
  const { logger, registry, webhook } = options;
  let closing = false;
  const route: RequestHandler = async (req, res) => {
    const path = new URL(req.url ?? "/", "http://bot").pathname;
    if (webhook && path === webhook.path) {
      if (req.method !== "POST") return send(res, 405, "POST only");
      return webhook.handle(req, res);
    }
    if (req.method !== "GET") return send(res, 405, "GET only");
    switch (path) {
      case "/livez":
        return send(res, 200, "ok");
      case "/readyz":
        if (closing) return send(res, 503, "stopping");
        try {
          await options.ready();
          return send(res, 200, "ready");
        } catch (error) {
          return send(res, 503, `not ready: ${error instanceof Error ? error.message : String(error)}`);
        }
      case "/metrics":
        return send(res, 200, await registry.metrics(), registry.contentType);
      default:
        return send(res, 404, "not found");
    }
  };
  const server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      logger.error({ err, path: req.url }, "HTTP request failed");
      if (!res.headersSent) send(res, 500, "internal error");
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: (deadlineMs) => {
      closing = true;
      return new Promise<void>((resolve) => {
        // Keep-alive connections that sit idle would hold close() open: drop them as requests finish.
        const idle = setInterval(() => server.closeIdleConnections(), 50);
        const cut = setTimeout(() => server.closeAllConnections(), deadlineMs);
        server.close(() => {
          clearInterval(idle);
          clearTimeout(cut);
          resolve();
        });
      });
    },
  };
}
