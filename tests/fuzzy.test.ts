// The fuzzy step's bound: a search skipped or cut short at a score already reached must not change the lowest score,
// and the bound is Fuse.js's own score, so a search is made only where it finds one below what is already reached.
import Fuse from "fuse.js";
import { describe, expect, it } from "vitest";
import { fuzzyBound, fuzzyScore, leastEdits } from "../src/matching/index.ts";

const OPTIONS = { ignoreLocation: true, threshold: 0.6, includeMatches: false } as const;

/** Fuse.js's own score, searched to the threshold: 1 when not found. */
function plain(pattern: string, text: string): number {
  const r = Fuse.match(pattern, text, OPTIONS);
  return r.isMatch ? (r.score ?? 1) : 1;
}

describe("fuzzyScore", () => {
  let seed = 7;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const stems = [
    "lab",
    "tech",
    "salari",
    "certif",
    "ascp",
    "phlebotomi",
    "job",
    "outlook",
    "school",
    "program",
  ];
  // Pack-like stems, and now and then an invented word with letters the others may lack.
  const invent = () =>
    Array.from(
      { length: 3 + Math.floor(random() * 6) },
      () => "abcdefghijklmnopqrstuvwxyz"[Math.floor(random() * 26)],
    ).join("");
  const word = () => (random() < 0.3 ? invent() : stems[Math.floor(random() * stems.length)]);
  const phrase = (n: number) => Array.from({ length: n }, word).join(" ");

  it("is Fuse.js's score without a bound, for patterns of one piece and of several", () => {
    for (let i = 0; i < 300; i++) {
      const pattern = phrase(1 + Math.floor(random() * 6));
      const text = phrase(2 + Math.floor(random() * 8)).slice(0, 64);
      expect(fuzzyScore(pattern, text)).toBe(plain(pattern, text));
    }
  });

  it("is exact below the bound and 1 only at or above it", () => {
    for (let i = 0; i < 300; i++) {
      const pattern = phrase(1 + Math.floor(random() * 4));
      const text = phrase(2 + Math.floor(random() * 8)).slice(0, 64);
      const within = Math.floor(random() * 8) / 10;
      const exact = plain(pattern, text);
      const bounded = fuzzyScore(pattern, text, within);
      if (exact < within) expect(bounded).toBe(exact);
      else expect(bounded === exact || bounded === 1).toBe(true);
    }
  });

  it("keeps the lowest of several scores what it is without bounds", () => {
    for (let i = 0; i < 300; i++) {
      const text = phrase(2 + Math.floor(random() * 8)).slice(0, 64);
      const patterns = Array.from({ length: 4 }, () => phrase(1 + Math.floor(random() * 5)));
      let lowest = 1;
      for (const p of patterns) lowest = Math.min(lowest, fuzzyScore(p, text, lowest));
      expect(lowest).toBe(Math.min(...patterns.map((p) => plain(p, text))));
    }
  });

  it("never exceeds the score, and is 0 only for the pattern itself", () => {
    // Texts holding the pattern with a few letters changed, dropped or added, and unrelated ones.
    const typo = (p: string) => {
      const chars = [...p];
      for (let k = Math.floor(random() * 4); k > 0; k--) {
        const at = Math.floor(random() * chars.length);
        const letter = "abcdefghijklmnopqrstuvwxyz "[Math.floor(random() * 27)]!;
        const edit = Math.floor(random() * 3);
        if (edit === 0) chars[at] = letter;
        else if (edit === 1) chars.splice(at, 1);
        else chars.splice(at, 0, letter);
      }
      return chars.join("");
    };
    for (let i = 0; i < 2000; i++) {
      const pattern = phrase(1 + Math.floor(random() * 12));
      const text =
        random() < 0.1
          ? pattern
          : random() < 0.5
            ? `${phrase(Math.floor(random() * 3))} ${typo(pattern)} ${phrase(Math.floor(random() * 3))}`.slice(
                0,
                64,
              )
            : phrase(2 + Math.floor(random() * 8)).slice(0, 64);
      const bound = fuzzyBound(pattern, text);
      expect(bound).toBeLessThanOrEqual(plain(pattern, text));
      expect(bound === 0).toBe(pattern === text);
    }
  });

  it("is Fuse.js's score itself, so only searches that find a lower score than the bound are made", () => {
    // Patterns and texts over few letters come close often; pack-like phrases of one piece and of several.
    const few = (n: number) =>
      Array.from({ length: n }, () => "abc "[Math.floor(random() * 4)])
        .join("")
        .trim() || "a";
    for (let i = 0; i < 3000; i++) {
      const [pattern, text] =
        i % 2 === 0
          ? [few(1 + Math.floor(random() * 32)), few(Math.floor(random() * 64))]
          : [phrase(1 + Math.floor(random() * 8)), phrase(2 + Math.floor(random() * 8)).slice(0, 64)];
      expect(fuzzyBound(pattern, text)).toBe(plain(pattern, text));
    }
  });

  it("counts the fewest edits from the pattern to a stretch of the text", () => {
    // The edit distance table with a free start and end in the text, cell by cell.
    const table = (p: string, t: string) => {
      let row = Array.from({ length: t.length + 1 }, () => 0);
      for (let i = 1; i <= p.length; i++) {
        const next = [i];
        for (let j = 1; j <= t.length; j++)
          next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (p[i - 1] === t[j - 1] ? 0 : 1));
        row = next;
      }
      return Math.min(...row);
    };
    for (let i = 0; i < 2000; i++) {
      const pattern = phrase(1 + Math.floor(random() * 4)).slice(0, 32);
      const text = random() < 0.3 ? `x${pattern.slice(1)}y` : phrase(1 + Math.floor(random() * 6));
      expect(leastEdits(pattern, text)).toBe(table(pattern, text));
    }
    expect(leastEdits("phlebotomi", "how to becom a flebotomist")).toBe(2);
    expect(leastEdits("lab", "")).toBe(3);
  });

  it("keeps the lowest score when the patterns are searched lowest bound first", () => {
    for (let i = 0; i < 300; i++) {
      const text = phrase(2 + Math.floor(random() * 8)).slice(0, 64);
      const patterns = Array.from({ length: 4 }, () => phrase(1 + Math.floor(random() * 5)));
      const bounded = patterns
        .map((p) => ({ p, least: fuzzyBound(p, text) }))
        .sort((a, b) => a.least - b.least);
      let lowest = 1;
      for (const { p, least } of bounded) {
        if (least >= lowest) break;
        lowest = Math.min(lowest, fuzzyScore(p, text, lowest));
      }
      expect(lowest).toBe(Math.min(...patterns.map((p) => plain(p, text))));
    }
  });
});
