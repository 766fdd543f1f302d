import { beforeAll, describe, expect, it } from "vitest";
import { type MatchIndex, match } from "../src/matching/engine.ts";
import { words } from "../src/matching/text.ts";
import { realIndex, rulesIndex } from "./helpers/reading.ts";

let index: MatchIndex;
// The rules alone, without the model learned from the examples (which hold wordings in these voices).
let rules: MatchIndex;
beforeAll(async () => {
  index = await realIndex();
  rules = await rulesIndex();
});

const outcome = (text: string, by = rules) => {
  const r = match(by, text);
  return r.kind === "answer"
    ? r.entry.id
    : r.kind === "smalltalk"
      ? `smalltalk:${r.intent.id}`
      : r.kind === "none"
        ? `none:${r.reason}`
        : r.kind;
};
const said = (text: string) => words(text).join(" ");

describe("slang for the pack's ideas", () => {
  it("reads 'diff' as a difference after an article or before 'between', else as different", () => {
    expect(said("whats the diff")).toContain("difference");
    expect(said("diff between mlt and mls")).toContain("difference");
    expect(said("are there diff areas to go into")).toContain("different");
  });

  it("reads a word of something bad before results as wrong results, and 'broke' elsewhere as it is", () => {
    expect(said("the machine gives busted numbers")).toBe("the machine gives wrong numbers");
    expect(said("will i be broke doing this")).toContain("broke");
    expect(outcome("what if the machine gives busted results")).toBe("quality-control");
  });

  it("drops 'super' as an intensifier: it is not a thing the guide would have to cover", () => {
    expect(outcome("is the ascp exam super hard")).toBe("ascp");
  });
});

describe("a slip in an everyday word beside a pack word two slips away", () => {
  it("reads the everyday word one slip away, not the pack word two away", () => {
    const q = index.normalizer.normalize("who does the labling on the tubes");
    expect(q.corrected).toContainEqual(["labling", "labeling"]);
  });

  it("still reads a pack word one slip away first", () => {
    const q = index.normalizer.normalize("is certifcation needed");
    expect(q.corrected).toContainEqual(["certifcation", "certification"]);
  });
});
