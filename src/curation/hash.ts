// Chat and user ids are stored only as keyed hashes (HMAC-SHA256): without the key, which never sits in the
// database, a hash cannot be recomputed from an id, so records can be grouped by person but not traced to one.
import { createHmac } from "node:crypto";

export function hashId(key: string, id: number): string {
  return createHmac("sha256", key).update(String(id)).digest("hex").slice(0, 32);
}
