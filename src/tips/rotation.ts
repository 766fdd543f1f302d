// Which tip a subscriber gets next: their own shuffled order, no repeats until every tip has been seen.
import type { Tip } from "../knowledge/schema.ts";

/** FNV-1a: a seed string as 32 bits. */
function seedNumber(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * A fixed shuffle per chat, so subscribers do not all read the same tip on the same day. Seeded by the chat's keyed
 * hash, not its id: an order anyone could compute from a chat id would tie a hashed tip history back to its chat.
 */
export function tipOrder(tips: readonly Tip[], seed: string): Tip[] {
  let state = (seedNumber(seed) % 2_147_483_646) + 1;
  const random = () => {
    state = (state * 48_271) % 2_147_483_647;
    return state / 2_147_483_647;
  };
  const order = [...tips];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** The next unseen tip; when all have been seen, the first of a new cycle (and `newCycle` says to forget the old one). */
export function nextTip(
  tips: readonly Tip[],
  seen: ReadonlySet<string>,
  seed: string,
): { tip: Tip; newCycle: boolean } {
  const order = tipOrder(tips, seed);
  const unseen = order.find((t) => !seen.has(t.id));
  if (unseen) return { tip: unseen, newCycle: false };
  if (order.length === 0) throw new Error("tips: the knowledge pack has no tips");
  return { tip: order[0]!, newCycle: true };
}
