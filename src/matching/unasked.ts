// A kind of question the entries a message would get are never asked: "when does registration open" of a pack that
// gives no dates.
import { type Asks, kindBits } from "./asks.ts";

/**
 * The kinds that ask for a particular piece of information an entry gives only when asked so: a time, a length.
 * Whether an entry gives one is read from whether any of its phrasings asks for it. Not where or who: an entry of
 * the career's places or people answers "are there openings near me" without its phrasings asking where; nor "why",
 * "which", what something is like or what someone does, which entries answer without being asked so.
 */
const PARTICULAR: Asks = kindBits("when", "how-long");

/** The particular kinds a message asks (`PARTICULAR`) that none of `asked` (its candidates' kinds) is asked. */
export function unaskedKinds(asks: Asks, asked: readonly Asks[]): Asks {
  const particular = asks & PARTICULAR;
  return asked.reduce((left, kinds) => left & ~kinds, particular);
}
