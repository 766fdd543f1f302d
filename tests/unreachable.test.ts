import { spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { join } from "node:path";
import { run } from "@grammyjs/runner";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { ConnectError, connect } from "../src/bot/connect.ts";
import { createBot } from "../src/bot/create-bot.ts";
import { holdEngine } from "../src/engine.ts";
import { openSqlite } from "../src/storage/sqlite.ts";
import { FakeTelegram, TOKEN } from "./fake-telegram/server.ts";
import { fakeClock, person, realEngine, repliesAfter } from "./helpers/bot-harness.ts";

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

/** A port nobody listens on: one the system just handed out and took back. */
async function closedPort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, "close");
  return port;
}

interface LogLine {
  level: number;
  msg: string;
  method?: string;
  reason?: string;
  retry_in_ms?: number;
  [key: string]: unknown;
}

async function botOn(apiRoot: string) {
  const lines: LogLine[] = [];
  const logger = pino({ level: "info" }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  const storage = await openSqlite(":memory:");
  const bot = createBot({
    token: TOKEN,
    apiRoot,
    engine: holdEngine(await realEngine()),
    logger,
    storage,
    clock: fakeClock(Date.now()),
    hash: String,
    recorder: undefined,
    admin: { adminIds: new Set(), reload: realEngine },
    backoff: { baseMs: 50, maxMs: 400, attempts: 2 },
  });
  cleanup.push(() => storage.close());
  return { bot, lines };
}

describe("an unreachable Bot API", () => {
  it("at start: npm start says which URL it could not reach, without the token, and exits", async () => {
    const root = `http://127.0.0.1:${await closedPort()}`;
    const child = spawn(process.execPath, [join(import.meta.dirname, "..", "src", "main.ts")], {
      env: {
        PATH: process.env.PATH ?? "",
        NODE_ENV: "production",
        LOG_LEVEL: "error",
        BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: root,
        DATABASE_URL: ":memory:",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    cleanup.push(() => void child.kill("SIGKILL"));
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const started = Date.now();
    const [code] = await once(child, "exit");
    expect(code).toBe(1);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(output.trim()).toBe(
      `Could not reach the Bot API at ${root} (getMe: ECONNREFUSED). Check TELEGRAM_API_ROOT and the network.`,
    );
    expect(output).not.toContain(TOKEN.split(":")[1]);
  }, 40_000);

  it("at start: gives up on a Bot API that never answers by the deadline", async () => {
    const fake = await new FakeTelegram().start();
    cleanup.push(() => fake.close());
    fake.hangNext("getMe", 10);
    const { bot } = await botOn(fake.url);
    const started = Date.now();
    const error = await connect(bot, fake.url, 2_000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectError);
    expect((error as Error).message).toBe(
      `Could not reach the Bot API at ${fake.url} (getMe: no answer within 2 s). Check TELEGRAM_API_ROOT and the network.`,
    );
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it("while running: polling backs off, logs each failure once per step, and answers once the API is back", async () => {
    const fake = await new FakeTelegram().start();
    const port = Number(new URL(fake.url).port);
    const { bot, lines } = await botOn(fake.url);
    await connect(bot, fake.url, 5_000);
    const runner = run(bot, { runner: { fetch: { timeout: 1 } } });
    cleanup.push(() => void runner.stop());
    await fake.waitFor(() => fake.pollCount > 0 || undefined);

    // A Bot API that answers 502 for a while, then no network at all.
    fake.failNext("getUpdates", { status: 502, description: "Bad Gateway" }, 3);
    const failures = () => lines.filter((l) => l.msg === "Bot API call failed; retrying");
    await fake.waitFor(() => failures().length >= 3 || undefined, 5_000, "three logged 502s");
    await fake.close();
    await fake.waitFor(() => failures().length >= 5 || undefined, 5_000, "two logged connection failures");

    const back = await new FakeTelegram().start(port);
    cleanup.push(() => back.close());
    const { chat, user } = person();
    const { message_id } = back.sendText(chat, user, "how much do lab techs make");
    const [reply] = await repliesAfter(back, chat, message_id);
    expect(reply!.text).toContain("$60,290");

    const logged = failures();
    expect(logged.slice(0, 3).map((l) => l.reason)).toEqual(Array(3).fill("502 Bad Gateway"));
    expect(logged.slice(3).every((l) => l.reason === "ECONNREFUSED" || l.reason === "ECONNRESET")).toBe(true);
    expect(logged.every((l) => l.method === "getUpdates")).toBe(true);
    // One line per failure, each wait twice the one before up to the cap.
    const waits = logged.map((l) => l.retry_in_ms);
    expect(waits.slice(0, 4)).toEqual([50, 100, 200, 400]);
    expect(waits.slice(4).every((w) => w === 400)).toBe(true);
    expect(lines.some((l) => l.msg === "Bot API reachable again")).toBe(true);
    expect(JSON.stringify(lines)).not.toContain(TOKEN.split(":")[1]);
  });
});
