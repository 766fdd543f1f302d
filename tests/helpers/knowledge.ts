// Shared test fixtures: the real knowledge pack, loaded once per test worker, and a writable copy of it.
import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type LoadedKnowledge, loadKnowledge } from "../../src/knowledge/load.ts";

export const KNOWLEDGE_DIR = join(import.meta.dirname, "..", "..", "knowledge");

let cached: Promise<LoadedKnowledge> | undefined;
export function realKnowledge(): Promise<LoadedKnowledge> {
  cached ??= loadKnowledge(KNOWLEDGE_DIR);
  return cached;
}

/** A fresh copy of the real pack in a temporary directory, for tests that break or change it. */
export async function copyOfKnowledge(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "kb-"));
  await cp(KNOWLEDGE_DIR, dir, { recursive: true });
  return dir;
}
