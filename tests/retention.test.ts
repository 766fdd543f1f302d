import { describe, expect, it, vi } from "vitest";
import { startRetention } from "../src/curation/retention.ts";
import { MIGRATIONS, openSqlite } from "../src/storage/sqlite.ts";
import { fakeClock, RECORDS_KEY, temporaryDatabase } from "./helpers/bot-harness.ts";

const HOUR = 3_600_000;

/** A fake clock that counts the job's rounds (its sleeps) and yields to the event loop between them. */
function countingClock() {
  const clock = fakeClock(Date.UTC(2026, 0, 15, 12));
  const counted = {
    ...clock,
    rounds: 0,
    sleep: () => {
      counted.rounds++;
      return new Promise<void>((resolve) => setTimeout(resolve, 1));
    },
  };
  return counted;
}

describe("retention", () => {
  it("forgets handled update ids after a day, so the table does not grow forever", async () => {
    const storage = openSqlite(temporaryDatabase());
    const clock = countingClock();
    const now = clock.now();
    for (const [id, at] of [
      [1, now - 25 * HOUR],
      [2, now - 23 * HOUR],
    ] as const) {
      await storage.claimUpdate(id, at, 30_000);
      await storage.finishUpdate(id, at);
    }
    const retention = startRetention(storage, clock, 90, { intervalMs: 0 });
    await vi.waitFor(() => expect(clock.rounds).toBeGreaterThan(0));
    await retention.stop();
    expect((await storage.claimUpdate(1, now, 30_000)).claim).toBe("claimed");
    expect((await storage.claimUpdate(2, now, 30_000)).claim).toBe("done");
    await storage.close();
  });

  it("deletes abandoned dialogues after a day, and finished deliveries once their day is over everywhere", async () => {
    const storage = openSqlite(temporaryDatabase(), MIGRATIONS, { recordsKey: RECORDS_KEY });
    const clock = countingClock();
    const now = clock.now(); // 2026-01-15 12:00 UTC
    await storage.setDialog(
      { chatId: 1, step: "comment", editing: false, entryId: "salary" },
      now - 25 * HOUR,
    );
    await storage.setDialog({ chatId: 2, step: "hour", editing: false }, now - 23 * HOUR);
    await storage.upsertSubscriber(3, 0, "Etc/GMT+12", 0);
    for (const day of ["2026-01-13", "2026-01-14"]) {
      await storage.planDeliveries("Etc/GMT+12", day, 0, 0);
      await storage.claimDeliveries("sender", 0, 60_000, 10);
      await storage.finishDelivery(3, day, "sender", { status: "sent", attempts: 1 }, 0);
    }
    await storage.planDeliveries("Etc/GMT+12", "2026-01-15", 0, 0);
    const retention = startRetention(storage, clock, 90, { intervalMs: 0 });
    await vi.waitFor(() => expect(clock.rounds).toBeGreaterThan(0));
    await retention.stop();
    expect(await storage.getDialog(1)).toBeUndefined();
    expect(await storage.getDialog(2)).toBeDefined();
    // 2026-01-14 ends at UTC−12 only at 12:00 UTC today: its row is kept, so that day cannot get a second tip.
    expect(await storage.getDelivery(3, "2026-01-13")).toBeUndefined();
    expect(await storage.getDelivery(3, "2026-01-14")).toMatchObject({ status: "sent" });
    expect(await storage.getDelivery(3, "2026-01-15")).toMatchObject({ status: "pending" });
    await storage.close();
  });

  it("reports a failed round and goes on", async () => {
    const storage = openSqlite(temporaryDatabase());
    await storage.close();
    const errors: unknown[] = [];
    const retention = startRetention(storage, countingClock(), 90, {
      onError: (error) => errors.push(error),
      intervalMs: 0,
    });
    await vi.waitFor(() => expect(errors.length).toBeGreaterThan(1));
    await retention.stop();
    expect(errors.length).toBeGreaterThan(1);
  });
});
