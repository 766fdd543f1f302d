// Deletes curation records (questions, votes) older than the retention period: at start, then every hour.
import type { Storage } from "../storage/storage.ts";
import type { Clock } from "../tips/clock.ts";

const DAY_MS = 86_400_000;

export function purgeOldRecords(storage: Storage, now: number, retentionDays: number): Promise<number> {
  return storage.deleteRecordsBefore(now - retentionDays * DAY_MS);
}

export function startRetention(
  storage: Storage,
  clock: Clock,
  retentionDays: number,
  onPurge?: (deleted: number) => void,
  intervalMs = 3_600_000,
): { stop(): Promise<void> } {
  const controller = new AbortController();
  const loop = (async () => {
    while (!controller.signal.aborted) {
      const deleted = await purgeOldRecords(storage, clock.now(), retentionDays);
      if (deleted > 0) onPurge?.(deleted);
      await clock.sleep(intervalMs, controller.signal);
    }
  })();
  return {
    stop: async () => {
      controller.abort();
      await loop;
    },
  };
}
