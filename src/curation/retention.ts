// Deletes curation records (questions, votes) older than the retention period, and handled update ids older than
// a day: at start, then every hour.
import type { Storage } from "../storage/storage.ts";
import type { Clock } from "../tips/clock.ts";

const DAY_MS = 86_400_000;

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
