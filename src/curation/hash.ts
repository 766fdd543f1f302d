// Chat and user ids are stored only as salted hashes: records can be grouped by person, never traced to one.
import { createHash } from "node:crypto";

export function hashId(salt: string, id: number): string {
  return createHash("sha256").update(`${salt}:${id}`).digest("hex").slice(0, 16);
}
