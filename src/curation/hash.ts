// Chat and user ids are stored only as keyed hashes (HMAC-SHA256): without the key, which never sits in the
// database, a hash cannot be recomputed from an id, so records can be grouped by person but not traced to one.
import { createHmac } from "node:crypto";

export function hashId(key: string, id: number): string {
  return createHmac("sha256", key).update(String(id)).digest("hex").slice(0, 32);
}

/**
 * hashId with a bounded memo of the latest ids: one question needs its chat's hash several times (storage reads
 * and writes, the question record), and an HMAC costs far more than a map lookup. The oldest id goes first.
 */
export function keyedHasher(key: string, capacity = 1_000): ((id: number) => string) & { size(): number } {
  const memo = new Map<number, string>();
  const hash = (id: number): string => {
    let hex = memo.get(id);
    if (hex === undefined) {
      hex = hashId(key, id);
      if (memo.size >= capacity) memo.delete(memo.keys().next().value as number);
      memo.set(id, hex);
    }
    return hex;
  };
  return Object.assign(hash, { size: () => memo.size });
}
