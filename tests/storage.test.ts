// One storage suite, run against both implementations: SQLite (a temporary file) and PostgreSQL (a fresh database).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { hashId } from "../src/curation/hash.ts";
import { KEPT_CONNECTIONS, openPostgres, PG_MIGRATIONS, type PgMigration } from "../src/storage/postgres.ts";
import { MIGRATIONS, openSqlite } from "../src/storage/sqlite.ts";
import { ASKED_CHARS, type QuestionRecord, type Storage } from "../src/storage/storage.ts";
import { RECORDS_KEY, temporaryDatabase } from "./helpers/bot-harness.ts";
import { freshPostgresDatabase } from "./helpers/postgres.ts";

/** Every row of every table, by table name: what someone holding only the database can read. */
type Dump = Record<string, Record<string, unknown>[]>;

interface Engine {
  name: string;
  /** A new, empty database's address. */
  create(): Promise<string>;
  open(at: string, migrations?: number): Promise<Storage>;
  migrations: readonly unknown[];
  /** Pretends a newer program migrated this database. */
  markNewer(at: string): Promise<void>;
  /** Runs SQL as is, outside the storage interface (rows as an older program wrote them). */
  sql(at: string, statements: string): Promise<void>;
  dump(at: string): Promise<Dump>;
}

const engines: Engine[] = [
  {
    name: "SQLite",
    create: async () => temporaryDatabase(),
    open: async (at, migrations) =>
      openSqlite(at, MIGRATIONS.slice(0, migrations ?? MIGRATIONS.length), { recordsKey: RECORDS_KEY }),
    migrations: MIGRATIONS,
    markNewer: async (at) => {
      const s = openSqlite(at, MIGRATIONS, { recordsKey: RECORDS_KEY });
      s.db.prepare("INSERT INTO schema_migrations (version, applied_at) VALUES (99, 0)").run();
      await s.close();
    },
    sql: async (at, statements) => {
      const db = new DatabaseSync(at);
      db.exec(statements);
      db.close();
    },
    dump: async (at) => {
      const db = new DatabaseSync(at, { readOnly: true });
      try {
        const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all();
        return Object.fromEntries(
          tables.map(({ name }) => [String(name), db.prepare(`SELECT * FROM "${name}"`).all()]),
        );
      } finally {
        db.close();
      }
    },
  },
  {
    name: "PostgreSQL",
    create: freshPostgresDatabase,
    open: (at, migrations) =>
      openPostgres(at, {
        poolSize: 4,
        recordsKey: RECORDS_KEY,
        migrations: PG_MIGRATIONS.slice(0, migrations ?? PG_MIGRATIONS.length) as PgMigration[],
      }),
    migrations: PG_MIGRATIONS,
    markNewer: async (at) => {
      const s = await openPostgres(at);
      await s.pool.query("INSERT INTO schema_migrations (version, applied_at) VALUES (99, 0)");
      await s.close();
    },
    sql: async (at, statements) => {
      const client = new pg.Client({ connectionString: at });
      await client.connect();
      try {
        await client.query(statements);
      } finally {
        await client.end();
      }
    },
    dump: async (at) => {
      const client = new pg.Client({ connectionString: at });
      await client.connect();
      try {
        const { rows: tables } = await client.query(
          "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()",
        );
        const dump: Dump = {};
        for (const { tablename } of tables)
          dump[tablename] = (await client.query(`SELECT * FROM "${tablename}"`)).rows;
        return dump;
      } finally {
        await client.end();
      }
    },
  },
];

/** Where a value is kept, as "table.column", whatever the column's type. */
function whereKept(dump: Dump, value: number | string): string[] {
  const found = new Set<string>();
  for (const [table, rows] of Object.entries(dump))
    for (const row of rows)
      for (const [column, cell] of Object.entries(row))
        if (cell !== null && String(cell) === String(value)) found.add(`${table}.${column}`);
  return [...found].sort();
}

const rowCounts = (dump: Dump) =>
  Object.fromEntries(Object.entries(dump).map(([table, rows]) => [table, rows.length]));

/** A chat id that needs 6 bytes, as Telegram's newer ids do (and SQLite then stores it in 6). */
const CHAT = 7_123_456_789;
const DAY = 86_400_000;

/**
 * A day of a subscriber's life: the daily tip of 2026-01-01 sent (and the next day's planned), a /tip, a 👎 with
 * its comment dialogue open, a follow-up's last answer, a question and a vote.
 */
async function dayOfTips(s: Storage, chatId: number): Promise<void> {
  const hash = hashId(RECORDS_KEY, chatId);
  await s.upsertSubscriber(chatId, 8, "UTC", 0);
  await s.planDeliveries("UTC", "2026-01-01", 8, 8 * 3_600_000);
  for (const claim of await s.claimDeliveries("sender", 8 * 3_600_000, 60_000, 100))
    if (claim.chatId === chatId) {
      await s.chooseTips("sender", [{ chatId, localDate: "2026-01-01", tipId: "tip-01", newCycle: false }]);
      await s.finishDelivery(chatId, "2026-01-01", "sender", { status: "sent", attempts: 1 }, 9 * 3_600_000);
    }
  await s.releaseClaims("sender");
  await s.markTipSeen(chatId, "tip-02", false);
  await s.setLastAnswer(chatId, "salary", 10 * 3_600_000);
  await s.recordQuestion(question(10 * 3_600_000, { chatHash: hash, outcome: "answer", entryId: "salary" }));
  await s.setVote({ userHash: hash, entryId: "salary", vote: -1, at: 10 * 3_600_000 });
  await s.setDialog({ chatId, step: "comment", editing: false, entryId: "salary" }, 10 * 3_600_000);
  await s.planDeliveries("UTC", "2026-01-02", 8, DAY + 8 * 3_600_000);
}

/** The ways a chat id can sit in a file: SQLite's 6- and 8-byte big-endian integers, and decimal text. */
function encodings(chatId: number): Buffer[] {
  const eight = Buffer.alloc(8);
  eight.writeBigInt64BE(BigInt(chatId));
  return [eight, eight.subarray(2), Buffer.from(String(chatId))];
}

const question = (at: number, extra: Partial<QuestionRecord> = {}): QuestionRecord => ({
  at,
  chatHash: "h1",
  outcome: "none",
  text: "how much do nurses make",
  normalized: "nurs salari",
  candidates: [{ id: "salary", confidence: 0.31 }],
  kbVersion: "1.0.0",
  ...extra,
});

/** Opens storages on an engine for one test each; every one is closed after its test. */
function openedPerTest(
  engine: (typeof engines)[number],
): (at: string, migrations?: number) => Promise<Storage> {
  const opened: Storage[] = [];
  afterEach(async () => {
    for (const s of opened.splice(0)) await s.close().catch(() => {});
  });
  return async (at, migrations) => {
    const s = await engine.open(at, migrations);
    opened.push(s);
    return s;
  };
}

describe.each(engines)("storage on $name", (engine) => {
  const open = openedPerTest(engine);
  const fresh = async () => open(await engine.create());

  it("keeps subscribers, finds who is due per zone and local day, and counts the active ones", async () => {
    const s = await fresh();
    await s.upsertSubscriber(7_000_000_001, 8, "Europe/Berlin", 1);
    await s.upsertSubscriber(2, 9, "Europe/Berlin", 1);
    await s.upsertSubscriber(3, 8, "Asia/Tokyo", 1);
    expect(await s.getSubscriber(7_000_000_001)).toEqual({
      chatId: 7_000_000_001,
      hour: 8,
      timeZone: "Europe/Berlin",
      active: true,
    });
    expect(await s.getSubscriber(4)).toBeUndefined();
    expect((await s.activeTimeZones()).sort()).toEqual(["Asia/Tokyo", "Europe/Berlin"]);
    expect(await s.planDeliveries("Europe/Berlin", "2026-01-01", 8, 10)).toBe(1);
    expect(await s.planDeliveries("Europe/Berlin", "2026-01-01", 9, 10)).toBe(1);
    expect(await s.planDeliveries("Europe/Berlin", "2026-01-01", 9, 10)).toBe(0);
    expect((await s.pendingDeliveries()).map((d) => d.chatId).sort()).toEqual([2, 7_000_000_001]);
    await s.deactivate(2, "unsubscribed", 2);
    expect((await s.getSubscriber(2))?.active).toBe(false);
    expect(await s.countActiveSubscribers()).toBe(2);
    await s.upsertSubscriber(2, 10, "UTC", 3);
    expect(await s.getSubscriber(2)).toEqual({ chatId: 2, hour: 10, timeZone: "UTC", active: true });
  });

  it("plans one delivery per subscriber and local day, claims it for one sender, and records its outcome", async () => {
    const s = await fresh();
    await s.upsertSubscriber(1, 8, "UTC", 0);
    await s.upsertSubscriber(2, 8, "UTC", 0);
    expect(await s.planDeliveries("UTC", "2026-01-01", 7, 0)).toBe(0);
    expect(await s.planDeliveries("UTC", "2026-01-01", 8, 0)).toBe(2);
    expect(await s.planDeliveries("UTC", "2026-01-01", 9, 0)).toBe(0);
    expect(await s.getDelivery(1, "2026-01-01")).toEqual({
      chatId: 1,
      localDate: "2026-01-01",
      status: "pending",
      attempts: 0,
    });

    const mine = await s.claimDeliveries("a", 1_000, 60_000, 1);
    expect(mine).toEqual([
      {
        chatId: 1,
        localDate: "2026-01-01",
        status: "pending",
        attempts: 0,
        claimedBy: "a",
        leaseUntil: 61_000,
        timeZone: "UTC",
        active: true,
        seenTips: [],
        chatHash: hashId(RECORDS_KEY, 1),
      },
    ]);
    expect((await s.claimDeliveries("b", 1_000, 60_000, 10)).map((d) => d.chatId)).toEqual([2]);
    expect(await s.claimDeliveries("c", 2_000, 60_000, 10)).toEqual([]);

    // Only the holder chooses the tip and records the outcome.
    const choice = (chatId: number, tipId: string, newCycle = false) => ({
      chatId,
      localDate: "2026-01-01",
      tipId,
      newCycle,
    });
    expect(await s.chooseTips("b", [choice(1, "tip-02")])).toEqual([false]);
    expect(await s.chooseTips("a", [choice(1, "tip-01"), choice(2, "tip-09")])).toEqual([true, false]);
    expect(await s.chooseTips("a", [choice(1, "tip-03")])).toEqual([false]);
    expect(await s.chooseTips("a", [])).toEqual([]);
    expect(await s.seenTips(1)).toEqual(new Set(["tip-01"]));
    // A new cycle forgets what was seen before, except the tip just chosen.
    await s.markTipSeen(2, "tip-07", false);
    await s.markTipSeen(2, "tip-08", false);
    expect((await s.claimDeliveries("b", 1_500, 60_000, 10)).map((d) => d.seenTips)).toEqual([]);
    expect(await s.chooseTips("b", [choice(2, "tip-08", true)])).toEqual([true]);
    expect(await s.seenTips(2)).toEqual(new Set(["tip-08"]));
    expect(await s.finishDelivery(1, "2026-01-01", "b", { status: "sent", attempts: 1 }, 5)).toBe(false);
    expect(await s.finishDelivery(1, "2026-01-01", "a", { status: "sent", attempts: 1 }, 5)).toBe(true);
    expect(await s.finishDelivery(1, "2026-01-01", "a", { status: "failed", attempts: 2 }, 6)).toBe(false);
    expect(await s.getDelivery(1, "2026-01-01")).toMatchObject({
      tipId: "tip-01",
      status: "sent",
      attempts: 1,
    });

    // A lease that runs out lets another sender take over; a renewed one does not.
    expect(await s.renewClaims("b", 30_000, 60_000)).toBe(1);
    expect(await s.claimDeliveries("c", 62_000, 60_000, 10)).toEqual([]);
    expect((await s.claimDeliveries("c", 91_000, 60_000, 10)).map((d) => d.claimedBy)).toEqual(["c"]);
    expect(await s.finishDelivery(2, "2026-01-01", "b", { status: "sent", attempts: 1 }, 92_000)).toBe(false);
    expect(await s.releaseClaims("c")).toBe(1);
    expect((await s.claimDeliveries("d", 92_000, 60_000, 10)).map((d) => d.chatId)).toEqual([2]);
    expect(await s.finishDelivery(2, "2026-01-01", "d", { status: "expired", attempts: 0 }, 93_000)).toBe(
      true,
    );
    expect(await s.pendingDeliveries()).toEqual([]);
  });

  it("never hands out again a delivery whose sender died while sending it: it may have arrived", async () => {
    const s = await fresh();
    for (const chatId of [1, 2, 3]) await s.upsertSubscriber(chatId, 8, "UTC", 0);
    await s.planDeliveries("UTC", "2026-01-01", 8, 0);
    expect(await s.claimDeliveries("a", 1_000, 60_000, 10)).toHaveLength(3);
    // Only the holder marks; chat 2's send failed and was unmarked, chat 1's was on its way when "a" died.
    expect(await s.markSending(1, "2026-01-01", "b", true, 1_100)).toBe(false);
    expect(await s.markSending(1, "2026-01-01", "a", true, 1_100)).toBe(true);
    expect(await s.markSending(2, "2026-01-01", "a", true, 1_200)).toBe(true);
    expect(await s.markSending(2, "2026-01-01", "a", false, 1_300)).toBe(true);
    // While the lease lasts nothing changes hands; once it ran out, the unmarked ones are sent by another.
    expect(await s.claimDeliveries("b", 2_000, 60_000, 10)).toEqual([]);
    expect((await s.claimDeliveries("b", 62_000, 60_000, 10)).map((d) => d.chatId)).toEqual([2, 3]);
    expect(await s.getDelivery(1, "2026-01-01")).toMatchObject({
      status: "failed",
      error: expect.stringMatching(/cut off while sending/),
    });
    expect(await s.finishDelivery(1, "2026-01-01", "a", { status: "sent", attempts: 1 }, 62_500)).toBe(false);
  });

  it("claims a delivery with what is known of its subscriber now: zone, state, tips seen", async () => {
    const s = await fresh();
    await s.upsertSubscriber(1, 8, "UTC", 0);
    await s.planDeliveries("UTC", "2026-01-01", 9, 0);
    await s.deactivate(1, "unsubscribed", 1);
    await s.markTipSeen(1, "tip-05", false);
    await s.markTipSeen(1, "tip-02", false);
    expect(await s.claimDeliveries("a", 2, 1_000, 10)).toMatchObject([
      { chatId: 1, active: false, seenTips: ["tip-02", "tip-05"] },
    ]);
  });

  it("grants the sender lock", async () => {
    const s = await fresh();
    const lock = await s.acquireSenderLock();
    expect(lock).toBeDefined();
    expect(await lock!.check()).toBe(true);
    await lock!.release();
  });

  it("keeps the tips seen, and starts a new cycle when asked", async () => {
    const s = await fresh();
    await s.markTipSeen(1, "a", false);
    await s.markTipSeen(1, "b", false);
    await s.markTipSeen(1, "b", false);
    expect(await s.seenTips(1)).toEqual(new Set(["a", "b"]));
    await s.markTipSeen(1, "c", true);
    expect(await s.seenTips(1)).toEqual(new Set(["c"]));
  });

  it("keeps a dialogue step by step, forgets it when cleared, and prunes abandoned ones", async () => {
    const s = await fresh();
    await s.setDialog({ chatId: 1, step: "hour", editing: false }, 1_000);
    expect(await s.getDialog(1)).toEqual({ chatId: 1, step: "hour", editing: false });
    await s.setDialog({ chatId: 1, step: "zone", hour: 8, editing: true }, 2_000);
    expect(await s.getDialog(1)).toEqual({ chatId: 1, step: "zone", hour: 8, editing: true });
    await s.setDialog({ chatId: 1, step: "comment", editing: false, entryId: "salary" }, 3_000);
    expect(await s.getDialog(1)).toEqual({ chatId: 1, step: "comment", editing: false, entryId: "salary" });
    await s.clearDialog(1);
    expect(await s.getDialog(1)).toBeUndefined();

    await s.setDialog({ chatId: 2, step: "hour", editing: false }, 1_000);
    await s.setDialog({ chatId: 3, step: "hour", editing: false }, 1_000);
    await s.setDialog({ chatId: 3, step: "zone", hour: 9, editing: false }, 5_000);
    expect(await s.pruneDialogs(5_000)).toBe(1);
    expect(await s.getDialog(2)).toBeUndefined();
    expect(await s.getDialog(3)).toMatchObject({ step: "zone" });
  });

  it("records questions and votes, and deletes those past the retention period", async () => {
    const s = await fresh();
    await s.recordQuestion(
      question(10, { outcome: "answer", entryId: "salary", topicId: "pay", confidence: 0.9 }),
    );
    await s.recordQuestions([question(20), question(30, { text: "x".repeat(600) })]);
    await s.recordQuestions([]);
    const questions = await s.questionsSince(15);
    expect(questions.map((q) => q.at)).toEqual([20, 30]);
    expect(questions[0]).toEqual(question(20));
    expect(questions[1]!.text).toHaveLength(500);
    expect((await s.questionsSince(0))[0]).toMatchObject({
      entryId: "salary",
      topicId: "pay",
      confidence: 0.9,
    });

    await s.setVote({ userHash: "u", entryId: "salary", vote: -1, at: 5 });
    await s.addVoteComment("u", "salary", "pay in Texas");
    await s.setVote({ userHash: "u", entryId: "salary", vote: -1, at: 25 });
    expect(await s.votesSince(0)).toEqual([
      { userHash: "u", entryId: "salary", vote: -1, at: 25, comment: "pay in Texas" },
    ]);
    await s.setVote({ userHash: "u", entryId: "salary", vote: 1, at: 26 });
    expect(await s.votesSince(0)).toEqual([{ userHash: "u", entryId: "salary", vote: 1, at: 26 }]);
    await s.setVote({ userHash: "v", entryId: "salary", vote: 1, at: 1 });

    expect(await s.deleteRecordsBefore(21)).toBe(3);
    expect((await s.questionsSince(0)).map((q) => q.at)).toEqual([30]);
    expect((await s.votesSince(0)).map((v) => v.userHash)).toEqual(["u"]);
  });

  it("claims an update id once, again after a release, and prunes old claims", async () => {
    const s = await fresh();
    const lease = 30_000;
    expect((await s.claimUpdate(500, 1_000, lease)).claim).toBe("claimed");
    expect((await s.claimUpdate(500, 1_001, lease)).claim).toBe("busy");
    await s.releaseUpdate(500);
    expect((await s.claimUpdate(500, 2_000, lease)).claim).toBe("claimed");
    await s.finishUpdate(500, 2_100);
    expect((await s.claimUpdate(500, 2_200, lease)).claim).toBe("done");
    // Done stays done, however old.
    expect((await s.claimUpdate(500, 2_000 + 10 * lease, lease)).claim).toBe("done");
    expect((await s.claimUpdate(501, 5_000, lease)).claim).toBe("claimed");
    expect(await s.pruneUpdates(3_000)).toBe(1);
    expect((await s.claimUpdate(500, 6_000, lease)).claim).toBe("claimed");
    expect((await s.claimUpdate(501, 6_000, lease)).claim).toBe("busy");
  });

  it("hands an update whose handler died to one retry once the lease has run out, not before", async () => {
    const at = await engine.create();
    const [first, second] = [await open(at), await open(at)];
    const lease = 30_000;
    expect((await first.claimUpdate(700, 1_000, lease)).claim).toBe("claimed");
    // Neither finished nor released: the instance died mid-way.
    expect((await second.claimUpdate(700, 1_000 + lease - 1, lease)).claim).toBe("busy");
    const retries = await Promise.all([
      first.claimUpdate(700, 1_000 + lease, lease),
      second.claimUpdate(700, 1_000 + lease, lease),
    ]);
    expect(retries.map((r) => r.claim).sort()).toEqual(["busy", "retaken"]);
    // The new claim stands a whole lease of its own.
    expect((await first.claimUpdate(700, 1_000 + 2 * lease - 1, lease)).claim).toBe("busy");
    await second.finishUpdate(700, 1_000 + lease + 500);
    expect((await first.claimUpdate(700, 1_000 + 5 * lease, lease)).claim).toBe("done");
  });

  it("takes update claims made before claims were marked done as done", async () => {
    const at = await engine.create();
    await (await engine.open(at, 7)).close();
    await engine.sql(at, "INSERT INTO handled_updates (update_id, claimed_at) VALUES (900, 1000)");
    expect((await (await open(at)).claimUpdate(900, 10_000_000, 30_000)).claim).toBe("done");
  });

  it("reads the chat's dialogue and last answer with an update's first claim, and keeps an answer with its finish", async () => {
    const s = await fresh();
    const lease = 30_000;
    expect(await s.claimUpdate(800, 1_000, lease, 42)).toEqual({ claim: "claimed", chat: {} });
    await s.setDialog({ chatId: 42, step: "zone", hour: 8, editing: true }, 1_000);
    await s.finishUpdate(800, 1_100, { chatId: 42, entryId: "salary", at: 1_050 });
    // The answer kept by the finish, however old (the reader decides what is recent), and the dialogue.
    expect(await s.claimUpdate(801, 9_000_000, lease, 42)).toEqual({
      claim: "claimed",
      chat: {
        dialog: { chatId: 42, step: "zone", hour: 8, editing: true },
        lastAnswer: { entryId: "salary", at: 1_050 },
      },
    });
    expect(await s.lastAnswer(42, 1_000)).toEqual({ entryId: "salary", at: 1_050 });
    // Another chat's state is not read; without a chat, or when not a first claim, nothing is.
    expect(await s.claimUpdate(802, 9_000_000, lease, 43)).toEqual({ claim: "claimed", chat: {} });
    expect(await s.claimUpdate(803, 9_000_000, lease)).toEqual({ claim: "claimed" });
    expect(await s.claimUpdate(801, 9_000_001, lease, 42)).toEqual({ claim: "busy" });
    await s.finishUpdate(801, 9_000_002);
    expect(await s.claimUpdate(801, 9_000_003, lease, 42)).toEqual({ claim: "done" });
    expect(await s.lastAnswer(42, 0)).toEqual({ entryId: "salary", at: 1_050 });
  });

  it("keeps each chat's last answer apart, lets it expire, and prunes old ones", async () => {
    const s = await fresh();
    await s.setLastAnswer(1, "salary", 1_000);
    await s.setLastAnswer(2, "ascp", 2_000);
    expect(await s.lastAnswer(1, 0)).toEqual({ entryId: "salary", at: 1_000 });
    expect(await s.lastAnswer(2, 0)).toEqual({ entryId: "ascp", at: 2_000 });
    expect(await s.lastAnswer(1, 1_001)).toBeUndefined();
    await s.setLastAnswer(1, "amt", 3_000);
    expect(await s.lastAnswer(1, 1_001)).toEqual({ entryId: "amt", at: 3_000 });
    expect(await s.pruneLastAnswers(2_500)).toBe(1);
    expect(await s.lastAnswer(2, 0)).toBeUndefined();
    expect(await s.lastAnswer(3, 0)).toBeUndefined();
  });

  it("keeps the message an answer was to with it, per chat, cut to its length, gone when the answer is", async () => {
    const s = await fresh();
    await s.setLastAnswer(1, "certification-overview", 1_000, "ASCP or AMT, which one?");
    await s.setLastAnswer(2, "salary", 1_000);
    expect(await s.lastAnswer(1, 0)).toEqual({
      entryId: "certification-overview",
      at: 1_000,
      asked: "ASCP or AMT, which one?",
    });
    expect(await s.lastAnswer(2, 0)).toEqual({ entryId: "salary", at: 1_000 });
    // A later answer replaces the message with its own, or with none.
    await s.setLastAnswer(1, "amt", 2_000);
    expect(await s.lastAnswer(1, 0)).toEqual({ entryId: "amt", at: 2_000 });
    // Kept with an update's finish too, and read with the next claim.
    await s.claimUpdate(900, 3_000, 30_000, 1);
    await s.finishUpdate(900, 3_100, { chatId: 1, entryId: "ascp", at: 3_050, asked: "x".repeat(2_000) });
    const claimed = await s.claimUpdate(901, 4_000, 30_000, 1);
    expect(claimed.chat?.lastAnswer).toEqual({ entryId: "ascp", at: 3_050, asked: "x".repeat(ASKED_CHARS) });
    expect(await s.pruneLastAnswers(5_000)).toBe(2);
    expect(await s.lastAnswer(1, 0)).toBeUndefined();
  });

  it("keeps the entries a 'did you mean' offered, in order, per chat, until the next reply is kept", async () => {
    const s = await fresh();
    await s.setLastAnswer(1, "ascp", 1_000, "ascp and phlebotomy", ["ascp", "phlebotomist"]);
    await s.setLastAnswer(2, "salary", 1_000);
    expect(await s.lastAnswer(1, 0)).toEqual({
      entryId: "ascp",
      at: 1_000,
      asked: "ascp and phlebotomy",
      offered: ["ascp", "phlebotomist"],
    });
    expect(await s.lastAnswer(2, 0)).toEqual({ entryId: "salary", at: 1_000 });
    // An answer kept next has no offer.
    await s.setLastAnswer(1, "phlebotomist", 2_000);
    expect(await s.lastAnswer(1, 0)).toEqual({ entryId: "phlebotomist", at: 2_000 });
    // Kept with an update's finish too, and read with the next claim.
    await s.claimUpdate(910, 3_000, 30_000, 1);
    await s.finishUpdate(910, 3_100, {
      chatId: 1,
      entryId: "amt",
      at: 3_050,
      offered: ["amt", "ascp", "salary"],
    });
    const claimed = await s.claimUpdate(911, 4_000, 30_000, 1);
    expect(claimed.chat?.lastAnswer).toEqual({
      entryId: "amt",
      at: 3_050,
      offered: ["amt", "ascp", "salary"],
    });
  });

  it("adds the message to the last answers an older database kept", async () => {
    const at = await engine.create();
    await (await engine.open(at, engine.migrations.length - 1)).close();
    await engine.sql(
      at,
      `INSERT INTO last_answers (chat_hash, entry_id, at) VALUES ('${hashId(RECORDS_KEY, 7)}', 'salary', 1000)`,
    );
    const s = await open(at);
    expect(await s.lastAnswer(7, 0)).toEqual({ entryId: "salary", at: 1_000 });
    await s.setLastAnswer(7, "ascp", 2_000, "and the AMT?");
    expect(await s.lastAnswer(7, 0)).toEqual({ entryId: "ascp", at: 2_000, asked: "and the AMT?" });
  });

  it("answers a ping while open, and fails it once closed", async () => {
    const s = await engine.open(await engine.create());
    await expect(s.ping()).resolves.toBeUndefined();
    await s.close();
    await expect(s.ping()).rejects.toThrow();
  });

  it("upgrades an older database in place, and refuses one newer than the program", async () => {
    const at = await engine.create();
    const old = await engine.open(at, 1);
    await old.upsertSubscriber(1, 8, "UTC", 0);
    await old.close();
    const current = await open(at);
    expect((await current.getSubscriber(1))?.hour).toBe(8);
    await current.setDialog({ chatId: 1, step: "comment", editing: false, entryId: "salary" }, 0);
    expect((await current.getDialog(1))?.entryId).toBe("salary");
    await current.close();
    await engine.markNewer(at);
    await expect(engine.open(at)).rejects.toThrow(/newer than this program/);
  });

  it("forgets one chat: its subscription, deliveries, tips seen, dialogue, questions and votes; another keeps its own", async () => {
    const s = await fresh();
    const traces = async (chat: number, hash: string) => {
      await s.upsertSubscriber(chat, 8, "UTC", 0);
      await s.markTipSeen(chat, "tip-c", false);
      await s.setDialog({ chatId: chat, step: "comment", editing: false, entryId: "salary" }, 0);
      await s.recordQuestion(question(1, { chatHash: hash }));
      await s.setVote({ userHash: hash, entryId: "salary", vote: -1, at: 1 });
    };
    await traces(51, "h51");
    await traces(52, "h52");
    await s.planDeliveries("UTC", "2026-01-01", 9, 0);
    expect(await s.forget(51, "h51")).toBe(6);
    expect(await s.getSubscriber(51)).toBeUndefined();
    expect(await s.getDelivery(51, "2026-01-01")).toBeUndefined();
    expect(await s.seenTips(51)).toEqual(new Set());
    expect(await s.getDialog(51)).toBeUndefined();
    expect((await s.questionsSince(0)).map((q) => q.chatHash)).toEqual(["h52"]);
    expect((await s.votesSince(0)).map((v) => v.userHash)).toEqual(["h52"]);
    expect(await s.getSubscriber(52)).toBeDefined();
    expect(await s.getDelivery(52, "2026-01-01")).toBeDefined();
    expect(await s.seenTips(52)).toEqual(new Set(["tip-c"]));
  });
});

describe.each(engines)("what $name keeps about a chat", (engine) => {
  const open = openedPerTest(engine);

  it("has exactly the tables the README's What is kept lists", async () => {
    const readme = readFileSync(join(import.meta.dirname, "..", "README.md"), "utf8");
    const start = readme.indexOf("**What is kept.**");
    const section = readme.slice(start, readme.indexOf("\n## ", start));
    const listed = [...section.matchAll(/^\| `(\w+)` +\|/gm)].map((m) => m[1]);
    const at = await engine.create();
    await open(at);
    expect(Object.keys(await engine.dump(at)).sort()).toEqual(listed.sort());
  });

  it("keeps the chat id only where the bot messages the chat: its subscription and deliveries", async () => {
    const at = await engine.create();
    const s = await open(at);
    await dayOfTips(s, CHAT);
    expect(whereKept(await engine.dump(at), CHAT)).toEqual(["deliveries.chat_id", "subscribers.chat_id"]);
    // Kept under the chat's hash, the tips seen, the dialogue and the last answer still work.
    expect(await s.seenTips(CHAT)).toEqual(new Set(["tip-01", "tip-02"]));
    expect(await s.getDialog(CHAT)).toEqual({
      chatId: CHAT,
      step: "comment",
      editing: false,
      entryId: "salary",
    });
    expect(await s.lastAnswer(CHAT, 0)).toEqual({ entryId: "salary", at: 10 * 3_600_000 });
    // A finished delivery goes once its day is over everywhere; the one still to send stays.
    expect(await s.pruneDeliveries("2026-01-01")).toBe(0);
    expect(await s.pruneDeliveries("2026-01-02")).toBe(1);
    expect(await s.getDelivery(CHAT, "2026-01-01")).toBeUndefined();
    expect(await s.getDelivery(CHAT, "2026-01-02")).toMatchObject({ status: "pending" });
  });

  it("after a day of tips, /daily off and /forget, holds nothing of the chat in any table", async () => {
    const at = await engine.create();
    const s = await open(at);
    await dayOfTips(s, CHAT);
    await dayOfTips(s, 52);
    await s.deactivate(CHAT, "unsubscribed", DAY);
    await s.forget(CHAT, hashId(RECORDS_KEY, CHAT));
    const left = await engine.dump(at);
    expect(whereKept(left, CHAT)).toEqual([]);
    expect(whereKept(left, hashId(RECORDS_KEY, CHAT))).toEqual([]);
    // Every table, including any added later, holds exactly what it would had the chat never come.
    const alone = await engine.create();
    await dayOfTips(await open(alone), 52);
    expect(rowCounts(left)).toEqual(rowCounts(await engine.dump(alone)));
  });

  it("upgrades an older database's tip history, dialogues and last answers to the chat's hash, and drops the salt", async () => {
    const at = await engine.create();
    await (await engine.open(at, 6)).close();
    await engine.sql(
      at,
      `INSERT INTO seen_tips (chat_id, tip_id) VALUES (${CHAT}, 'tip-01'), (${CHAT}, 'tip-02'), (52, 'tip-01');
       INSERT INTO dialogs (chat_id, step, hour, editing, entry_id) VALUES (${CHAT}, 'zone', 8, TRUE, NULL);
       INSERT INTO last_answers (chat_id, entry_id, at) VALUES (${CHAT}, 'salary', 1000);`,
    );
    expect(Object.keys(await engine.dump(at))).toContain("meta");
    const s = await open(at);
    expect(await s.seenTips(CHAT)).toEqual(new Set(["tip-01", "tip-02"]));
    expect(await s.seenTips(52)).toEqual(new Set(["tip-01"]));
    expect(await s.getDialog(CHAT)).toEqual({ chatId: CHAT, step: "zone", hour: 8, editing: true });
    expect(await s.lastAnswer(CHAT, 0)).toEqual({ entryId: "salary", at: 1000 });
    const dump = await engine.dump(at);
    expect(whereKept(dump, CHAT)).toEqual([]);
    expect(Object.keys(dump)).not.toContain("meta");
  });
});

describe("the records key", () => {
  it("is never made by the storage: without one, records still work and chats' tips and dialogues refuse", async () => {
    const at = temporaryDatabase();
    const s = openSqlite(at);
    try {
      await s.recordQuestion(question(1));
      expect(await s.questionsSince(0)).toHaveLength(1);
      await expect(s.seenTips(CHAT)).rejects.toThrow(/no records key/);
      await expect(s.setDialog({ chatId: CHAT, step: "hour", editing: false }, 0)).rejects.toThrow(
        /no records key/,
      );
      expect(existsSync(join(dirname(at), "records.key"))).toBe(false);
    } finally {
      await s.close();
    }
  });

  it("is needed to upgrade tip histories: without it the upgrade changes nothing", async () => {
    const at = temporaryDatabase();
    await openSqlite(at, MIGRATIONS.slice(0, 6)).close();
    const db = new DatabaseSync(at);
    db.exec(`INSERT INTO seen_tips (chat_id, tip_id) VALUES (${CHAT}, 'tip-01')`);
    db.close();
    expect(() => openSqlite(at)).toThrow(/no records key/);
    const s = openSqlite(at, MIGRATIONS, { recordsKey: RECORDS_KEY });
    expect(await s.seenTips(CHAT)).toEqual(new Set(["tip-01"]));
    await s.close();
  });

  it("is the bot's key file beside the database by default", async () => {
    const at = temporaryDatabase();
    writeFileSync(join(dirname(at), "records.key"), `${RECORDS_KEY}\n`, { mode: 0o600 });
    const s = openSqlite(at);
    await s.markTipSeen(CHAT, "tip-01", false);
    await s.close();
    const keyed = openSqlite(at, MIGRATIONS, { recordsKey: RECORDS_KEY });
    expect(await keyed.seenTips(CHAT)).toEqual(new Set(["tip-01"]));
    await keyed.close();
  });
});

describe("the SQLite file", () => {
  const kept = (path: string, chatId: number) => {
    const file = readFileSync(path);
    return encodings(chatId).some((bytes) => file.includes(bytes));
  };

  it("holds no chat id for a chat that took /tip, began a dialogue and got an answer", async () => {
    const at = temporaryDatabase();
    const s = openSqlite(at, MIGRATIONS, { recordsKey: RECORDS_KEY });
    await s.markTipSeen(CHAT, "tip-01", false);
    await s.setDialog({ chatId: CHAT, step: "hour", editing: false }, 0);
    await s.setLastAnswer(CHAT, "salary", 0);
    await s.close();
    expect(kept(at, CHAT)).toBe(false);
  });

  it("holds no chat id of an older database's tip history once upgraded, not even in freed pages", async () => {
    const at = temporaryDatabase();
    await openSqlite(at, MIGRATIONS.slice(0, 6), { recordsKey: RECORDS_KEY }).close();
    const db = new DatabaseSync(at);
    const seen = db.prepare("INSERT INTO seen_tips (chat_id, tip_id) VALUES (?, ?)");
    for (let tip = 0; tip < 200; tip++) seen.run(CHAT, `tip-${tip}`);
    db.close();
    expect(kept(at, CHAT)).toBe(true);
    const s = openSqlite(at, MIGRATIONS, { recordsKey: RECORDS_KEY });
    expect((await s.seenTips(CHAT)).size).toBe(200);
    await s.close();
    expect(kept(at, CHAT)).toBe(false);
  });

  it("holds no trace of a forgotten chat in the write-ahead log either, while the bot runs", async () => {
    const at = temporaryDatabase();
    const s = openSqlite(at, MIGRATIONS, { recordsKey: RECORDS_KEY });
    try {
      await dayOfTips(s, CHAT);
      await dayOfTips(s, 52);
      expect(kept(`${at}-wal`, CHAT)).toBe(true);
      await s.forget(CHAT, hashId(RECORDS_KEY, CHAT));
      expect(kept(at, CHAT) || kept(`${at}-wal`, CHAT)).toBe(false);
      expect(await s.getSubscriber(52)).toBeDefined();
    } finally {
      await s.close();
    }
  });

  it("holds no trace of a forgotten chat, not even in freed pages", async () => {
    const at = temporaryDatabase();
    const s = openSqlite(at, MIGRATIONS, { recordsKey: RECORDS_KEY });
    await dayOfTips(s, CHAT);
    await dayOfTips(s, 52);
    await s.close();
    expect(kept(at, CHAT)).toBe(true);
    const again = openSqlite(at, MIGRATIONS, { recordsKey: RECORDS_KEY });
    await again.deactivate(CHAT, "unsubscribed", DAY);
    await again.forget(CHAT, hashId(RECORDS_KEY, CHAT));
    await again.close();
    expect(kept(at, CHAT)).toBe(false);
    expect(readFileSync(at).includes(Buffer.from(hashId(RECORDS_KEY, CHAT)))).toBe(false);
  });
});

describe("PostgreSQL", () => {
  it("keeps a few connections open however long the bot is quiet, and closes the others when idle", async () => {
    const storage = await openPostgres(await freshPostgresDatabase(), { poolSize: 5, idleTimeoutMs: 100 });
    try {
      // Five at once: five connections.
      await Promise.all(Array.from({ length: 5 }, () => storage.pool.query("SELECT pg_sleep(0.05)")));
      expect(storage.pool.totalCount).toBe(5);
      // Idle connections close after 100 ms; a loaded machine may take longer to get round to it, so wait for it.
      for (let waited = 0; waited < 10_000 && storage.pool.totalCount > KEPT_CONNECTIONS; waited += 100)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(storage.pool.totalCount).toBe(KEPT_CONNECTIONS);
      await storage.ping();
      expect(storage.pool.totalCount).toBe(KEPT_CONNECTIONS);
    } finally {
      await storage.close();
    }
  });

  it("grants the sender lock to one instance at a time, and to another once the holder lets go or dies", async () => {
    const url = await freshPostgresDatabase();
    const [a, b] = await Promise.all([
      openPostgres(url, { poolSize: 2 }),
      openPostgres(url, { poolSize: 2 }),
    ]);
    try {
      const first = await a.acquireSenderLock();
      expect(first).toBeDefined();
      expect(await b.acquireSenderLock()).toBeUndefined();
      await first!.release();
      const second = await b.acquireSenderLock();
      expect(second).toBeDefined();
      expect(await second!.check()).toBe(true);
      // The holder's connection dies (the process was killed): the lock goes with it.
      await a.pool.query(
        "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND pid <> pg_backend_pid()",
      );
      expect(await second!.check()).toBe(false);
      const third = await a.acquireSenderLock();
      expect(third).toBeDefined();
      await third!.release();
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it("a try that may wait for the sender lock gets it as soon as the holder lets go, and gives up after its wait", async () => {
    const url = await freshPostgresDatabase();
    const [a, b] = await Promise.all([
      openPostgres(url, { poolSize: 2 }),
      openPostgres(url, { poolSize: 2 }),
    ]);
    try {
      const first = await a.acquireSenderLock();
      let started = Date.now();
      expect(await b.acquireSenderLock(300)).toBeUndefined();
      expect(Date.now() - started).toBeGreaterThanOrEqual(250);
      started = Date.now();
      setTimeout(() => void first!.release(), 200);
      const second = await b.acquireSenderLock(10_000);
      expect(second).toBeDefined();
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(await second!.check()).toBe(true);
      expect(await a.acquireSenderLock()).toBeUndefined();
      await second!.release();
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it("migrates once when several instances start against an empty database at the same moment", async () => {
    const url = await freshPostgresDatabase();
    const instances = await Promise.all(Array.from({ length: 3 }, () => openPostgres(url, { poolSize: 2 })));
    try {
      const { rows } = await instances[0]!.pool.query(
        "SELECT version FROM schema_migrations ORDER BY version",
      );
      expect(rows.map((r) => r.version)).toEqual(PG_MIGRATIONS.map((_, i) => i + 1));
    } finally {
      await Promise.all(instances.map((s) => s.close()));
    }
  });

  it("fails within the connect timeout when the server cannot be reached", async () => {
    await expect(
      openPostgres("postgres://postgres@127.0.0.1:9/none", { connectTimeoutMs: 1_000 }),
    ).rejects.toThrow();
  });
});
