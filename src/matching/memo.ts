// One message's view of the index: a text the message normalises again (the whole message, then its questions,
// lead-ins and story) and a phrasing compared again with the same query text are worked out once per message; what
// is read from a text alone (`keptByText`) is forgotten as a message starts.
import { forgetTexts } from "./by-text.ts";
import type { MatchIndex } from "./index.ts";
import type { NormalizedText } from "./normalize.ts";
import { MAX_INPUT_CHARS } from "./text.ts";

/** ASCII without entities: cleaning and Unicode's compatibility form never make it longer. */
const PLAIN = /^[^&\u0080-\uffff]*$/;

/** The index as one message sees it: the same data, with that message's normalisations and fuzzy scores kept. */
export function forOneMessage(index: MatchIndex): MatchIndex {
  forgetTexts();
  const { normalizer, fuzzy } = index;
  const normalized = new Map<string, NormalizedText>();
  const termsOnly = new Map<string, string[]>();
  // Spaces around a text say nothing (a piece of the message keeps the space after its comma), unless they move where
  // a long text is cut: not in a short one whose characters no entity or Unicode form lengthens.
  const keyOf = (text: string) => (text.length <= MAX_INPUT_CHARS && PLAIN.test(text) ? text.trim() : text);
  const scores = new Map<string, Map<string, { score: number; within: number }>>();
  return {
    ...index,
    normalizer: {
      ...normalizer,
      normalize(text) {
        const key = keyOf(text);
        let n = normalized.get(key);
        if (n === undefined) {
          n = normalizer.normalize(text);
          normalized.set(key, n);
        }
        return n;
      },
      queryTerms(text) {
        const key = keyOf(text);
        let terms = normalized.get(key)?.terms ?? termsOnly.get(key);
        if (terms === undefined) {
          terms = normalizer.queryTerms(text);
          termsOnly.set(key, terms);
        }
        return terms;
      },
    },
    fuzzy(pattern, text, within = 1) {
      let byPattern = scores.get(text);
      if (byPattern === undefined) {
        byPattern = new Map();
        scores.set(text, byPattern);
      }
      // A score is exact, or known only to be above the bound it was searched within.
      const known = byPattern.get(pattern);
      if (known !== undefined && (known.score < 1 || known.within >= within)) return known.score;
      const score = fuzzy(pattern, text, within);
      byPattern.set(pattern, { score, within });
      return score;
    },
  };
}

/**
 * `read`, kept by text for each view of the index: for a message's view (`forOneMessage`), once per message, and gone
 * with it. `read` must depend on the index and the text alone. At most `most` texts per view (all forgotten when full),
 * for a reading a tool may also ask of the pack's own index, text after text.
 */
export function keptForIndex<T>(
  read: (index: MatchIndex, text: string) => T,
  most = Number.POSITIVE_INFINITY,
): (index: MatchIndex, text: string) => T {
  const kept = keptPerIndex<T>(most);
  return (index, text) => kept(index, text, () => read(index, text));
}

/**
 * A store of values by key for each view of the index, at most `most` per view (all forgotten when full): what
 * `make` gives for a key, made once. The key must say everything `make` reads besides the index.
 */
export function keptPerIndex<T>(most: number): (index: MatchIndex, key: string, make: () => T) => T {
  const kept = new WeakMap<MatchIndex, Map<string, T>>();
  return (index, key, make) => {
    let byKey = kept.get(index);
    if (byKey === undefined) {
      byKey = new Map();
      kept.set(index, byKey);
    }
    let value = byKey.get(key);
    if (value === undefined) {
      value = make();
      if (byKey.size >= most) byKey.clear();
      byKey.set(key, value);
    }
    return value;
  };
}
