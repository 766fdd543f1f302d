// Phrase cues: multi-word expressions an entry declares ("by how much", "worth it", "cut out for") that point to it
// more than their words do one by one. A cue is found in any order within a short window, reading each stretch of
// the text both as written and as its synonym ("cert worth it" fires "certification worth it"), and takes the
// place of the words it covers, so "by how much" is no longer "how much", the pay.

/** A stretch of text read as one thing: a word, or a synonym phrase. */
export interface Unit {
  /** Positions in the word list: [start, end). */
  start: number;
  end: number;
  /** Its matching terms (empty for a stopword). */
  terms: string[];
  /** What it may be read as when finding cues: the words as written, their stems, its synonym's terms. */
  readings: readonly string[];
}

export interface PhraseCue {
  /** The term a cue becomes: its words joined by spaces (no single word contains one). */
  term: string;
  /** What each of its stretches may be read as. */
  parts: ReadonlySet<string>[];
}

/** Words between a cue's parts that it tolerates: "is certification really worth it". */
const CUE_GAP = 3;

export interface CueTable {
  cues: PhraseCue[];
  /** Every reading of every cue part, to skip cues a text cannot contain without scanning it. */
  readings: ReadonlySet<string>;
}

/** Longest cue first: "certification worth it" before "worth it". */
export function cueTable(cues: PhraseCue[]): CueTable {
  const sorted = [...cues].sort((a, b) => b.parts.length - a.parts.length);
  return { cues: sorted, readings: new Set(sorted.flatMap((c) => c.parts.flatMap((p) => [...p]))) };
}

/** The units' terms in order (a loop: `flatMap` builds an array per unit). */
function termsOf(units: readonly Unit[]): string[] {
  const terms: string[] = [];
  for (const u of units) for (const t of u.terms) terms.push(t);
  return terms;
}

/** Whether a cue part may be read as one of the readings a text holds. */
function holdsAny(part: ReadonlySet<string>, present: ReadonlySet<string>): boolean {
  for (const r of part) if (present.has(r)) return true;
  return false;
}

const fits = (part: ReadonlySet<string>, unit: Unit) => unit.readings.some((r) => part.has(r));

/**
 * The text's terms with cues in place of the stretches they cover: a cue's term stands where its first stretch
 * stood, and a stretch belongs to one cue at most (longest cue first).
 */
export function withCues(units: readonly Unit[], table: CueTable): string[] {
  // Every message is read through here, several times when it tells a story: plain loops, no arrays built per unit.
  const present = new Set<string>();
  for (const u of units) for (const r of u.readings) if (table.readings.has(r)) present.add(r);
  // Only cues whose every part the text contains somewhere are looked for in windows.
  const possible =
    present.size === 0 ? [] : table.cues.filter((c) => c.parts.every((p) => holdsAny(p, present)));
  if (possible.length === 0) return termsOf(units);
  const taken = new Array<boolean>(units.length).fill(false);
  const cueAt = new Map<number, string[]>();
  for (const cue of possible) {
    // The window is counted in stretches: a cue of n parts may spread over n + CUE_GAP of them.
    const width = cue.parts.length + CUE_GAP;
    for (let start = 0; start < units.length; start++) {
      if (taken[start] || !cue.parts.some((p) => fits(p, units[start]!))) continue;
      const chosen = place(cue, units, taken, start, Math.min(units.length, start + width));
      if (chosen === undefined) continue;
      for (const i of chosen) taken[i] = true;
      const first = Math.min(...chosen);
      cueAt.set(first, [...(cueAt.get(first) ?? []), cue.term]);
      break;
    }
  }
  return units.flatMap((u, i) => cueAt.get(i) ?? (taken[i] ? [] : u.terms));
}

/** Free stretches in [start, end), one per part of the cue, the first at `start`; undefined when one is missing. */
function place(
  cue: PhraseCue,
  units: readonly Unit[],
  taken: readonly boolean[],
  start: number,
  end: number,
): number[] | undefined {
  const chosen: number[] = [];
  for (const part of cue.parts) {
    let found = -1;
    for (let i = start; i < end && found < 0; i++)
      if (!taken[i] && !chosen.includes(i) && fits(part, units[i]!)) found = i;
    if (found < 0) return undefined;
    chosen.push(found);
  }
  return chosen.includes(start) ? chosen : undefined;
}
