// The key for hashing chat and user ids: RECORDS_KEY, or a random key made once into a 0600 file beside the database.
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export const KEY_FILE_NAME = "records.key";

export interface RecordsKey {
  key: string;
  /** Where the key came from, for the start-up log line. */
  source: "environment" | "file" | "generated" | "memory";
  path?: string;
}

/**
 * `keyFile` undefined (an in-memory database) gives a key that lives as long as the process, like the data.
 * A key file with looser permissions than 0600 is tightened.
 */
export function loadRecordsKey(fromEnvironment: string | undefined, keyFile: string | undefined): RecordsKey {
  if (fromEnvironment) return { key: fromEnvironment, source: "environment" };
  if (keyFile === undefined) return { key: randomBytes(32).toString("hex"), source: "memory" };
  if (existsSync(keyFile)) {
    if ((statSync(keyFile).mode & 0o077) !== 0) chmodSync(keyFile, 0o600);
    const key = readFileSync(keyFile, "utf8").trim();
    if (key.length < 32) throw new Error(`${keyFile} holds no records key (expected 64 hex digits)`);
    return { key, source: "file", path: keyFile };
  }
  mkdirSync(dirname(keyFile), { recursive: true, mode: 0o700 });
  const key = randomBytes(32).toString("hex");
  try {
    // wx: of two processes starting at once, one writes the key and the other reads it.
    writeFileSync(keyFile, `${key}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return loadRecordsKey(undefined, keyFile);
    throw error;
  }
  return { key, source: "generated", path: keyFile };
}

/** The key file sits in the SQLite database's directory; an in-memory database has none. */
export function keyFileFor(sqlitePath: string): string | undefined {
  return sqlitePath === ":memory:" ? undefined : join(dirname(sqlitePath), KEY_FILE_NAME);
}
