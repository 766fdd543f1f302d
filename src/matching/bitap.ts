// Fuse.js's Bitap score of a short pattern found approximately inside a text, as `Fuse.match(pattern, text,
// { ignoreLocation: true, threshold })` computes it, on typed arrays reused from call to call: Fuse.match builds a
// searcher and allocates an array per error level on every call, which made the fuzzy re-scoring of a long
// message a third of its matching time. tests/bitap.test.ts holds it to Fuse.match's results.

/** Fuse.js searches at most 32 characters at a time (one bit per character); longer patterns go in chunks. */
const CHUNK = 32;

interface Chunk {
  length: number;
  /** For each UTF-16 code unit of the chunk, the bits of the positions it holds (the last character is bit 0). */
  masks: Map<number, number>;
}

interface BitapPattern {
  text: string;
  chunks: Chunk[];
}

export interface BitapResult {
  isMatch: boolean;
  /** 0 for the pattern itself, errors ÷ length for an approximate match (at least 0.001), 1 for none. */
  score: number;
}

function chunkOf(pattern: string): Chunk {
  const masks = new Map<number, number>();
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    masks.set(c, (masks.get(c) ?? 0) | (1 << (pattern.length - i - 1)));
  }
  return { length: pattern.length, masks };
}

/** The pattern as Fuse.js splits it: whole up to 32 characters, else 32-character chunks, the last one overlapping. */
function bitapPattern(pattern: string): BitapPattern {
  const text = pattern.toLowerCase();
  const chunks: Chunk[] = [];
  if (text.length > CHUNK) {
    const end = text.length - (text.length % CHUNK);
    for (let i = 0; i < end; i += CHUNK) chunks.push(chunkOf(text.slice(i, i + CHUNK)));
    if (text.length % CHUNK) chunks.push(chunkOf(text.slice(text.length - CHUNK)));
  } else if (text.length > 0) chunks.push(chunkOf(text));
  return { text, chunks };
}

// Rows of the Bitap table, reused: matching is synchronous.
let row = new Int32Array(128);
let previousRow = new Int32Array(128);
let charMasks = new Int32Array(128);

/**
 * Fewest errors (insertions, deletions, substitutions) with which the chunk occurs in the text, as Fuse's Bitap
 * finds them level by level, if that is at most `threshold` of its length; -1 otherwise.
 */
function fewestErrors(chunk: Chunk, text: string, threshold: number): number {
  const m = chunk.length;
  const finish = text.length + m;
  if (row.length < finish + 2) {
    row = new Int32Array(2 * (finish + 2));
    previousRow = new Int32Array(2 * (finish + 2));
    charMasks = new Int32Array(2 * (finish + 2));
  }
  for (let j = 0; j < finish; j++)
    charMasks[j] = j < text.length ? (chunk.masks.get(text.charCodeAt(j)) ?? 0) : 0;
  const found = 1 << (m - 1);
  for (let errors = 0; errors < m; errors++) {
    row[finish + 1] = (1 << errors) - 1;
    for (let j = finish; j >= 1; j--) {
      let bits = ((row[j + 1]! << 1) | 1) & charMasks[j - 1]!;
      if (errors) bits |= ((previousRow[j + 1]! | previousRow[j]!) << 1) | 1 | previousRow[j + 1]!;
      row[j] = bits;
      if (bits & found) return errors;
    }
    if ((errors + 1) / m > threshold) return -1;
    const done = row;
    row = previousRow;
    previousRow = done;
  }
  return -1;
}

/** `Fuse.match(pattern, text, { ignoreLocation: true, threshold })`'s isMatch and score. */
export function bitapMatch(patternText: string, text: string, threshold: number): BitapResult {
  const pattern = bitapPattern(patternText);
  const lower = text.toLowerCase();
  if (pattern.text === lower)
    return lower.length < 1 ? { isMatch: false, score: 1 } : { isMatch: true, score: 0 };
  let total = 0;
  let isMatch = false;
  for (const chunk of pattern.chunks) {
    const errors = fewestErrors(chunk, lower, threshold);
    if (errors >= 0) isMatch = true;
    total += errors >= 0 ? Math.max(0.001, errors / chunk.length) : 1;
  }
  return { isMatch, score: isMatch ? total / pattern.chunks.length : 1 };
}
