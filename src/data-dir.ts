// Checks at start that the bot can write where it keeps its files, so a wrong directory is one clear line.
import { mkdirSync, unlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** Undefined when `dir` exists (or could be created) and takes a file; otherwise what is wrong and the fix. */
export function dataDirProblem(dir: string): string | undefined {
  const path = resolve(dir);
  const probe = join(path, `.write-check-${process.pid}`);
  try {
    // Owner only: the database and the records key live here.
    mkdirSync(path, { recursive: true, mode: 0o700 });
    // A real write, not access(): root passes every permission check, but not a read-only or full disk.
    writeFileSync(probe, "ok");
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    if (code === "ENOSPC")
      return `The disk holding the data directory ${path} is full (ENOSPC). Free some space there, or set DATA_DIR to a directory on another disk.`;
    return `Cannot write to the data directory ${path} (${code}). Make it writable for this user, or set DATA_DIR to a directory that is (with Docker, leave DATA_DIR and DATABASE_URL unset and mount a volume at /data).`;
  } finally {
    try {
      unlinkSync(probe);
    } catch {
      // never written
    }
  }
}
