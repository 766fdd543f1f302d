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
 * with it. `read` must depend on the index and the text alone.
 */
export function keptForIndex<T>(
  read: (index: MatchIndex, text: string) => T,
): (index: MatchIndex, text: string) => T {
  const kept = new WeakMap<MatchIndex, Map<string, T>>();
  return (index, text) => {
    let byText = kept.get(index);
    if (byText === undefined) {
      byText = new Map();
      kept.set(index, byText);
    }
    let value = byText.get(text);
    if (value === undefined) {
      value = read(index, text);
      byText.set(text, value);
    }
    return value;
  };
}
