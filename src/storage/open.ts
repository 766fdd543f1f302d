// Opens the storage DATABASE_URL names, on the engine it names.
import type { PostgresOptions } from "./postgres.ts";
import { openSqlite } from "./sqlite.ts";
import type { Storage } from "./storage.ts";
import { storageTarget } from "./url.ts";

/** `recordsKey` (RECORDS_KEY): with SQLite, by default the key file beside the database, as the bot uses. */
export async function openStorage(databaseUrl: string, options: PostgresOptions = {}): Promise<Storage> {
  const target = storageTarget(databaseUrl);
  // pg is loaded only for PostgreSQL: a SQLite bot need not load it at every start.
  return target.engine === "postgres"
    ? (await import("./postgres.ts")).openPostgres(target.url, options)
    : openSqlite(target.path, undefined, {
        ...(options.recordsKey ? { recordsKey: options.recordsKey } : {}),
        ...(options.hash ? { hash: options.hash } : {}),
      });
}
