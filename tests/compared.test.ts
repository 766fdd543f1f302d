import { beforeAll, describe, expect, it } from "vitest";
import { comparisonIn } from "../src/matching/compared.ts";
import type { MatchIndex } from "../src/matching/engine.ts";
import { match } from "../src/matching/engine.ts";
import { realIndex } from "./helpers/reading.ts";

describe("the sides of a comparison", () => {
  it("splits at what the subject is set against", () => {
    expect(comparisonIn("are welders paid better than electricians")).toEqual({
      asked: "are welders paid better ",
      against: " electricians",
    });
    expect(comparisonIn("how is the food compared with last year")?.against).toBe(" last year");
  });

  it.each([
    "is there any route other than college",
    "i'd sooner than later start classes",
    "two things side by side: plumbers vs roofers",
    "what do they make compared to",
  ])("finds no subject measured in %j", (text) => {
    expect(comparisonIn(text)).toBeUndefined();
  });
});

describe("whose measure a comparison asks", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = await realIndex();
  });

  it.each([
    "are respiratory therapists paid better than lab techs",
    "how much more does a pharmacist earn than an MLT",
    "do dental hygienists make less money compared to lab technicians",
  ])("refuses %j: another career's pay is the subject", (text) => {
    const r = match(index, text);
    expect(r.kind).toBe("none");
  });

  it.each([
    "do lab techs make more than bank tellers",
    "would an MLT earn more than a respiratory therapist",
    "how's the money compared to pharmacy techs",
  ])("answers %j with the career's pay", (text) => {
    const r = match(index, text);
    expect(r.kind === "answer" ? r.entry.id : r.kind).toBe("salary");
  });
});
