// The database is readable by its owner only: directory 0700, the file and SQLite's -wal and -shm 0600.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from "node:fs";
import { dirname } from "node:path";

const SIDE_FILES = ["", "-wal", "-shm", "-journal"];

/**
 * Creates the directory (0700) and an empty database file (0600) when missing, so SQLite, which gives its -wal
 * and -shm files the database file's mode, never makes them world-readable; tightens files made before.
 * An existing directory is left as it is: it may be the working directory or a mounted volume.
 */
export function preparePrivateDatabase(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  if (!existsSync(path)) closeSync(openSync(path, "a", 0o600));
  for (const suffix of SIDE_FILES) {
    const file = path + suffix;
    if (existsSync(file) && (statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  }
}
