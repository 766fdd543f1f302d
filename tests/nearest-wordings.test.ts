import { describe, expect, it } from "vitest";
import { nearestVotes, type Wordings } from "../src/matching/nearest-wordings.ts";

// Three classes; features by row: 0 "t:pay", 1 "t:night", 2 "t:shift", 3 "t:tube", 4 "w:the" (in every wording).
const FEATURES = ["t:pay", "t:night", "t:shift", "t:tube", "w:the"];
/** Wordings of class 0 about pay on nights, class 1 about tubes, class 2 about shifts. */
const WORDINGS: Wordings = {
  classes: Uint16Array.from([0, 0, 1, 2]),
  starts: Uint32Array.from([0, 3, 5, 7, 9]),
  rows: Uint32Array.from([0, 1, 4, 0, 4, 3, 4, 2, 4]),
};
const options = { learnedNeighbours: 2, learnedNeighbourPower: 1, learnedNeighbourDoubt: 0.1 };

describe("the nearest taught wordings' votes", () => {
  it("go to the classes of the wordings a message shares its rarer features with", () => {
    const votes = nearestVotes(WORDINGS, FEATURES, 3, [0, 1], 0, options);
    expect(votes[0]).toBeGreaterThan(0.9);
    expect(votes.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });

  it("weigh a feature every wording holds for little: a message sharing only it is left nearly even", () => {
    const votes = nearestVotes(WORDINGS, FEATURES, 3, [4], 3, options);
    expect(Math.max(...votes) - Math.min(...votes)).toBeLessThan(0.6);
    const none = nearestVotes(WORDINGS, FEATURES, 3, [], 2, options);
    expect([...none]).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it("count only the nearest ones: the tube wording outvotes the pay wordings for a message of tubes", () => {
    const votes = nearestVotes(WORDINGS, FEATURES, 3, [3, 4], 0, { ...options, learnedNeighbours: 1 });
    expect(votes[1]).toBeGreaterThan(0.9);
  });
});
