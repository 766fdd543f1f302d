// pino logger: JSON lines in production, human-readable in development. Never given the token or message text above debug.
import pino, { type Logger } from "pino";

export type { Logger };

export async function createLogger(level: string, production: boolean): Promise<Logger> {
  const redact = { paths: ["token", "*.token", "config.BOT_TOKEN"], censor: "[redacted]" };
  if (production) return pino({ level, redact });
  try {
    const { default: pretty } = await import("pino-pretty");
    return pino(
      { level, redact },
      pretty({ colorize: process.stdout.isTTY, translateTime: "HH:MM:ss.l", ignore: "pid,hostname" }),
    );
  } catch {
    // pino-pretty is a development dependency; a production install without NODE_ENV=production still logs JSON.
    return pino({ level, redact });
  }
}
