// The Storage interface on SQLite through node:sqlite: WAL mode, versioned migrations, prepared statements.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { DatabaseSync, type StatementSync } from "node:sqlite";
import { keyedHasher } from "../curation/hash.ts";
import { keyFileFor, loadRecordsKey } from "../curation/records-key.ts";
import { preparePrivateDatabase } from "./private-files.ts";
import { offeredColumn, toChatState, toDelivery, toDialog, toLastAnswer, toQuestion } from "./rows.ts";
import {
  ASKED_CHARS,
  type ClaimedUpdate,
  type QuestionRecord,
  type SenderLock,
  type Storage,
} from "./storage.ts";

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
  // Deliveries are planned before their tip is chosen, and claimed by one sender at a time under a lease.
  `CREATE TABLE deliveries_claimed (
     chat_id INTEGER NOT NULL,
     local_date TEXT NOT NULL,
     tip_id TEXT,
     status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'expired')),
     attempts INTEGER NOT NULL DEFAULT 0,
     error TEXT,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL,
     claimed_by TEXT,
     lease_until INTEGER,
     PRIMARY KEY (chat_id, local_date)
   );
   INSERT INTO deliveries_claimed (chat_id, local_date, tip_id, status, attempts, error, created_at, updated_at)
     SELECT chat_id, local_date, tip_id, status, attempts, error, created_at, updated_at FROM deliveries;
   DROP TABLE deliveries;
   ALTER TABLE deliveries_claimed RENAME TO deliveries;
   CREATE INDEX deliveries_pending ON deliveries (created_at, chat_id) WHERE status = 'pending';
   CREATE INDEX deliveries_claimed_by ON deliveries (claimed_by) WHERE status = 'pending';`,
  `CREATE TABLE last_answers (chat_id INTEGER PRIMARY KEY, entry_id TEXT NOT NULL, at INTEGER NOT NULL);
   CREATE INDEX last_answers_at ON last_answers (at);`,
  // Set while a tip's request is on its way to Telegram: a claim taken over with it set may have arrived.
  "ALTER TABLE deliveries ADD COLUMN sending_since INTEGER;",
  // Chat ids only where the bot messages the chat (subscribers, deliveries): tip history, dialogues and last answers
  // move to the chat's keyed hash (chat_hash(), the HMAC with the records key, registered before migrating), and
  // dialogues get a time so abandoned ones can be pruned. The salt of earlier versions goes.
  `CREATE TABLE seen_tips_keyed (chat_hash TEXT NOT NULL, tip_id TEXT NOT NULL, PRIMARY KEY (chat_hash, tip_id));
   INSERT OR IGNORE INTO seen_tips_keyed (chat_hash, tip_id) SELECT chat_hash(chat_id), tip_id FROM seen_tips;
   DROP TABLE seen_tips;
   ALTER TABLE seen_tips_keyed RENAME TO seen_tips;
   CREATE TABLE dialogs_keyed (
     chat_hash TEXT PRIMARY KEY,
     step TEXT NOT NULL,
     hour INTEGER,
     editing INTEGER NOT NULL DEFAULT 0,
     entry_id TEXT,
     updated_at INTEGER NOT NULL
   );
   INSERT INTO dialogs_keyed (chat_hash, step, hour, editing, entry_id, updated_at)
     SELECT chat_hash(chat_id), step, hour, editing, entry_id, unixepoch() * 1000 FROM dialogs;
   DROP TABLE dialogs;
   ALTER TABLE dialogs_keyed RENAME TO dialogs;
   CREATE INDEX dialogs_updated_at ON dialogs (updated_at);
   CREATE TABLE last_answers_keyed (chat_hash TEXT PRIMARY KEY, entry_id TEXT NOT NULL, at INTEGER NOT NULL);
   INSERT INTO last_answers_keyed (chat_hash, entry_id, at) SELECT chat_hash(chat_id), entry_id, at FROM last_answers;
   DROP TABLE last_answers;
   ALTER TABLE last_answers_keyed RENAME TO last_answers;
   CREATE INDEX last_answers_at ON last_answers (at);
   CREATE INDEX deliveries_finished ON deliveries (local_date) WHERE status <> 'pending';
   DROP TABLE meta;`,
  // An update's claim is done once handled; one neither done nor renewed within the lease was cut off by a crash and
  // is handled again on Telegram's retry. Claims made before this were taken for good, as then: done.
  `ALTER TABLE handled_updates ADD COLUMN done_at INTEGER;
   UPDATE handled_updates SET done_at = claimed_at;`,
  // The message a last answer was to: a follow-up may point at the things it named ("ASCP or AMT?", "the first one").
  "ALTER TABLE last_answers ADD COLUMN asked TEXT;",
  // The entries a "did you mean" offered (ids joined by commas), when that was the last reply: "the second one" next.
  "ALTER TABLE last_answers ADD COLUMN offered TEXT;",
];

/**
 * Ends a failed transaction, if SQLite has not already: on errors such as "database or disk is full" it rolls back
 * by itself, and a second ROLLBACK would replace the real error with "no transaction is active".
 */
function rollback(db: DatabaseSync): void {
  if (db.isTransaction) db.exec("ROLLBACK");
}

/** SQLITE_BUSY and SQLITE_LOCKED (primary codes 5 and 6): another connection holds the lock. */
function isBusy(error: unknown): boolean {
  const code = (error as { errcode?: unknown }).errcode;
  return typeof code === "number" && ((code & 0xff) === 5 || (code & 0xff) === 6);
}

export interface SqliteOptions {
  /** How long an operation keeps retrying while another connection holds the lock. */
  busyTimeoutMs?: number;
  /**
   * The key chat ids are hashed with (RECORDS_KEY). By default the key file the bot made beside the database (never
   * made here), or for an in-memory database a key as short-lived as its data. Without one, tip history, dialogues
   * and last answers throw (the curator's scripts, which read only records, need none).
   */
  recordsKey?: string;
  /** The keyed hash of `recordsKey` the caller keeps already: one memo of the latest chats' hashes, not two. */
  hash?: (chatId: number) => string;
}

function defaultKey(path: string): string | undefined {
  const file = keyFileFor(path);
  if (file === undefined) return randomBytes(32).toString("hex");
  return existsSync(file) ? loadRecordsKey(undefined, file).key : undefined;
}

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
      rollback(db);
      throw error;
    }
  }
}

export function openSqlite(
  path: string,
  migrations: readonly string[] = MIGRATIONS,
  options: SqliteOptions = {},
): Storage & { db: DatabaseSync } {
  if (path !== ":memory:") preparePrivateDatabase(path);
  const key = options.recordsKey ?? defaultKey(path);
  const hashed = options.hash ?? (key ? keyedHasher(key) : undefined);
  const hashChat = (chatId: number) => {
    if (!hashed)
      throw new Error(
        `storage: no records key (RECORDS_KEY, or ${keyFileFor(path)}) for chats' tips and dialogues`,
      );
    return hashed(chatId);
  };
  const db = new DatabaseSync(path);
  // At start-up, waiting inside SQLite for a lock is fine: nothing is being answered yet. secure_delete: a deleted
  // row (a /forget, a pruned record) is overwritten in the file, not left readable in a free page.
  db.exec(
    "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;",
  );
  db.function("chat_hash", { deterministic: true }, (chatId) => hashChat(Number(chatId)));
  migrate(db, migrations);
  // From here on, never: node:sqlite is synchronous, so SQLite's own busy wait would freeze every chat while
  // another connection holds the lock. A busy operation fails at once and is retried after a timer instead.
  db.exec("PRAGMA busy_timeout = 0");
  const busyTimeoutMs = options.busyTimeoutMs ?? 5_000;

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
      rollback(db);
      throw error;
    }
  };
  /** Runs one synchronous operation, retrying it on a timer (the event loop stays free) while the database is busy. */
  const op = async <T>(work: () => T): Promise<T> => {
    const deadline = Date.now() + busyTimeoutMs;
    for (let delay = 5; ; delay = Math.min(delay * 2, 250)) {
      try {
        return work();
      } catch (error) {
        if (!isBusy(error) || Date.now() + delay > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
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
  const markSeen = (chatId: number, tipId: string, newCycle: boolean) => {
    const hash = hashChat(chatId);
    if (newCycle) q("DELETE FROM seen_tips WHERE chat_hash = ?").run(hash);
    q("INSERT OR IGNORE INTO seen_tips (chat_hash, tip_id) VALUES (?, ?)").run(hash, tipId);
  };
  const keepAnswer = (
    chatId: number,
    entryId: string,
    at: number,
    asked: string | undefined,
    offered: readonly string[] | undefined,
  ) => {
    q(
      `INSERT INTO last_answers (chat_hash, entry_id, at, asked, offered) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (chat_hash) DO UPDATE SET entry_id = excluded.entry_id, at = excluded.at, asked = excluded.asked,
         offered = excluded.offered`,
    ).run(hashChat(chatId), entryId, at, asked?.slice(0, ASKED_CHARS) ?? null, offeredColumn(offered));
  };
  const chatState = (chatId: number) => {
    const hash = hashChat(chatId);
    const dialog = q("SELECT step, hour, editing, entry_id FROM dialogs WHERE chat_hash = ?").get(hash);
    const last = q(
      `SELECT entry_id AS last_entry, at AS last_at, asked AS last_asked, offered AS last_offered
       FROM last_answers WHERE chat_hash = ?`,
    ).get(hash);
    return toChatState(chatId, { ...(dialog ?? { step: null }), ...(last ?? { last_entry: null }) });
  };
  const seenBy = (chatId: number) =>
    (
      q("SELECT tip_id FROM seen_tips WHERE chat_hash = ? ORDER BY tip_id").all(hashChat(chatId)) as {
        tip_id: string;
      }[]
    ).map((r) => r.tip_id);

  // One process per SQLite file: the sender lock is always this process's.
  const senderLock: SenderLock = { check: async () => true, release: async () => {} };

  return {
    db,
    upsertSubscriber: (chatId, hour, timeZone, now) =>
      op(() => {
        q(`INSERT INTO subscribers (chat_id, hour, time_zone, active, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)
           ON CONFLICT (chat_id) DO UPDATE SET hour = excluded.hour, time_zone = excluded.time_zone, active = 1,
             inactive_reason = NULL, updated_at = excluded.updated_at`).run(chatId, hour, timeZone, now, now);
      }),
    getSubscriber: (chatId) =>
      op(() => {
        const r = q("SELECT chat_id, hour, time_zone, active FROM subscribers WHERE chat_id = ?").get(
          chatId,
        ) as Record<string, unknown> | undefined;
        return (
          r && {
            chatId: Number(r.chat_id),
            hour: Number(r.hour),
            timeZone: String(r.time_zone),
            active: r.active === 1,
          }
        );
      }),
    deactivate: (chatId, reason, now) =>
      op(() => {
        q("UPDATE subscribers SET active = 0, inactive_reason = ?, updated_at = ? WHERE chat_id = ?").run(
          reason,
          now,
          chatId,
        );
      }),
    activeTimeZones: () =>
      op(() =>
        (
          q("SELECT DISTINCT time_zone FROM subscribers WHERE active = 1").all() as { time_zone: string }[]
        ).map((r) => r.time_zone),
      ),
    countActiveSubscribers: () =>
      op(() =>
        Number((q("SELECT COUNT(*) AS n FROM subscribers WHERE active = 1").get() as { n: number }).n),
      ),
    planDeliveries: (timeZone, localDate, localHour, now) =>
      op(() =>
        Number(
          q(`INSERT INTO deliveries (chat_id, local_date, tip_id, status, attempts, created_at, updated_at)
             SELECT s.chat_id, ?, NULL, 'pending', 0, ?, ? FROM subscribers s
             WHERE s.active = 1 AND s.time_zone = ? AND s.hour <= ?
               AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.chat_id = s.chat_id AND d.local_date = ?)
             ORDER BY s.chat_id
             ON CONFLICT DO NOTHING`).run(localDate, now, now, timeZone, localHour, localDate).changes,
        ),
      ),
    claimDeliveries: (owner, now, leaseMs, limit) =>
      op(() =>
        transaction(() => {
          q(`UPDATE deliveries SET status = 'failed', error = 'cut off while sending: not sent again, it may have arrived', updated_at = ?, lease_until = NULL
             WHERE status = 'pending' AND sending_since IS NOT NULL AND (lease_until IS NULL OR lease_until < ?)`).run(
            now,
            now,
          );
          const picked = q(`SELECT d.*, s.time_zone, s.active FROM deliveries d
                            LEFT JOIN subscribers s ON s.chat_id = d.chat_id
                            WHERE d.status = 'pending' AND (d.lease_until IS NULL OR d.lease_until < ?)
                            ORDER BY d.created_at, d.chat_id LIMIT ?`).all(now, limit) as Record<
            string,
            unknown
          >[];
          const claim = q(
            "UPDATE deliveries SET claimed_by = ?, lease_until = ? WHERE chat_id = ? AND local_date = ?",
          );
          return picked.map((r) => {
            claim.run(owner, now + leaseMs, r.chat_id as number, r.local_date as string);
            return {
              ...toDelivery({ ...r, claimed_by: owner, lease_until: now + leaseMs }),
              ...(r.time_zone === null ? {} : { timeZone: String(r.time_zone) }),
              active: r.active === 1,
              seenTips: seenBy(Number(r.chat_id)),
              chatHash: hashChat(Number(r.chat_id)),
            };
          });
        }),
      ),
    renewClaims: (owner, now, leaseMs) =>
      op(() =>
        Number(
          q("UPDATE deliveries SET lease_until = ? WHERE claimed_by = ? AND status = 'pending'").run(
            now + leaseMs,
            owner,
          ).changes,
        ),
      ),
    chooseTips: (owner, choices) =>
      op(() =>
        transaction(() =>
          choices.map((c) => {
            const chosen = q(`UPDATE deliveries SET tip_id = ?
                              WHERE chat_id = ? AND local_date = ? AND claimed_by = ? AND status = 'pending'
                                AND tip_id IS NULL`).run(c.tipId, c.chatId, c.localDate, owner);
            if (Number(chosen.changes) === 0) return false;
            markSeen(c.chatId, c.tipId, c.newCycle);
            return true;
          }),
        ),
      ),
    finishDelivery: (chatId, localDate, owner, outcome, now) =>
      op(
        () =>
          Number(
            q(`UPDATE deliveries SET status = ?, attempts = ?, error = ?, updated_at = ?, lease_until = NULL
               WHERE chat_id = ? AND local_date = ? AND claimed_by = ? AND status = 'pending'`).run(
              outcome.status,
              outcome.attempts,
              outcome.error?.slice(0, 500) ?? null,
              now,
              chatId,
              localDate,
              owner,
            ).changes,
          ) === 1,
      ),
    markSending: (chatId, localDate, owner, sending, now) =>
      op(
        () =>
          Number(
            q(`UPDATE deliveries SET sending_since = ?
               WHERE chat_id = ? AND local_date = ? AND claimed_by = ? AND status = 'pending'`).run(
              sending ? now : null,
              chatId,
              localDate,
              owner,
            ).changes,
          ) === 1,
      ),
    releaseClaims: (owner) =>
      op(() =>
        Number(
          q(`UPDATE deliveries SET claimed_by = NULL, lease_until = NULL
             WHERE claimed_by = ? AND status = 'pending'`).run(owner).changes,
        ),
      ),
    pendingDeliveries: () =>
      op(() =>
        (
          q("SELECT * FROM deliveries WHERE status = 'pending' ORDER BY created_at, chat_id").all() as Record<
            string,
            unknown
          >[]
        ).map(toDelivery),
      ),
    getDelivery: (chatId, localDate) =>
      op(() => {
        const r = q("SELECT * FROM deliveries WHERE chat_id = ? AND local_date = ?").get(chatId, localDate) as
          | Record<string, unknown>
          | undefined;
        return r && toDelivery(r);
      }),
    pruneDeliveries: (beforeDate) =>
      op(() =>
        Number(
          q("DELETE FROM deliveries WHERE status <> 'pending' AND local_date < ?").run(beforeDate).changes,
        ),
      ),
    acquireSenderLock: async () => senderLock,
    seenTips: (chatId) => op(() => new Set(seenBy(chatId))),
    markTipSeen: (chatId, tipId, newCycle) => op(() => transaction(() => markSeen(chatId, tipId, newCycle))),
    getDialog: (chatId) =>
      op(() => {
        const r = q("SELECT step, hour, editing, entry_id FROM dialogs WHERE chat_hash = ?").get(
          hashChat(chatId),
        ) as Record<string, unknown> | undefined;
        return r && toDialog(chatId, r);
      }),
    setDialog: (dialog, now) =>
      op(() => {
        q(`INSERT INTO dialogs (chat_hash, step, hour, editing, entry_id, updated_at) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (chat_hash) DO UPDATE SET step = excluded.step, hour = excluded.hour, editing = excluded.editing,
             entry_id = excluded.entry_id, updated_at = excluded.updated_at`).run(
          hashChat(dialog.chatId),
          dialog.step,
          dialog.hour ?? null,
          dialog.editing ? 1 : 0,
          dialog.entryId ?? null,
          now,
        );
      }),
    clearDialog: (chatId) =>
      op(() => {
        q("DELETE FROM dialogs WHERE chat_hash = ?").run(hashChat(chatId));
      }),
    pruneDialogs: (before) =>
      op(() => Number(q("DELETE FROM dialogs WHERE updated_at < ?").run(before).changes)),
    recordQuestion: (record) => op(() => insertQuestion(record)),
    recordQuestions: (records) =>
      op(() =>
        transaction(() => {
          for (const r of records) insertQuestion(r);
        }),
      ),
    setVote: (v) =>
      op(() => {
        q(`INSERT INTO votes (user_hash, entry_id, vote, at, comment) VALUES (?, ?, ?, ?, NULL)
           ON CONFLICT (user_hash, entry_id) DO UPDATE SET vote = excluded.vote, at = excluded.at,
             comment = CASE WHEN excluded.vote = 1 THEN NULL ELSE votes.comment END`).run(
          v.userHash,
          v.entryId,
          v.vote,
          v.at,
        );
      }),
    addVoteComment: (userHash, entryId, comment) =>
      op(() => {
        q("UPDATE votes SET comment = ? WHERE user_hash = ? AND entry_id = ?").run(
          comment.slice(0, 1000),
          userHash,
          entryId,
        );
      }),
    questionsSince: (since) =>
      op(() =>
        (
          q("SELECT * FROM questions WHERE at >= ? ORDER BY at, id").all(since) as Record<string, unknown>[]
        ).map(toQuestion),
      ),
    votesSince: (since) =>
      op(() =>
        (q("SELECT * FROM votes WHERE at >= ? ORDER BY at").all(since) as Record<string, unknown>[]).map(
          (r) => ({
            userHash: String(r.user_hash),
            entryId: String(r.entry_id),
            vote: Number(r.vote) as 1 | -1,
            at: Number(r.at),
            ...(r.comment === null ? {} : { comment: String(r.comment) }),
          }),
        ),
      ),
    deleteRecordsBefore: (cutoff) =>
      op(() =>
        transaction(
          () =>
            Number(q("DELETE FROM questions WHERE at < ?").run(cutoff).changes) +
            Number(q("DELETE FROM votes WHERE at < ?").run(cutoff).changes),
        ),
      ),
    forget: async (chatId, chatHash) => {
      const deleted = await op(() =>
        transaction(() =>
          [
            q("DELETE FROM subscribers WHERE chat_id = ?").run(chatId),
            q("DELETE FROM deliveries WHERE chat_id = ?").run(chatId),
            q("DELETE FROM seen_tips WHERE chat_hash = ?").run(hashChat(chatId)),
            q("DELETE FROM dialogs WHERE chat_hash = ?").run(hashChat(chatId)),
            q("DELETE FROM last_answers WHERE chat_hash = ?").run(hashChat(chatId)),
            q("DELETE FROM questions WHERE chat_hash = ?").run(chatHash),
            q("DELETE FROM votes WHERE user_hash = ?").run(chatHash),
          ].reduce((sum, r) => sum + Number(r.changes), 0),
        ),
      );
      // The pages as they were before the deletion stay in the write-ahead log until it is copied back and emptied.
      // Best effort: a reader in the way (a curator's script) leaves the rest to SQLite's next checkpoints.
      await op(() => q("PRAGMA wal_checkpoint(TRUNCATE)").get());
      return deleted;
    },
    claimUpdate: (updateId, now, leaseMs, chatId) =>
      op((): ClaimedUpdate => {
        if (
          q(
            "INSERT INTO handled_updates (update_id, claimed_at) VALUES (?, ?) ON CONFLICT (update_id) DO NOTHING",
          ).run(updateId, now).changes === 1
        )
          return chatId === undefined ? { claim: "claimed" } : { claim: "claimed", chat: chatState(chatId) };
        if (
          q(
            "UPDATE handled_updates SET claimed_at = ? WHERE update_id = ? AND done_at IS NULL AND claimed_at <= ?",
          ).run(now, updateId, now - leaseMs).changes === 1
        )
          return { claim: "retaken" };
        const r = q("SELECT done_at FROM handled_updates WHERE update_id = ?").get(updateId);
        // Released between the two statements: its handler failed; the next retry claims it.
        return { claim: r && r.done_at !== null ? "done" : "busy" };
      }),
    finishUpdate: (updateId, now, keep) =>
      op(() => {
        if (keep) keepAnswer(keep.chatId, keep.entryId, keep.at, keep.asked, keep.offered);
        q("UPDATE handled_updates SET done_at = ? WHERE update_id = ?").run(now, updateId);
      }),
    releaseUpdate: (updateId) =>
      op(() => {
        q("DELETE FROM handled_updates WHERE update_id = ?").run(updateId);
      }),
    pruneUpdates: (before) =>
      op(() => Number(q("DELETE FROM handled_updates WHERE claimed_at < ?").run(before).changes)),
    setLastAnswer: (chatId, entryId, at, asked, offered) =>
      op(() => keepAnswer(chatId, entryId, at, asked, offered)),
    lastAnswer: (chatId, since) =>
      op(() => {
        const r = q(
          "SELECT entry_id, at, asked, offered FROM last_answers WHERE chat_hash = ? AND at >= ?",
        ).get(hashChat(chatId), since);
        return r ? toLastAnswer(r) : undefined;
      }),
    pruneLastAnswers: (before) =>
      op(() => Number(q("DELETE FROM last_answers WHERE at < ?").run(before).changes)),
    ping: () =>
      op(() => {
        q("SELECT 1").get();
      }),
    close: async () => {
      db.close();
    },
  };
}
