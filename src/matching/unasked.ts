// A kind of question the entries a message would get are never asked: "when does registration open" of a pack that
// gives no dates, "where are the testing centers" of entries that name no place.
import { type Asks, kindBits } from "./asks.ts";

/**
 * The kinds that ask for a particular piece of information: a time, a place, a person, an amount, a length. Whether
 * an entry gives one is read from whether any of its phrasings asks for it. Not "why", "which", what something is
 * like or what someone does: an entry answers those without being asked so.
 */
const PARTICULAR: Asks = kindBits("when", "where", "who", "how-much", "how-long");

/** The particular kinds a message asks (`PARTICULAR`) that none of `asked` (its candidates' kinds) is asked. */
export function unaskedKinds(asks: Asks, asked: readonly Asks[]): Asks {
  const particular = asks & PARTICULAR;
  return asked.reduce((left, kinds) => left & ~kinds, particular);
}
