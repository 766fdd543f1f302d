// The preselection's cut on a large pack: the k-th smallest weight, as sorting would find it.
import { describe, expect, it } from "vitest";
import { kthSmallest } from "../src/matching/select.ts";

describe("kthSmallest", () => {
  it("picks what sorting would, with many equal values, at every k", () => {
    let seed = 3;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 300; round++) {
      const n = 1 + Math.floor(random() * 80);
      const distinct = 1 + Math.floor(random() * 10);
      const values = Array.from(
        { length: n },
        () => Math.floor(random() * distinct) * 0.1 + random() * (round % 2),
      );
      const sorted = [...values].sort((a, b) => a - b);
      for (let k = 0; k < n; k++) expect(kthSmallest(Float64Array.from(values), k)).toBe(sorted[k]);
    }
  });
});
