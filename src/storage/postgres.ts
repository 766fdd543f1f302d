// The Storage interface on PostgreSQL through node-postgres: a bounded pool, versioned migrations under an advisory lock.
import pg from "pg";
import { keyedHasher } from "../curation/hash.ts";
import { offeredColumn, toChatState, toDelivery, toDialog, toLastAnswer, toQuestion } from "./rows.ts";
import {
  ASKED_CHARS,
  type ClaimedDelivery,
  type QuestionRecord,
  type SenderLock,
  type Storage,
  type VoteRecord,
} from "./storage.ts";

/** A schema version's SQL, or work that needs the program (hashing chat ids with the records key) besides SQL. */
export type PgMigration =
  | string
  | ((client: pg.PoolClient, hashChat: (chatId: number) => string) => Promise<void>);

/**
 * Chat ids only where the bot messages the chat (subscribers, deliveries): tip history, dialogues and last answers
 * move to the chat's keyed hash, computed here with the records key, and dialogues get a time so abandoned ones can
 * be pruned. New tables rather than rewritten columns, so the old rows' files go with the dropped tables. The salt
 * of earlier versions goes.
 */
async function keyChatStateByHash(
  client: pg.PoolClient,
  hashChat: (chatId: number) => string,
): Promise<void> {
  await client.query(`
    CREATE TABLE seen_tips_keyed (chat_hash TEXT NOT NULL, tip_id TEXT NOT NULL, PRIMARY KEY (chat_hash, tip_id));
    CREATE TABLE dialogs_keyed (
      chat_hash TEXT PRIMARY KEY,
      step TEXT NOT NULL,
      hour SMALLINT,
      editing BOOLEAN NOT NULL DEFAULT FALSE,
      entry_id TEXT,
      updated_at BIGINT NOT NULL
    );
    CREATE TABLE last_answers_keyed (chat_hash TEXT PRIMARY KEY, entry_id TEXT NOT NULL, at BIGINT NOT NULL);`);
  const hashes = (rows: Record<string, unknown>[]) => rows.map((r) => hashChat(Number(r.chat_id)));
  const seen = (await client.query("SELECT chat_id, tip_id FROM seen_tips")).rows;
  await client.query(
    `INSERT INTO seen_tips_keyed (chat_hash, tip_id) SELECT * FROM unnest($1::text[], $2::text[])
     ON CONFLICT DO NOTHING`,
    [hashes(seen), seen.map((r) => r.tip_id)],
  );
  const dialogs = (await client.query("SELECT * FROM dialogs")).rows;
  await client.query(
    `INSERT INTO dialogs_keyed (chat_hash, step, hour, editing, entry_id, updated_at)
     SELECT *, $6::bigint FROM unnest($1::text[], $2::text[], $3::smallint[], $4::boolean[], $5::text[])`,
    [
      hashes(dialogs),
      dialogs.map((r) => r.step),
      dialogs.map((r) => r.hour),
      dialogs.map((r) => r.editing),
      dialogs.map((r) => r.entry_id),
      Date.now(),
    ],
  );
  const answers = (await client.query("SELECT chat_id, entry_id, at FROM last_answers")).rows;
  await client.query(
    `INSERT INTO last_answers_keyed (chat_hash, entry_id, at)
     SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[])`,
    [hashes(answers), answers.map((r) => r.entry_id), answers.map((r) => r.at)],
  );
  await client.query(`
    DROP TABLE seen_tips, dialogs, last_answers, meta;
    ALTER TABLE seen_tips_keyed RENAME TO seen_tips;
    ALTER TABLE seen_tips RENAME CONSTRAINT seen_tips_keyed_pkey TO seen_tips_pkey;
    ALTER TABLE dialogs_keyed RENAME TO dialogs;
    ALTER TABLE dialogs RENAME CONSTRAINT dialogs_keyed_pkey TO dialogs_pkey;
    CREATE INDEX dialogs_updated_at ON dialogs (updated_at);
    ALTER TABLE last_answers_keyed RENAME TO last_answers;
    ALTER TABLE last_answers RENAME CONSTRAINT last_answers_keyed_pkey TO last_answers_pkey;
    CREATE INDEX last_answers_at ON last_answers (at);
    CREATE INDEX deliveries_finished ON deliveries (local_date) WHERE status <> 'pending';`);
}

/**
 * Claims an update ($1 at $2) and reads the chat's ($3, a keyed hash, or null) dialogue and last answer in one
 * statement. The reads see the tables as they were before the statement, which the claim does not touch.
 */
const CLAIM_UPDATE = `
  WITH claim AS (
    INSERT INTO handled_updates (update_id, claimed_at) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING update_id
  )
  SELECT EXISTS (SELECT 1 FROM claim) AS claimed, d.step, d.hour, d.editing, d.entry_id,
    a.entry_id AS last_entry, a.at AS last_at, a.asked AS last_asked, a.offered AS last_offered
  FROM (VALUES (1)) AS one (x)
  LEFT JOIN dialogs d ON d.chat_hash = $3::text
  LEFT JOIN last_answers a ON a.chat_hash = $3::text`;

/**
 * Marks update $2 done at $1 and, when $3 is a chat's hash, keeps its last answer ($4 at $5, to the message $6, the
 * entries offered $7), in one statement.
 */
const FINISH_UPDATE = `
  WITH kept AS (
    INSERT INTO last_answers (chat_hash, entry_id, at, asked, offered)
    SELECT $3::text, $4::text, $5::bigint, $6::text, $7::text WHERE $3::text IS NOT NULL
    ON CONFLICT (chat_hash) DO UPDATE SET entry_id = excluded.entry_id, at = excluded.at, asked = excluded.asked,
      offered = excluded.offered
  )
  UPDATE handled_updates SET done_at = $1 WHERE update_id = $2`;

/**
 * Append only, one entry per schema version, numbered as SQLite's (`MIGRATIONS` in sqlite.ts): version N is the
 * same tables on both engines. Times are milliseconds since the epoch, as on SQLite.
 */
export const PG_MIGRATIONS: readonly PgMigration[] = [
  `CREATE TABLE subscribers (
     chat_id BIGINT PRIMARY KEY,
     hour SMALLINT NOT NULL CHECK (hour BETWEEN 0 AND 23),
     time_zone TEXT NOT NULL,
     active BOOLEAN NOT NULL DEFAULT TRUE,
     inactive_reason TEXT,
     created_at BIGINT NOT NULL,
     updated_at BIGINT NOT NULL
   );
   CREATE INDEX subscribers_due ON subscribers (active, time_zone, hour);
   CREATE TABLE deliveries (
     chat_id BIGINT NOT NULL,
     local_date TEXT NOT NULL,
     tip_id TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'expired')),
     attempts INTEGER NOT NULL DEFAULT 0,
     error TEXT,
     created_at BIGINT NOT NULL,
     updated_at BIGINT NOT NULL,
     PRIMARY KEY (chat_id, local_date)
   );
   CREATE INDEX deliveries_pending ON deliveries (status) WHERE status = 'pending';
   CREATE TABLE seen_tips (
     chat_id BIGINT NOT NULL,
     tip_id TEXT NOT NULL,
     PRIMARY KEY (chat_id, tip_id)
   );
   CREATE TABLE dialogs (
     chat_id BIGINT PRIMARY KEY,
     step TEXT NOT NULL,
     hour SMALLINT,
     editing BOOLEAN NOT NULL DEFAULT FALSE
   );`,
  `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   INSERT INTO meta (key, value) VALUES ('salt', md5(random()::text || clock_timestamp()::text));
   CREATE TABLE questions (
     id BIGSERIAL PRIMARY KEY,
     at BIGINT NOT NULL,
     chat_hash TEXT NOT NULL,
     outcome TEXT NOT NULL,
     entry_id TEXT,
     topic_id TEXT,
     confidence DOUBLE PRECISION,
     text TEXT NOT NULL,
     normalized TEXT NOT NULL,
     candidates TEXT NOT NULL,
     kb_version TEXT NOT NULL
   );
   CREATE INDEX questions_at ON questions (at);
   CREATE TABLE votes (
     user_hash TEXT NOT NULL,
     entry_id TEXT NOT NULL,
     vote SMALLINT NOT NULL CHECK (vote IN (-1, 1)),
     at BIGINT NOT NULL,
     comment TEXT,
     PRIMARY KEY (user_hash, entry_id)
   );
   CREATE INDEX votes_at ON votes (at);
   ALTER TABLE dialogs ADD COLUMN entry_id TEXT;`,
  `CREATE TABLE handled_updates (update_id BIGINT PRIMARY KEY, claimed_at BIGINT NOT NULL);
   CREATE INDEX handled_updates_claimed_at ON handled_updates (claimed_at);`,
  `ALTER TABLE deliveries ALTER COLUMN tip_id DROP NOT NULL,
     ADD COLUMN claimed_by TEXT,
     ADD COLUMN lease_until BIGINT;
   DROP INDEX deliveries_pending;
   CREATE INDEX deliveries_pending ON deliveries (created_at, chat_id) WHERE status = 'pending';
   CREATE INDEX deliveries_claimed_by ON deliveries (claimed_by) WHERE status = 'pending';`,
  `CREATE TABLE last_answers (chat_id BIGINT PRIMARY KEY, entry_id TEXT NOT NULL, at BIGINT NOT NULL);
   CREATE INDEX last_answers_at ON last_answers (at);`,
  // Set while a tip's request is on its way to Telegram: a claim taken over with it set may have arrived.
  "ALTER TABLE deliveries ADD COLUMN sending_since BIGINT;",
  keyChatStateByHash,
  // An update's claim is done once handled; one neither done nor renewed within the lease was cut off by a crash and
  // is handled again on Telegram's retry. Claims made before this were taken for good, as then: done.
  `ALTER TABLE handled_updates ADD COLUMN done_at BIGINT;
   UPDATE handled_updates SET done_at = claimed_at;`,
  // The message a last answer was to: a follow-up may point at the things it named ("ASCP or AMT?", "the first one").
  "ALTER TABLE last_answers ADD COLUMN asked TEXT;",
  // The entries a "did you mean" offered (ids joined by commas), when that was the last reply: "the second one" next.
  "ALTER TABLE last_answers ADD COLUMN offered TEXT;",
];

export interface PostgresOptions {
  /** Connections at most (node-postgres' default is 10). */
  poolSize?: number;
  /** How long to wait for a connection before failing (node-postgres' default, 0, waits forever). */
  connectTimeoutMs?: number;
  /** How long a connection beyond the ones always kept (KEPT_CONNECTIONS) may sit idle before it is closed. */
  idleTimeoutMs?: number;
  migrations?: readonly PgMigration[];
  /**
   * The key chat ids are hashed with (RECORDS_KEY, the same for every instance). Needed for tip history, dialogues and
   * last answers; without it those throw (the curator's scripts, which read only records, need none).
   */
  recordsKey?: string;
  /** The keyed hash of `recordsKey` the caller keeps already: one memo of the latest chats' hashes, not two. */
  hash?: (chatId: number) => string;
  /** Called when an idle pooled connection fails (the database restarted): the pool replaces it. */
  onPoolError?: (error: Error) => void;
}

/**
 * Connections the pool keeps open however quiet the bot is: opening one (a TCP handshake, authentication and a new
 * server process) took 50 ms on a busy machine against 7.5 for a query on an open one, and a bot with a message a
 * minute paid it on every message once its connections had been idle for 30 s.
 */
export const KEPT_CONNECTIONS = 2;

const BIGINT_OID = 20;
/** Chat ids, times and counts are BIGINT; Telegram's ids fit in 52 bits, so they come back as plain numbers. */
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === BIGINT_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as never,
};

/** One advisory lock key per purpose and schema, so two bots in two schemas of one database do not share it. */
export const lockKey = (purpose: string) => `hashtext('career-faq-bot.${purpose}:' || current_schema())`;

async function migrate(
  pool: pg.Pool,
  migrations: readonly PgMigration[],
  hashChat: (chatId: number) => string,
): Promise<void> {
  const client = await pool.connect();
  try {
    // Every instance starting at once waits here; the first migrates, the others then find nothing to do.
    await client.query(`SELECT pg_advisory_lock(${lockKey("migrate")})`);
    try {
      await client.query(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)",
      );
      const { rows } = await client.query<{ v: number | null }>(
        "SELECT MAX(version) AS v FROM schema_migrations",
      );
      const current = rows[0]?.v ?? 0;
      if (current > migrations.length)
        throw new Error(
          `storage: the database is at schema version ${current}, newer than this program (${migrations.length})`,
        );
      for (let version = current + 1; version <= migrations.length; version++) {
        await client.query("BEGIN");
        try {
          const migration = migrations[version - 1]!;
          await (typeof migration === "string" ? client.query(migration) : migration(client, hashChat));
          await client.query("INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)", [
            version,
            Date.now(),
          ]);
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK").catch(() => {});
          throw error;
        }
      }
    } finally {
      await client.query(`SELECT pg_advisory_unlock(${lockKey("migrate")})`).catch(() => {});
    }
  } finally {
    client.release();
  }
}

/** A connection of its own for the sender lock, outside the pool; `alive` turns false once it breaks or ends. */
async function lockConnection(
  url: string,
  connectTimeoutMs: number,
  open: Set<pg.Client>,
): Promise<{ client: pg.Client; state: { alive: boolean } }> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: connectTimeoutMs,
    keepAlive: true,
    types,
  });
  const state = { alive: true };
  client.on("error", () => {
    state.alive = false;
  });
  client.on("end", () => {
    state.alive = false;
    open.delete(client);
  });
  open.add(client);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
  return { client, state };
}

/** PostgreSQL's "lock not available": a wait for a lock ran past `lock_timeout`. */
const LOCK_NOT_AVAILABLE = "55P03";

/**
 * The sender lock: a session advisory lock on a connection of its own, outside the pool, so it lives exactly as
 * long as that connection (a crashed process's lock goes with its socket). Not for PgBouncer's transaction mode.
 * A standby instance keeps its connection between tries (one query a try, not a new connection each second).
 * A try that may wait queues for the lock on the server under `lock_timeout`, so it is granted the moment the
 * holder's connection ends rather than at the next try.
 */
function senderLockTrier(
  url: string,
  connectTimeoutMs: number,
  open: Set<pg.Client>,
): (waitMs?: number) => Promise<SenderLock | undefined> {
  let standby: Awaited<ReturnType<typeof lockConnection>> | undefined;
  return async (waitMs = 0) => {
    if (!standby?.state.alive) standby = await lockConnection(url, connectTimeoutMs, open);
    const { client, state } = standby;
    let locked: boolean;
    try {
      if (waitMs > 0) {
        await client.query("SELECT set_config('lock_timeout', $1, false)", [`${Math.ceil(waitMs)}ms`]);
        locked = await client.query(`SELECT pg_advisory_lock(${lockKey("tip-sender")})`).then(
          () => true,
          (error: unknown) => {
            if ((error as { code?: string }).code === LOCK_NOT_AVAILABLE) return false;
            throw error;
          },
        );
      } else {
        const { rows } = await client.query<{ locked: boolean }>(
          `SELECT pg_try_advisory_lock(${lockKey("tip-sender")}) AS locked`,
        );
        locked = rows[0]?.locked === true;
      }
    } catch (error) {
      standby = undefined;
      await client.end().catch(() => {});
      throw error;
    }
    if (!locked) return undefined;
    standby = undefined;
    return {
      async check() {
        if (!state.alive) return false;
        try {
          await client.query({ text: "SELECT 1", query_timeout: connectTimeoutMs } as never);
        } catch {
          state.alive = false;
          await client.end().catch(() => {});
        }
        return state.alive;
      },
      async release() {
        state.alive = false;
        await client.end().catch(() => {});
      },
    };
  };
}

const toVote = (r: Record<string, unknown>): VoteRecord => ({
  userHash: String(r.user_hash),
  entryId: String(r.entry_id),
  vote: Number(r.vote) as 1 | -1,
  at: Number(r.at),
  ...(r.comment === null ? {} : { comment: String(r.comment) }),
});

export async function openPostgres(
  url: string,
  options: PostgresOptions = {},
): Promise<Storage & { pool: pg.Pool }> {
  const connectTimeoutMs = options.connectTimeoutMs ?? 5_000;
  const max = options.poolSize ?? 10;
  const pool = new pg.Pool({
    connectionString: url,
    max,
    min: Math.min(KEPT_CONNECTIONS, max),
    connectionTimeoutMillis: connectTimeoutMs,
    idleTimeoutMillis: options.idleTimeoutMs ?? 30_000,
    types,
  });
  // Without a listener, an idle connection dropped by the server would crash the process.
  pool.on("error", (error) => options.onPoolError?.(error));
  const key = options.recordsKey;
  const hashed = options.hash ?? (key ? keyedHasher(key) : undefined);
  const hashChat = (chatId: number) => {
    if (!hashed)
      throw new Error("storage: RECORDS_KEY is required with PostgreSQL to keep chats' tips and dialogues");
    return hashed(chatId);
  };
  try {
    await migrate(pool, options.migrations ?? PG_MIGRATIONS, hashChat);
  } catch (error) {
    await pool.end();
    throw error;
  }

  const lockClients = new Set<pg.Client>();
  const rows = async (sql: string, params: unknown[] = []) =>
    (await pool.query(sql, params)).rows as Record<string, unknown>[];
  const count = async (sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rowCount ?? 0;
  const transaction = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const result = await work(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      // The real error matters, not a failed ROLLBACK on a connection that is already gone.
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };
  const insertQuestions = (client: pg.Pool | pg.PoolClient, records: readonly QuestionRecord[]) =>
    client.query(
      `INSERT INTO questions (at, chat_hash, outcome, entry_id, topic_id, confidence, text, normalized, candidates, kb_version)
       SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::text[],
         $8::text[], $9::text[], $10::text[])`,
      [
        records.map((r) => r.at),
        records.map((r) => r.chatHash),
        records.map((r) => r.outcome),
        records.map((r) => r.entryId ?? null),
        records.map((r) => r.topicId ?? null),
        records.map((r) => r.confidence ?? null),
        records.map((r) => r.text.slice(0, 500)),
        records.map((r) => r.normalized),
        records.map((r) => JSON.stringify(r.candidates)),
        records.map((r) => r.kbVersion),
      ],
    );
  const markSeen = async (client: pg.PoolClient, chatId: number, tipId: string, newCycle: boolean) => {
    const hash = hashChat(chatId);
    if (newCycle) await client.query("DELETE FROM seen_tips WHERE chat_hash = $1", [hash]);
    await client.query("INSERT INTO seen_tips (chat_hash, tip_id) VALUES ($1, $2) ON CONFLICT DO NOTHING", [
      hash,
      tipId,
    ]);
  };

  return {
    pool,
    async upsertSubscriber(chatId, hour, timeZone, now) {
      await pool.query(
        `INSERT INTO subscribers (chat_id, hour, time_zone, active, created_at, updated_at) VALUES ($1, $2, $3, TRUE, $4, $4)
         ON CONFLICT (chat_id) DO UPDATE SET hour = excluded.hour, time_zone = excluded.time_zone, active = TRUE,
           inactive_reason = NULL, updated_at = excluded.updated_at`,
        [chatId, hour, timeZone, now],
      );
    },
    async getSubscriber(chatId) {
      const [r] = await rows("SELECT chat_id, hour, time_zone, active FROM subscribers WHERE chat_id = $1", [
        chatId,
      ]);
      return (
        r && {
          chatId: Number(r.chat_id),
          hour: Number(r.hour),
          timeZone: String(r.time_zone),
          active: r.active === true,
        }
      );
    },
    async deactivate(chatId, reason, now) {
      await pool.query(
        "UPDATE subscribers SET active = FALSE, inactive_reason = $1, updated_at = $2 WHERE chat_id = $3",
        [reason, now, chatId],
      );
    },
    async activeTimeZones() {
      return (await rows("SELECT DISTINCT time_zone FROM subscribers WHERE active")).map((r) =>
        String(r.time_zone),
      );
    },
    async countActiveSubscribers() {
      return Number((await rows("SELECT COUNT(*) AS n FROM subscribers WHERE active"))[0]!.n);
    },
    async planDeliveries(timeZone, localDate, localHour, now) {
      return count(
        `INSERT INTO deliveries (chat_id, local_date, tip_id, status, attempts, created_at, updated_at)
         SELECT s.chat_id, $1, NULL, 'pending', 0, $2, $2 FROM subscribers s
         WHERE s.active AND s.time_zone = $3 AND s.hour <= $4
           AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.chat_id = s.chat_id AND d.local_date = $1)
         ORDER BY s.chat_id
         ON CONFLICT DO NOTHING`,
        [localDate, now, timeZone, localHour],
      );
    },
    async claimDeliveries(owner, now, leaseMs, limit) {
      await count(
        `UPDATE deliveries SET status = 'failed', error = 'cut off while sending: not sent again, it may have arrived', updated_at = $1, lease_until = NULL
         WHERE status = 'pending' AND sending_since IS NOT NULL AND (lease_until IS NULL OR lease_until < $1)`,
        [now],
      );
      // SKIP LOCKED: a concurrent claimer passes over the rows this one is taking instead of waiting for them.
      const claimed = await rows(
        `WITH picked AS (
           SELECT chat_id, local_date FROM deliveries
           WHERE status = 'pending' AND (lease_until IS NULL OR lease_until < $1)
           ORDER BY created_at, chat_id LIMIT $2
           FOR UPDATE SKIP LOCKED)
         UPDATE deliveries d SET claimed_by = $3, lease_until = $4
         FROM picked LEFT JOIN subscribers s ON s.chat_id = picked.chat_id
         WHERE d.chat_id = picked.chat_id AND d.local_date = picked.local_date
         RETURNING d.*, s.time_zone, s.active`,
        [now, limit, owner, now + leaseMs],
      );
      // The tips each has seen, under its hash (computed here: the key is not in the database).
      const hashes = claimed.map((r) => hashChat(Number(r.chat_id)));
      const seen = new Map<string, string[]>();
      if (claimed.length > 0)
        for (const r of await rows(
          "SELECT chat_hash, tip_id FROM seen_tips WHERE chat_hash = ANY($1::text[]) ORDER BY tip_id",
          [hashes],
        ))
          seen.set(String(r.chat_hash), [...(seen.get(String(r.chat_hash)) ?? []), String(r.tip_id)]);
      return claimed
        .map(
          (r, i): ClaimedDelivery => ({
            ...toDelivery(r),
            ...(r.time_zone === null ? {} : { timeZone: String(r.time_zone) }),
            active: r.active === true,
            seenTips: seen.get(hashes[i]!) ?? [],
            chatHash: hashes[i]!,
          }),
        )
        .sort((a, b) => a.chatId - b.chatId);
    },
    async renewClaims(owner, now, leaseMs) {
      return count("UPDATE deliveries SET lease_until = $1 WHERE claimed_by = $2 AND status = 'pending'", [
        now + leaseMs,
        owner,
      ]);
    },
    async chooseTips(owner, choices) {
      if (choices.length === 0) return [];
      // One statement for the batch: the claim check, the tips, and the seen sets (cleared first on a new cycle).
      const chosen = await rows(
        `WITH input AS (
           SELECT * FROM unnest($2::bigint[], $3::text[], $4::text[], $5::boolean[], $6::text[])
             AS i(chat_id, local_date, tip_id, new_cycle, chat_hash)),
         chosen AS (
           UPDATE deliveries d SET tip_id = i.tip_id FROM input i
           WHERE d.chat_id = i.chat_id AND d.local_date = i.local_date AND d.claimed_by = $1
             AND d.status = 'pending' AND d.tip_id IS NULL
           RETURNING d.chat_id, d.local_date, d.tip_id, i.new_cycle, i.chat_hash),
         cleared AS (
           DELETE FROM seen_tips t USING chosen c
           WHERE c.new_cycle AND t.chat_hash = c.chat_hash AND t.tip_id <> c.tip_id),
         seen AS (
           INSERT INTO seen_tips (chat_hash, tip_id) SELECT chat_hash, tip_id FROM chosen ON CONFLICT DO NOTHING)
         SELECT chat_id, local_date FROM chosen`,
        [
          owner,
          choices.map((c) => c.chatId),
          choices.map((c) => c.localDate),
          choices.map((c) => c.tipId),
          choices.map((c) => c.newCycle),
          choices.map((c) => hashChat(c.chatId)),
        ],
      );
      const done = new Set(chosen.map((r) => `${r.chat_id}|${r.local_date}`));
      return choices.map((c) => done.has(`${c.chatId}|${c.localDate}`));
    },
    async finishDelivery(chatId, localDate, owner, outcome, now) {
      return (
        (await count(
          `UPDATE deliveries SET status = $1, attempts = $2, error = $3, updated_at = $4, lease_until = NULL
           WHERE chat_id = $5 AND local_date = $6 AND claimed_by = $7 AND status = 'pending'`,
          [
            outcome.status,
            outcome.attempts,
            outcome.error?.slice(0, 500) ?? null,
            now,
            chatId,
            localDate,
            owner,
          ],
        )) === 1
      );
    },
    async markSending(chatId, localDate, owner, sending, now) {
      return (
        (await count(
          `UPDATE deliveries SET sending_since = $1
           WHERE chat_id = $2 AND local_date = $3 AND claimed_by = $4 AND status = 'pending'`,
          [sending ? now : null, chatId, localDate, owner],
        )) === 1
      );
    },
    async releaseClaims(owner) {
      return count(
        "UPDATE deliveries SET claimed_by = NULL, lease_until = NULL WHERE claimed_by = $1 AND status = 'pending'",
        [owner],
      );
    },
    async pendingDeliveries() {
      return (
        await rows("SELECT * FROM deliveries WHERE status = 'pending' ORDER BY created_at, chat_id")
      ).map(toDelivery);
    },
    async getDelivery(chatId, localDate) {
      const [r] = await rows("SELECT * FROM deliveries WHERE chat_id = $1 AND local_date = $2", [
        chatId,
        localDate,
      ]);
      return r && toDelivery(r);
    },
    async pruneDeliveries(beforeDate) {
      return count("DELETE FROM deliveries WHERE status <> 'pending' AND local_date < $1", [beforeDate]);
    },
    acquireSenderLock: senderLockTrier(url, connectTimeoutMs, lockClients),
    async seenTips(chatId) {
      return new Set(
        (await rows("SELECT tip_id FROM seen_tips WHERE chat_hash = $1", [hashChat(chatId)])).map((r) =>
          String(r.tip_id),
        ),
      );
    },
    async markTipSeen(chatId, tipId, newCycle) {
      await transaction((client) => markSeen(client, chatId, tipId, newCycle));
    },
    async getDialog(chatId) {
      const [r] = await rows("SELECT step, hour, editing, entry_id FROM dialogs WHERE chat_hash = $1", [
        hashChat(chatId),
      ]);
      return r && toDialog(chatId, r);
    },
    async setDialog(dialog, now) {
      await pool.query(
        `INSERT INTO dialogs (chat_hash, step, hour, editing, entry_id, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (chat_hash) DO UPDATE SET step = excluded.step, hour = excluded.hour, editing = excluded.editing,
           entry_id = excluded.entry_id, updated_at = excluded.updated_at`,
        [
          hashChat(dialog.chatId),
          dialog.step,
          dialog.hour ?? null,
          dialog.editing,
          dialog.entryId ?? null,
          now,
        ],
      );
    },
    async clearDialog(chatId) {
      await pool.query("DELETE FROM dialogs WHERE chat_hash = $1", [hashChat(chatId)]);
    },
    async pruneDialogs(before) {
      return count("DELETE FROM dialogs WHERE updated_at < $1", [before]);
    },
    async recordQuestion(record) {
      await insertQuestions(pool, [record]);
    },
    async recordQuestions(records) {
      if (records.length > 0) await insertQuestions(pool, records);
    },
    async setVote(v) {
      await pool.query(
        `INSERT INTO votes (user_hash, entry_id, vote, at, comment) VALUES ($1, $2, $3, $4, NULL)
         ON CONFLICT (user_hash, entry_id) DO UPDATE SET vote = excluded.vote, at = excluded.at,
           comment = CASE WHEN excluded.vote = 1 THEN NULL ELSE votes.comment END`,
        [v.userHash, v.entryId, v.vote, v.at],
      );
    },
    async addVoteComment(userHash, entryId, comment) {
      await pool.query("UPDATE votes SET comment = $1 WHERE user_hash = $2 AND entry_id = $3", [
        comment.slice(0, 1000),
        userHash,
        entryId,
      ]);
    },
    async questionsSince(since) {
      return (await rows("SELECT * FROM questions WHERE at >= $1 ORDER BY at, id", [since])).map(toQuestion);
    },
    async votesSince(since) {
      return (await rows("SELECT * FROM votes WHERE at >= $1 ORDER BY at", [since])).map(toVote);
    },
    async deleteRecordsBefore(cutoff) {
      return transaction(
        async (client) =>
          ((await client.query("DELETE FROM questions WHERE at < $1", [cutoff])).rowCount ?? 0) +
          ((await client.query("DELETE FROM votes WHERE at < $1", [cutoff])).rowCount ?? 0),
      );
    },
    async forget(chatId, chatHash) {
      return transaction(async (client) => {
        let deleted = 0;
        for (const [table, column, value] of [
          ["subscribers", "chat_id", chatId],
          ["deliveries", "chat_id", chatId],
          ["seen_tips", "chat_hash", hashChat(chatId)],
          ["dialogs", "chat_hash", hashChat(chatId)],
          ["last_answers", "chat_hash", hashChat(chatId)],
          ["questions", "chat_hash", chatHash],
          ["votes", "user_hash", chatHash],
        ] as const)
          deleted += (await client.query(`DELETE FROM ${table} WHERE ${column} = $1`, [value])).rowCount ?? 0;
        return deleted;
      });
    },
    async claimUpdate(updateId, now, leaseMs, chatId) {
      // One round trip for every update: the claim, and the chat's dialogue and last answer as they were before it.
      const [first] = (
        await pool.query({
          name: "claim-update",
          text: CLAIM_UPDATE,
          values: [updateId, now, chatId === undefined ? null : hashChat(chatId)],
        })
      ).rows as Record<string, unknown>[];
      if (first?.claimed === true)
        return chatId === undefined
          ? { claim: "claimed" }
          : { claim: "claimed", chat: toChatState(chatId, first) };
      // The row is locked and its condition checked again, so of two retries at once only one retakes it.
      const retaken = await count(
        "UPDATE handled_updates SET claimed_at = $1 WHERE update_id = $2 AND done_at IS NULL AND claimed_at <= $3",
        [now, updateId, now - leaseMs],
      );
      if (retaken === 1) return { claim: "retaken" };
      const found = await rows("SELECT done_at FROM handled_updates WHERE update_id = $1", [updateId]);
      // Released in between: its handler failed; the next retry claims it.
      return { claim: found[0] && found[0].done_at !== null ? "done" : "busy" };
    },
    async finishUpdate(updateId, now, keep) {
      await pool.query({
        name: "finish-update",
        text: FINISH_UPDATE,
        values: [
          now,
          updateId,
          keep ? hashChat(keep.chatId) : null,
          keep?.entryId ?? null,
          keep?.at ?? null,
          keep?.asked?.slice(0, ASKED_CHARS) ?? null,
          offeredColumn(keep?.offered),
        ],
      });
    },
    async releaseUpdate(updateId) {
      await pool.query("DELETE FROM handled_updates WHERE update_id = $1", [updateId]);
    },
    async pruneUpdates(before) {
      return count("DELETE FROM handled_updates WHERE claimed_at < $1", [before]);
    },
    async setLastAnswer(chatId, entryId, at, asked, offered) {
      await pool.query(
        `INSERT INTO last_answers (chat_hash, entry_id, at, asked, offered) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (chat_hash) DO UPDATE SET entry_id = excluded.entry_id, at = excluded.at, asked = excluded.asked,
           offered = excluded.offered`,
        [hashChat(chatId), entryId, at, asked?.slice(0, ASKED_CHARS) ?? null, offeredColumn(offered)],
      );
    },
    async lastAnswer(chatId, since) {
      const [r] = await rows(
        "SELECT entry_id, at, asked, offered FROM last_answers WHERE chat_hash = $1 AND at >= $2",
        [hashChat(chatId), since],
      );
      return r ? toLastAnswer(r) : undefined;
    },
    async pruneLastAnswers(before) {
      return count("DELETE FROM last_answers WHERE at < $1", [before]);
    },
    async ping() {
      await pool.query("SELECT 1");
    },
    async close() {
      await Promise.all([...lockClients].map((c) => c.end().catch(() => {})));
      await pool.end();
    },
  };
}
