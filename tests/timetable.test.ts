import { beforeAll, describe, expect, it } from "vitest";
import type { MatchIndex } from "../src/matching/engine.ts";
import { asksTheTimetable } from "../src/matching/timetable.ts";
import { answerOrKind, rulesIndex } from "./helpers/reading.ts";

describe("asksTheTimetable", () => {
  it.each([
    "which shifts would a new phlebotomist be given",
    "shift rotation?",
    "are there any graveyard shifts for new techs",
    "would I have to work evenings as an MLT",
    "do they make lab techs work on thanksgiving",
  ])("reads the timetable asked in %j", (text) => {
    expect(asksTheTimetable(text)).toBe(true);
  });

  it.each([
    "what happens during a typical shift in the lab",
    "what do techs do on a night shift",
    "what does a phlebotomist spend most of their shift doing",
    "what are the shifts like, is it stressful",
    "I work evenings at a diner, would lab work suit me?",
    "my brother works nights at the plant and says the lab is hiring. how do I start?",
    "I do twelve hour shifts at a warehouse right now",
    "how do the analyzers stay accurate over a 10hr shift",
    "do phlebotomists work evenings, and what do they do all day",
  ])("reads none in %j", (text) => {
    expect(asksTheTimetable(text)).toBe(false);
  });
});

describe("the timetable, in the matcher", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = await rulesIndex();
  });
  const resultOf = (text: string) => answerOrKind(index, text);

  it("is refused though the question names the career", () => {
    expect(resultOf("which shifts would a new phlebotomist be given")).toBe("none");
    expect(resultOf("would I have to work evenings as an MLT")).toBe("none");
  });

  it("leaves the day's work the pack answers", () => {
    expect(resultOf("what happens during a typical shift in the lab")).not.toBe("none");
    expect(resultOf("what does a phlebotomist spend most of their shift doing")).not.toBe("none");
  });
});
