// What is worked out from a text, kept for the last few hundred texts: a message is read whole, then by its
// sentences, clauses and story, and several steps read the same text (its words, its clauses, what it asks).

/** How many texts each kept reading holds before it starts afresh. */
const KEPT_TEXTS = 512;

/** `read`, kept by its text. `read` must depend on the text alone, and its result must not be changed by callers. */
export function keptByText<T>(read: (text: string) => T): (text: string) => T {
  const kept = new Map<string, T>();
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
