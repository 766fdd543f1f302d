import { beforeAll, describe, expect, it } from "vitest";
import type { MatchIndex } from "../src/matching/engine.ts";
import { moneyMatter } from "../src/matching/errands.ts";
import { words } from "../src/matching/text.ts";
import { answerOrKind, realIndex } from "./helpers/reading.ts";

describe("the writer's own money matter, in the matcher", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = await realIndex();
  });
  const resultOf = (text: string) => answerOrKind(index, text);

  it("is refused when nothing of the career is named or pointed at", () => {
    expect(resultOf("is a student loan or a personal loan better for paying for college")).toBe("none");
    expect(resultOf("should i consolidate my loans before i go back to college")).toBe("none");
  });

  it("leaves the pay, and money matters said of the career, to the rest of the matcher", () => {
    expect(resultOf("how much does a lab tech get paid")).toBe("salary");
    expect(resultOf("could I pay off my student loans doing this")).not.toBe("none");
  });
});

describe("moneyMatter", () => {
  const none = () => false;

  it("finds what one borrows, owes or is awarded", () => {
    expect(moneyMatter("any scholarships for adults", words("any scholarships for adults"), none)).toBe(
      "scholarships",
    );
    expect(moneyMatter("how do I pay off debt", words("how do i pay off debt"), none)).toBe("debt");
  });

  it("skips everyday money words, names and what the pack knows", () => {
    expect(moneyMatter("what does it pay", words("what does it pay"), none)).toBeUndefined();
    expect(moneyMatter("study here in Anchorage", words("study here in anchorage"), none)).toBeUndefined();
    expect(moneyMatter("any loans", words("any loans"), (w) => w === "loans")).toBeUndefined();
  });
});
