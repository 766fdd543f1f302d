// The database the curator's scripts read: --db, or the bot's own (DATA_DIR, DATABASE_URL); none yet is said, not an error.
import { existsSync } from "node:fs";
import { databaseUrlIn } from "../config.ts";
import { openStorage } from "../storage/open.ts";
import type { Storage } from "../storage/storage.ts";
import { StorageUrlError, storageTarget } from "../storage/url.ts";

/** Opens the database, or exits: 2 with the reason for a URL it cannot use, 0 when the bot has not made it yet. */
export async function openCuratorStorage(db: string | undefined): Promise<Storage> {
  let databaseUrl: string;
  let target: ReturnType<typeof storageTarget>;
  try {
    databaseUrl = db ?? databaseUrlIn(process.env.DATA_DIR || "data", process.env.DATABASE_URL || undefined);
    target = storageTarget(databaseUrl);
  } catch (error) {
    if (!(error instanceof StorageUrlError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
  if (target.engine === "sqlite" && !existsSync(target.path)) {
    console.log(`No database at ${target.path} yet: the bot creates it on its first start.`);
    process.exit(0);
  }
  return openStorage(databaseUrl, {
    poolSize: 2,
    ...(process.env.RECORDS_KEY ? { recordsKey: process.env.RECORDS_KEY } : {}),
  });
}
