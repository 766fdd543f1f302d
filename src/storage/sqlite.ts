// The Storage interface on SQLite through node:sqlite: WAL mode, versioned migrations, prepared statements.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { DatabaseSync, type StatementSync } from "node:sqlite";
import type { Delivery, Dialog, QuestionRecord, Storage } from "./storage.ts";

/** Append only: a released migration never changes; a new one gets the next number. */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE subscribers (
     chat_id INTEGER PRIMARY KEY,
     hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
     time_zone TEXT NOT NULL,
     active INTEGER NOT NULL DEFAULT 1,
     inactive_reason TEXT,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   );
   CREATE INDEX subscribers_due ON subscribers (active, time_zone, hour);
   CREATE TABLE deliveries (
     chat_id INTEGER NOT NULL,
     local_date TEXT NOT NULL,
     tip_id TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'expired')),
     attempts INTEGER NOT NULL DEFAULT 0,
     error TEXT,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL,
     PRIMARY KEY (chat_id, local_date)
   );
   CREATE INDEX deliveries_pending ON deliveries (status) WHERE status = 'pending';
   CREATE TABLE seen_tips (
     chat_id INTEGER NOT NULL,
     tip_id TEXT NOT NULL,
     PRIMARY KEY (chat_id, tip_id)
   );
   CREATE TABLE dialogs (
     chat_id INTEGER PRIMARY KEY,
     step TEXT NOT NULL,
     hour INTEGER,
     editing INTEGER NOT NULL DEFAULT 0
   );`,
  `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   INSERT INTO meta (key, value) VALUES ('salt', lower(hex(randomblob(16))));
   CREATE TABLE questions (
     id INTEGER PRIMARY KEY,
     at INTEGER NOT NULL,
     chat_hash TEXT NOT NULL,
     outcome TEXT NOT NULL,
     entry_id TEXT,
     topic_id TEXT,
     confidence REAL,
     text TEXT NOT NULL,
     normalized TEXT NOT NULL,
     candidates TEXT NOT NULL,
     kb_version TEXT NOT NULL
   );
   CREATE INDEX questions_at ON questions (at);
   CREATE TABLE votes (
     user_hash TEXT NOT NULL,
     entry_id TEXT NOT NULL,
     vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
     at INTEGER NOT NULL,
     comment TEXT,
     PRIMARY KEY (user_hash, entry_id)
   );
   CREATE INDEX votes_at ON votes (at);
   ALTER TABLE dialogs ADD COLUMN entry_id TEXT;`,
  `CREATE TABLE handled_updates (update_id INTEGER PRIMARY KEY, claimed_at INTEGER NOT NULL);
   CREATE INDEX handled_updates_claimed_at ON handled_updates (claimed_at);`,
];

function migrate(db: DatabaseSync, migrations: readonly string[]): void {
  db.exec(
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)",
  );
  const row = db.prepare("SELECT MAX(version) AS v FROM schema_migrations").get() as { v: number | null };
  const current = row.v ?? 0;
  if (current > migrations.length)
    throw new Error(
      `storage: the database is at schema version ${current}, newer than this program (${migrations.length})`,
    );
  for (let version = current + 1; version <= migrations.length; version++) {
    db.exec("BEGIN IMMEDIATE");
    try {
      db.exec(migrations[version - 1]!);
      db.prepare("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)").run(
        version,
        Date.now(),
      );
      db.exec("COMMIT");
    } catch (error) {
      db.exec("ROLLBACK");
      throw error;
    }
  }
}

export function openSqlite(
  path: string,
  migrations: readonly string[] = MIGRATIONS,
): Storage & { db: DatabaseSync } {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path);
  db.exec(
    "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;",
  );
  migrate(db, migrations);

  const cache = new Map<string, StatementSync>();
  const q = (sql: string): StatementSync => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
  const transaction = <T>(work: () => T): T => {
    db.exec("BEGIN IMMEDIATE");
    try {
      const result = work();
      db.exec("COMMIT");
      return result;
    } catch (error) {
      db.exec("ROLLBACK");
      throw error;
    }
  };
  const insertQuestion = (r: QuestionRecord): void => {
    q(`INSERT INTO questions (at, chat_hash, outcome, entry_id, topic_id, confidence, text, normalized, candidates, kb_version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      r.at,
      r.chatHash,
      r.outcome,
      r.entryId ?? null,
      r.topicId ?? null,
      r.confidence ?? null,
      r.text.slice(0, 500),
      r.normalized,
      JSON.stringify(r.candidates),
      r.kbVersion,
    );
  };
  const toQuestion = (r: Record<string, unknown>): QuestionRecord => ({
    at: Number(r.at),
    chatHash: String(r.chat_hash),
    outcome: r.outcome as QuestionRecord["outcome"],
    ...(r.entry_id === null ? {} : { entryId: String(r.entry_id) }),
    ...(r.topic_id === null ? {} : { topicId: String(r.topic_id) }),
    ...(r.confidence === null ? {} : { confidence: Number(r.confidence) }),
    text: String(r.text),
    normalized: String(r.normalized),
    candidates: JSON.parse(String(r.candidates)) as QuestionRecord["candidates"],
    kbVersion: String(r.kb_version),
  });
  const toDelivery = (r: Record<string, unknown>): Delivery => ({
    chatId: Number(r.chat_id),
    localDate: String(r.local_date),
    tipId: String(r.tip_id),
    status: r.status as Delivery["status"],
    attempts: Number(r.attempts),
    ...(r.error ? { error: String(r.error) } : {}),
  });

  return {
    db,
    async upsertSubscriber(chatId, hour, timeZone, now) {
      q(`INSERT INTO subscribers (chat_id, hour, time_zone, active, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)
         ON CONFLICT (chat_id) DO UPDATE SET hour = excluded.hour, time_zone = excluded.time_zone, active = 1,
           inactive_reason = NULL, updated_at = excluded.updated_at`).run(chatId, hour, timeZone, now, now);
    },
    async getSubscriber(chatId) {
      const r = q("SELECT chat_id, hour, time_zone, active FROM subscribers WHERE chat_id = ?").get(chatId) as
        | Record<string, unknown>
        | undefined;
      return (
        r && {
          chatId: Number(r.chat_id),
          hour: Number(r.hour),
          timeZone: String(r.time_zone),
          active: r.active === 1,
        }
      );
    },
    async deactivate(chatId, reason, now) {
      q("UPDATE subscribers SET active = 0, inactive_reason = ?, updated_at = ? WHERE chat_id = ?").run(
        reason,
        now,
        chatId,
      );
    },
    async dueSubscribers(timeZone, localDate, localHour) {
      return (
        q(`SELECT s.chat_id FROM subscribers s
           WHERE s.active = 1 AND s.time_zone = ? AND s.hour <= ?
             AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.chat_id = s.chat_id AND d.local_date = ?)
           ORDER BY s.chat_id`).all(timeZone, localHour, localDate) as { chat_id: number }[]
      ).map((r) => Number(r.chat_id));
    },
    async activeTimeZones() {
      return (
        q("SELECT DISTINCT time_zone FROM subscribers WHERE active = 1").all() as { time_zone: string }[]
      ).map((r) => r.time_zone);
    },
    async countActiveSubscribers() {
      return Number((q("SELECT COUNT(*) AS n FROM subscribers WHERE active = 1").get() as { n: number }).n);
    },
    async reserveDelivery(chatId, localDate, tipId, newCycle, now) {
      return transaction(() => {
        const inserted =
          q(`INSERT OR IGNORE INTO deliveries (chat_id, local_date, tip_id, status, attempts, created_at, updated_at)
                            VALUES (?, ?, ?, 'pending', 0, ?, ?)`).run(chatId, localDate, tipId, now, now);
        if (inserted.changes === 0) return false;
        if (newCycle) q("DELETE FROM seen_tips WHERE chat_id = ?").run(chatId);
        q("INSERT OR IGNORE INTO seen_tips (chat_id, tip_id) VALUES (?, ?)").run(chatId, tipId);
        return true;
      });
    },
    async completeDelivery(chatId, localDate, status, now, error) {
      q(`UPDATE deliveries SET status = ?, attempts = attempts + 1, error = ?, updated_at = ?
         WHERE chat_id = ? AND local_date = ?`).run(status, error ?? null, now, chatId, localDate);
    },
    async pendingDeliveries() {
      return (
        q("SELECT * FROM deliveries WHERE status = 'pending' ORDER BY created_at").all() as Record<
          string,
          unknown
        >[]
      ).map(toDelivery);
    },
    async expireDelivery(chatId, localDate) {
      q(
        "UPDATE deliveries SET status = 'expired' WHERE chat_id = ? AND local_date = ? AND status = 'pending'",
      ).run(chatId, localDate);
    },
    async getDelivery(chatId, localDate) {
      const r = q("SELECT * FROM deliveries WHERE chat_id = ? AND local_date = ?").get(chatId, localDate) as
        | Record<string, unknown>
        | undefined;
      return r && toDelivery(r);
    },
    async seenTips(chatId) {
      return new Set(
        (q("SELECT tip_id FROM seen_tips WHERE chat_id = ?").all(chatId) as { tip_id: string }[]).map(
          (r) => r.tip_id,
        ),
      );
    },
    async markTipSeen(chatId, tipId, newCycle) {
      transaction(() => {
        if (newCycle) q("DELETE FROM seen_tips WHERE chat_id = ?").run(chatId);
        q("INSERT OR IGNORE INTO seen_tips (chat_id, tip_id) VALUES (?, ?)").run(chatId, tipId);
      });
    },
    async getDialog(chatId) {
      const r = q("SELECT chat_id, step, hour, editing, entry_id FROM dialogs WHERE chat_id = ?").get(
        chatId,
      ) as Record<string, unknown> | undefined;
      return (
        r && {
          chatId: Number(r.chat_id),
          step: r.step as Dialog["step"],
          ...(r.hour === null ? {} : { hour: Number(r.hour) }),
          ...(r.entry_id === null ? {} : { entryId: String(r.entry_id) }),
          editing: r.editing === 1,
        }
      );
    },
    async setDialog(dialog) {
      q(`INSERT INTO dialogs (chat_id, step, hour, editing, entry_id) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (chat_id) DO UPDATE SET step = excluded.step, hour = excluded.hour, editing = excluded.editing,
           entry_id = excluded.entry_id`).run(
        dialog.chatId,
        dialog.step,
        dialog.hour ?? null,
        dialog.editing ? 1 : 0,
        dialog.entryId ?? null,
      );
    },
    async clearDialog(chatId) {
      q("DELETE FROM dialogs WHERE chat_id = ?").run(chatId);
    },
    async recordQuestion(record) {
      insertQuestion(record);
    },
    async recordQuestions(records) {
      transaction(() => {
        for (const r of records) insertQuestion(r);
      });
    },
    async setVote(v) {
      q(`INSERT INTO votes (user_hash, entry_id, vote, at, comment) VALUES (?, ?, ?, ?, NULL)
         ON CONFLICT (user_hash, entry_id) DO UPDATE SET vote = excluded.vote, at = excluded.at,
           comment = CASE WHEN excluded.vote = 1 THEN NULL ELSE votes.comment END`).run(
        v.userHash,
        v.entryId,
        v.vote,
        v.at,
      );
    },
    async addVoteComment(userHash, entryId, comment) {
      q("UPDATE votes SET comment = ? WHERE user_hash = ? AND entry_id = ?").run(
        comment.slice(0, 1000),
        userHash,
        entryId,
      );
    },
    async questionsSince(since) {
      return (
        q("SELECT * FROM questions WHERE at >= ? ORDER BY at").all(since) as Record<string, unknown>[]
      ).map(toQuestion);
    },
    async votesSince(since) {
      return (q("SELECT * FROM votes WHERE at >= ? ORDER BY at").all(since) as Record<string, unknown>[]).map(
        (r) => ({
          userHash: String(r.user_hash),
          entryId: String(r.entry_id),
          vote: Number(r.vote) as 1 | -1,
          at: Number(r.at),
          ...(r.comment === null ? {} : { comment: String(r.comment) }),
        }),
      );
    },
    async deleteRecordsBefore(cutoff) {
      return transaction(
        () =>
          Number(q("DELETE FROM questions WHERE at < ?").run(cutoff).changes) +
          Number(q("DELETE FROM votes WHERE at < ?").run(cutoff).changes),
      );
    },
    async salt() {
      return String((q("SELECT value FROM meta WHERE key = 'salt'").get() as { value: string }).value);
    },
    async claimUpdate(updateId, now) {
      const inserted = q(
        "INSERT INTO handled_updates (update_id, claimed_at) VALUES (?, ?) ON CONFLICT (update_id) DO NOTHING",
      ).run(updateId, now);
      return Number(inserted.changes) === 1;
    },
    async releaseUpdate(updateId) {
      q("DELETE FROM handled_updates WHERE update_id = ?").run(updateId);
    },
    async pruneUpdates(before) {
      return Number(q("DELETE FROM handled_updates WHERE claimed_at < ?").run(before).changes);
    },
    async ping() {
      q("SELECT 1").get();
    },
    async close() {
      db.close();
    },
  };
}
