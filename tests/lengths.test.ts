import { beforeAll, describe, expect, it } from "vitest";
import { type MatchIndex, match } from "../src/matching/engine.ts";
import { statesALength } from "../src/matching/lengths.ts";
import { readingOf, realIndex } from "./helpers/reading.ts";

describe("how long a route takes", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = await realIndex();
  });
  const resultOf = (text: string) => readingOf(index, text);

  it("is spoken of by the entries whose answer or phrasings give a length", () => {
    const speaking = index.entries.filter(statesALength).map((e) => e.entry.id);
    expect(speaking).toEqual(expect.arrayContaining(["associate-degree", "certificate-program"]));
    expect(speaking).not.toContain("salary");
    expect(speaking).not.toContain("how-to-become");
  });

  it("is answered by the route asked about, when its entry speaks of a length", () => {
    expect(resultOf("how long is an associates for mlt?")).toBe("associate-degree");
    expect(resultOf("associate degree, how many years?")).toBe("associate-degree");
    expect(resultOf("certificate program: how long does it run?")).toBe("certificate-program");
    // Asked under the writer's own condition, it is still the route's length; of another thing, still refused.
    expect(resultOf("how long does the associate degree take if I go part time?")).toBe("associate-degree");
    expect(resultOf("how long does the visa take if I apply now")).toBe("none:uncovered");
    // The units it is asked in say how it asks; the words asking it are no words the pack does not know.
    expect(resultOf("how long does the certificate last, weeks or months")).toBe("certificate-program");
  });

  it("is answered beside a second question, and an uncovered reason after a question is not what it asks", () => {
    const r = match(index, "how long is the associate degree, and what do techs earn after it?");
    expect(r.kind === "answer" ? [r.entry.id, r.also?.id] : r.kind).toEqual(["associate-degree", "salary"]);
    expect(resultOf("any way to work in a lab without a degree, because tuition is too much")).toBe(
      "no-degree",
    );
    expect(resultOf("any way to work in a lab without a degree, because I want tuition help")).toBe(
      "no-degree",
    );
    expect(resultOf("do lab techs get tuition help, because I want to study")).toBe("none:uncovered");
  });

  it("marks an answer whose message also asks what the guide does not cover", () => {
    const part = (text: string) => {
      const r = match(index, text);
      return r.kind === "answer" ? [r.entry.id, r.partlyUncovered ?? false] : r.kind;
    };
    expect(part("what do lab techs earn, and do they get a pension?")).toEqual(["salary", true]);
    expect(part("what do lab techs earn, and do I need a degree?")).toEqual(["salary", false]);
    expect(part("what do lab techs earn?")).toEqual(["salary", false]);
    // A second question naming its own subject is asked of it, not of the uncovered one before it.
    expect(part("how long does it take to become a lab tech and how much would I make?")).toEqual([
      "salary",
      true,
    ]);
    expect(part("can I get a student visa and how do I apply")).toBe("none");
  });

  it("answers a question the guide covers told before a length it does not give, after a comma", () => {
    const part = (text: string) => {
      const r = match(index, text);
      return r.kind === "answer" ? [r.entry.id, r.partlyUncovered ?? false] : r.kind;
    };
    expect(part("what does a cytotechnologist do all day, how long to train for it")).toEqual([
      "cytotechnologist",
      true,
    ]);
    // No question before the comma: the length is what is asked.
    expect(part("the certificate at my local college, how many months")).toBe("none");
  });

  it("is still not covered of an entry that gives none, or of another thing the guide leaves out", () => {
    expect(resultOf("how long does it take to become a lab tech")).toBe("none:uncovered");
    expect(resultOf("how long does the work visa take for a lab tech")).toBe("none:uncovered");
    expect(resultOf("how long is the waiting list for the lab tech program")).toBe("none:uncovered");
    expect(resultOf("how long does it take to renew my MLT license")).toBe("none:uncovered");
    expect(resultOf("how long is nursing school")).toMatch(/^none:/);
  });
});
