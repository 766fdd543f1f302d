// Vitest global setup: every temporary file of a run (databases, pack copies, clusters) goes in one directory,
// removed when the run ends, so repeated runs do not fill the machine's temporary directory.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "career-faq-bot-tests-"));
  // The throwaway PostgreSQL cluster runs as the postgres user, who must be able to enter it.
  chmodSync(root, 0o755);
  // Test workers and the bots they start inherit it; os.tmpdir() reads TMPDIR.
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
