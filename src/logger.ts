// pino logger: JSON lines in production, human-readable in development. Never given the token or message text above debug.
import { GrammyError, HttpError } from "grammy";
import pino, { type DestinationStream, type Logger } from "pino";

export type { Logger };

/**
 * What a log line says about an error. A Bot API error carries its whole request (chat id, reply text) as
 * `payload`: only the method, error code and description are kept. Network errors keep the method and the cause.
 */
export function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof GrammyError)
    return {
      type: "GrammyError",
      method: error.method,
      error_code: error.error_code,
      description: error.description,
    };
  if (error instanceof HttpError) {
    const cause = error.error instanceof Error ? error.error.message : String(error.error);
    return { type: "HttpError", message: error.message, cause };
  }
  if (error instanceof Error) return { type: error.name, message: error.message, stack: error.stack };
  return { type: typeof error, message: String(error) };
}

/** `destination` replaces stdout (tests read the lines); it always gets JSON lines. */
export async function createLogger(
  level: string,
  production: boolean,
  destination?: DestinationStream,
): Promise<Logger> {
  const options = {
    level,
    redact: { paths: ["token", "*.token", "config.BOT_TOKEN"], censor: "[redacted]" },
    serializers: { err: describeError, error: describeError },
  };
  if (destination) return pino(options, destination);
  if (production) return pino(options);
  try {
    const { default: pretty } = await import("pino-pretty");
    return pino(
      options,
      pretty({ colorize: process.stdout.isTTY, translateTime: "HH:MM:ss.l", ignore: "pid,hostname" }),
    );
  } catch {
    // pino-pretty is a development dependency; a production install without NODE_ENV=production still logs JSON.
    return pino(options);
  }
}
