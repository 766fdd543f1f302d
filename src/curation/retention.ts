// Deletes what is kept only for a while, at start and then every hour: curation records (questions, votes) older
// than the retention period, handled update ids, the chats' last answers (for follow-ups) and abandoned dialogues
// older than a day, and finished daily-tip deliveries once their day is over in every time zone.
import type { Storage } from "../storage/storage.ts";
import type { Clock } from "../tips/clock.ts";

const DAY_MS = 86_400_000;
/** Last answers are kept a day at most: far past any follow-up window, so nothing about a chat lingers. */
const LAST_ANSWER_KEEP_MS = DAY_MS;

/** A dialogue untouched for a day was abandoned (a /forget confirmation is valid for minutes, a 👎 comment is typed next). */
const DIALOG_KEEP_MS = DAY_MS;

/**
 * The local days over in every time zone (UTC−12 to UTC+14) are those before yesterday in UTC: a finished delivery
 * of such a day no longer guards against planning that day twice, so its row (and chat id) can go.
 */
export function deliveriesPrunedBefore(now: number): string {
  return new Date(now - DAY_MS).toISOString().slice(0, 10);
}

/** Telegram stops redelivering an update after about a day, so a handled-update claim older than that guards nothing. */
export const UPDATE_CLAIMS_KEPT_MS = DAY_MS;

export function purgeOldRecords(storage: Storage, now: number, retentionDays: number): Promise<number> {
  return storage.deleteRecordsBefore(now - retentionDays * DAY_MS);
}

export interface RetentionOptions {
  onPurge?: (deleted: number) => void;
  /** A purge that failed (a read-only or full database): logged, and tried again at the next interval. */
  onError?: (error: unknown) => void;
  intervalMs?: number;
}

export function startRetention(
  storage: Storage,
  clock: Clock,
  retentionDays: number,
  options: RetentionOptions = {},
): { stop(): Promise<void> } {
  const controller = new AbortController();
  const loop = (async () => {
    while (!controller.signal.aborted) {
      try {
        const deleted = await purgeOldRecords(storage, clock.now(), retentionDays);
        if (deleted > 0) options.onPurge?.(deleted);
        await storage.pruneUpdates(clock.now() - UPDATE_CLAIMS_KEPT_MS);
        await storage.pruneLastAnswers(clock.now() - LAST_ANSWER_KEEP_MS);
        await storage.pruneDialogs(clock.now() - DIALOG_KEEP_MS);
        await storage.pruneDeliveries(deliveriesPrunedBefore(clock.now()));
      } catch (error) {
        options.onError?.(error);
      }
      await clock.sleep(options.intervalMs ?? 3_600_000, controller.signal);
    }
  })();
  return {
    stop: async () => {
      controller.abort();
      await loop;
    },
  };
}
