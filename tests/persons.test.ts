import { beforeAll, describe, expect, it } from "vitest";
import { buildIndex, type MatchIndex, match } from "../src/matching/engine.ts";
import { othersAsPersons } from "../src/matching/persons.ts";
import { words } from "../src/matching/text.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

const CAREERS = new Set(["nurse", "nurses", "hygienist", "doctor", "pharmacist", "paramedic"]);
const persons = (text: string) => othersAsPersons(words(text), (w) => CAREERS.has(w));

describe("another career as who a person of the writer's life is", () => {
  it.each([
    "my wife is a dental hygienist, she wants to know what the people who test blood do",
    "my aunt's a nurse and she says the people who run the tests never see daylight",
    "my doctor friend says the people who read the slides need extra training",
    "my older sister used to be a nurse, who runs the blood tests",
    "our neighbor works as a paramedic, what happens to the samples",
    // Second-language English may join them without an article.
    "my mother is nurse, she says the lab people test blood all night",
  ])("reads %j as telling who someone is", (text) => {
    expect(persons(text)).toBe(true);
  });

  it.each([
    // The person is what is asked about.
    "my sister is a nurse, does she have to run blood tests",
    "my dad is a pharmacist, how much does he make",
    // The career is named again, as what is asked about.
    "my sister is a nurse, how much do nurses make",
    // The writer's own career is what "I" asks of.
    "I'm a nurse, do I need continuing education",
    "how much do nurses make",
  ])("reads %j as asking about the career", (text) => {
    expect(persons(text)).toBe(false);
  });

  describe("in the matcher", () => {
    let index: MatchIndex;
    beforeAll(async () => {
      index = buildIndex(await realKnowledge());
    });

    it("answers the question a person of the writer's life passes on", () => {
      const r = match(
        index,
        "my wife is a dental hygienist, she wants to know what the people who test urine and blood do all day",
      );
      expect(r.kind).toBe("answer");
    });

    it("still refuses the other career's own question", () => {
      expect(match(index, "my sister is a nurse, how much do travel nurses make")).toMatchObject({
        kind: "none",
        reason: "out-of-scope",
      });
      expect(
        match(index, "my uncle is a dentist, how much does a dental hygienist make a year"),
      ).toMatchObject({
        kind: "none",
      });
    });
  });
});
