// Deletes what is kept only for a while, at start and then every hour: curation records (questions, votes) older
// than the retention period, and handled update ids older than a day.
import type { Storage } from "../storage/storage.ts";
import type { Clock } from "../tips/clock.ts";

const DAY_MS = 86_400_000;

/** Telegram stops redelivering an update after about a day, so a claim older than that guards nothing. */
export const UPDATE_CLAIMS_KEPT_MS = DAY_MS;

export function purgeOldRecords(storage: Storage, now: number, retentionDays: number): Promise<number> {
  return storage.deleteRecordsBefore(now - retentionDays * DAY_MS);
}

export interface RetentionOptions {
  retentionDays: number;
  onPurge?: (deleted: { records: number; updates: number }) => void;
  /** A failed round (the database unreachable) is reported and tried again next hour; it never stops the bot. */
  onError?: (error: unknown) => void;
  intervalMs?: number;
}

export function startRetention(
  storage: Storage,
  clock: Clock,
  options: RetentionOptions,
): { stop(): Promise<void> } {
  const controller = new AbortController();
  const loop = (async () => {
    while (!controller.signal.aborted) {
      try {
        const now = clock.now();
        const records = await purgeOldRecords(storage, now, options.retentionDays);
        const updates = await storage.pruneUpdates(now - UPDATE_CLAIMS_KEPT_MS);
        if (records > 0 || updates > 0) options.onPurge?.({ records, updates });
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
