import { beforeAll, describe, expect, it } from "vitest";
import type { MatchIndex } from "../src/matching/engine.ts";
import { asksWhatsNext, heldIn, onwardFromHeld } from "../src/matching/held.ts";
import { answerOrKind, realIndex, rulesIndex } from "./helpers/reading.ts";

describe("what a story says the writer already holds or has done", () => {
  it.each([
    [
      "I got my associate's in general science back in 2019.",
      ["I got my associate's in general science back in 2019"],
    ],
    [
      "i did two semesters of chem at the local cc before money ran out",
      ["i did two semesters of chem at the local cc"],
    ],
    ["I'm a phlebotomist at a plasma center, nights.", ["I'm a phlebotomist at a plasma center"]],
    ["Been certified by the AMT since 2016.", ["Been certified by the AMT since 2016"]],
    ["I have a nursing associate degree but I hate bedside care.", ["I have a nursing associate degree"]],
  ])("finds it in %j", (sentence, held) => {
    expect(heldIn(sentence)).toEqual(held);
  });

  it.each([
    "I never finished my degree.",
    "I don't have a certificate yet.",
    "My sister got her associate's last year.",
    "im 24 and broke",
  ])("finds nothing in %j", (sentence) => {
    expect(heldIn(sentence)).toEqual([]);
  });

  it("tells a question asking what comes next", () => {
    expect(asksWhatsNext("so what's my next move?")).toBe(true);
    expect(asksWhatsNext("where do I go from here")).toBe(true);
    expect(asksWhatsNext("what comes after that?")).toBe(true);
    expect(asksWhatsNext("what do lab techs earn?")).toBe(false);
  });
});

describe("a question asking what comes next after what the writer holds", () => {
  let rules: MatchIndex;
  let real: MatchIndex;
  beforeAll(async () => {
    [rules, real] = await Promise.all([rulesIndex(), realIndex()]);
  });

  it("asks the way onward: in from outside the career, up from inside it, never the thing held", () => {
    expect(onwardFromHeld(rules, "I finished a chemistry associate's years ago. So what's next?")).toBe("in");
    expect(onwardFromHeld(rules, "I passed the ASCP exam last spring. Where do I go next?")).toBe("up");
    expect(onwardFromHeld(rules, "My cousin got an associate's. What's next for her?")).toBeUndefined();
    expect(
      onwardFromHeld(rules, "I have an associate's. What's the next certification to get?"),
    ).toBeUndefined();
    expect(
      answerOrKind(
        rules,
        "i did two semesters of chem at the local cc before money ran out. now im 25 and want to get back into science. whats my next move",
      ),
    ).toBe("how-to-become");
    expect(
      answerOrKind(
        rules,
        "I passed my ASCP exam in the spring and have worked the bench at a reference lab since. Where do I go next?",
      ),
    ).toBe("become-technologist");
  });

  it("is not taken back by the learned model reading the thing held as asked", () => {
    expect(
      answerOrKind(
        real,
        "I have a nursing associate degree but bedside care wore me out. The lab always looked more my speed. So what do I do next?",
      ),
    ).not.toBe("associate-degree");
  });
});
