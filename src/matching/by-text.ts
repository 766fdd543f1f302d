// What is worked out from a text alone, kept while one message is matched: a message is read whole, then by its
// sentences, clauses and story, and several steps read the same text (its words, its clauses, what it asks).

/** At most this many texts per reading: a message reads a few dozen; the index build reads thousands, once each. */
const KEPT_TEXTS = 512;

const everyKept: Map<string, unknown>[] = [];

/** `read`, kept by its text. `read` must depend on the text alone, and its result must not be changed by callers. */
export function keptByText<T>(read: (text: string) => T): (text: string) => T {
  const kept = new Map<string, T>();
  everyKept.push(kept);
  return (text) => {
    let value = kept.get(text);
    if (value === undefined) {
      value = read(text);
      if (kept.size >= KEPT_TEXTS) kept.clear();
      kept.set(text, value);
    }
    return value;
  };
}

/**
 * Forgets the texts read so far: each message starts afresh, so what it costs does not depend on the messages before
 * it, and nothing of one person's message outlives its matching.
 */
export function forgetTexts(): void {
  for (const kept of everyKept) kept.clear();
}
