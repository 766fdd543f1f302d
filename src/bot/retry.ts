// Bot API calls that fail for want of a network or with a 5xx: retried with backoff, each failure logged once.
import { HttpError, type Transformer } from "grammy";
import type { Logger } from "../logger.ts";

export interface BackoffOptions {
  /** First wait after a failure; it doubles up to `maxMs`. */
  baseMs: number;
  maxMs: number;
  /** Tries of a call other than getUpdates before its error goes to the caller, so no handler hangs for long. */
  attempts: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 1_000, maxMs: 60_000, attempts: 4 };

/** Webhook: a reply inside Telegram's 10-second request is not retried here; Telegram's redelivery takes over. */
export const WEBHOOK_BACKOFF: BackoffOptions = { ...DEFAULT_BACKOFF, attempts: 1 };

/**
 * Why a call failed, safe to log: an error code (ECONNREFUSED, ENOTFOUND), "timed out" or the HTTP status,
 * never the underlying message, which holds the request URL and so the token.
 */
export function failureReason(error: unknown): string {
  const cause = error instanceof HttpError ? error.error : error;
  if (typeof cause === "object" && cause !== null) {
    const { code, name, message } = cause as { code?: unknown; name?: unknown; message?: unknown };
    if (typeof code === "string") return code;
    if (name === "AbortError") return "no answer";
    if (typeof message === "string" && /timed out/.test(message)) return "timed out";
    if (typeof name === "string") return name;
  }
  return "network error";
}

const pause = (ms: number, signal: Parameters<Transformer>[3]) =>
  new Promise<void>((resolve, reject) => {
    const aborted = () => new Error(`Bot API call aborted while waiting to retry`);
    if (signal?.aborted) return reject(aborted());
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", abort);
      resolve();
    }, ms);
    const abort = () => {
      clearTimeout(timer);
      reject(aborted());
    };
    signal?.addEventListener("abort", abort);
  });

/**
 * Polling (getUpdates) retries for as long as it takes, waiting longer each time up to `maxMs`; other calls
 * give up after `attempts`. Each failure is one warning with the method, the API root, the reason and the wait.
 */
export function retryUnreachable(logger: Logger, apiRoot: string, options = DEFAULT_BACKOFF): Transformer {
  return async (prev, method, payload, signal) => {
    let waitMs = options.baseMs;
    for (let attempt = 1; ; attempt++) {
      let failure: string;
      try {
        const result = await prev(method, payload, signal);
        if (result.ok || result.error_code < 500) {
          if (attempt > 1)
            logger.info({ method, api: apiRoot, attempts: attempt }, "Bot API reachable again");
          return result;
        }
        if (method !== "getUpdates" && attempt >= options.attempts) return result;
        failure = `${result.error_code} ${result.description}`;
      } catch (error) {
        if (!(error instanceof HttpError) || signal?.aborted) throw error;
        if (method !== "getUpdates" && attempt >= options.attempts) throw error;
        failure = failureReason(error);
      }
      logger.warn(
        { method, api: apiRoot, reason: failure, retry_in_ms: waitMs },
        "Bot API call failed; retrying",
      );
      await pause(waitMs, signal);
      waitMs = Math.min(options.maxMs, waitMs * 2);
    }
  };
}
