// Which tip a subscriber gets next: their own shuffled order, no repeats until every tip has been seen.
import type { Tip } from "../knowledge/schema.ts";

/** A fixed shuffle per chat (seeded by its id), so subscribers do not all read the same tip on the same day. */
export function tipOrder(tips: readonly Tip[], chatId: number): Tip[] {
  let state = (Math.abs(chatId) % 2_147_483_647) + 1;
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
  chatId: number,
): { tip: Tip; newCycle: boolean } {
  const order = tipOrder(tips, chatId);
  const unseen = order.find((t) => !seen.has(t.id));
  if (unseen) return { tip: unseen, newCycle: false };
  if (order.length === 0) throw new Error("tips: the knowledge pack has no tips");
  return { tip: order[0]!, newCycle: true };
}
