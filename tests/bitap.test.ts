// The fuzzy similarity's Bitap must score exactly as Fuse.match does: on every phrasing of the pack against every
// eval message as the ranking compares them, and on random strings (long patterns, capitals, emoji, no match).
import Fuse from "fuse.js";
import { describe, expect, it } from "vitest";
import { bitapMatch } from "../src/matching/bitap.ts";
import { buildIndex } from "../src/matching/engine.ts";
import { EVAL_FILES, loadCases, tuningFiles } from "./eval/evaluate.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

const fuse = (pattern: string, text: string, threshold: number) => {
  const { isMatch, score } = Fuse.match(pattern, text, {
    ignoreLocation: true,
    threshold,
    includeMatches: false,
  });
  return { isMatch, score };
};

describe("bitapMatch", () => {
  it("scores every phrasing against every eval message as Fuse.match does", async () => {
    const index = buildIndex(await realKnowledge());
    const patterns = [...new Set(index.entries.flatMap((e) => e.phrasings.map((p) => p.text)))];
    const cases = (await Promise.all([...(await tuningFiles()), EVAL_FILES.holdout].map(loadCases))).flat();
    // The ranking's text: the message's terms, at most 64 characters.
    const texts = cases.map((c) => index.normalizer.normalize(c.text).terms.join(" ").slice(0, 64));
    let differ = 0;
    let matched = 0;
    for (const text of texts.filter((_, i) => i % 8 === 0))
      for (const pattern of patterns) {
        const expected = fuse(pattern, text, 0.6);
        if (expected.isMatch) matched++;
        if (JSON.stringify(bitapMatch(pattern, text, 0.6)) !== JSON.stringify(expected)) differ++;
      }
    expect(differ).toBe(0);
    expect(matched).toBeGreaterThan(500);
  });

  it("scores random strings as Fuse.match does, at any threshold", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const alphabets = ["abcde fghij ", "abAB é\u{1F600}x"];
    const text = (length: number, alphabet: string) =>
      Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
    const differences: unknown[] = [];
    for (let i = 0; i < 10_000; i++) {
      const alphabet = alphabets[i % 2]!;
      const pattern = text(1 + Math.floor(random() * 45), alphabet);
      const haystack = random() < 0.1 ? pattern : text(Math.floor(random() * 70), alphabet);
      for (const threshold of [0.6, 0.3, 0]) {
        const expected = fuse(pattern, haystack, threshold);
        const got = bitapMatch(pattern, haystack, threshold);
        if (got.isMatch !== expected.isMatch || got.score !== expected.score)
          differences.push({ pattern, haystack, threshold, expected, got });
      }
    }
    expect(differences.slice(0, 5)).toEqual([]);
  });
});
