import { beforeAll, describe, expect, it } from "vitest";
import type { MatchIndex } from "../src/matching/engine.ts";
import { setAsideForAnother } from "../src/matching/other-one.ts";
import { answerOrKind, realIndex } from "./helpers/reading.ts";

describe("setAsideForAnother", () => {
  it.each([
    ["apart from the ascp is there some other group", "ascp"],
    ["other than AMT who else certifies lab techs", "AMT"],
    ["is there a different board, not ASCP, where i can sit the exam", "ASCP"],
    ["you can take two exams after school and one is the ASCP. so what's the other one", "ASCP"],
  ])("reads the thing set aside in %j", (text, aside) => {
    expect(setAsideForAnother(text)).toBe(aside);
  });

  it.each([
    "besides the pay, is it a good job",
    "is it not hard to get the cert",
    "other than that, how long is the program",
  ])("reads none where nothing else is asked for in %j", (text) => {
    expect(setAsideForAnother(text)).toBeUndefined();
  });
});

describe("the other one of a pair, in the matcher", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = await realIndex();
  });
  const resultOf = (text: string) => answerOrKind(index, text);

  it("answers the entry asked like the one set aside", () => {
    expect(resultOf("apart from the ascp is there some other group that gives the cert")).toBe("amt");
    expect(resultOf("other than AMT who else certifies lab techs")).toBe("ascp");
    expect(resultOf("is there a different board, not ASCP, where i can sit the exam")).toBe("amt");
    expect(
      resultOf(
        "My friend is finishing her MLT program and says there are two certifying bodies, one is the AMT. What is the other one?",
      ),
    ).toBe("ascp");
  });

  it("answers the overview of a kind of several siblings, and leaves a plain question to the ranking", () => {
    // The model, trained on questions naming phlebotomy, leans to the named one; the set-aside word rules it out.
    expect(resultOf("besides phlebotomy what other specialties are there")).toBe("specializations-overview");
    expect(resultOf("apart from histotechs, what other kinds of lab work could I go into")).toBe(
      "specializations-overview",
    );
    expect(resultOf("what is the ascp certification")).toBe("ascp");
  });
});
