import { beforeAll, describe, expect, it } from "vitest";
import { buildIndex, type MatchIndex, match } from "../src/matching/engine.ts";
import { isWorkThing, othersAsParties } from "../src/matching/parties.ts";
import { words } from "../src/matching/text.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

const CAREERS = new Set(["doctor", "doctors", "nurse", "nurses", "physician", "pharmacist"]);
const parties = (text: string) => othersAsParties(words(text), (w) => CAREERS.has(w), isWorkThing);

describe("another career as a party to the work", () => {
  it.each([
    "my physician ordered a panel, who runs it",
    "the nurse sends the vials down and then what",
    "how does the doctor receive the report",
    "when the swab is done does the doctor get it",
    "the nurse draws the blood, then where does it go",
    "who hands the findings to the doctor",
    "the tube the nurse sent, where does it go",
    "once the nurse fills the tubes, what happens to them",
    "how does the physician actually get the report",
    "once the tubes are run, how does the doctor find out the results",
    "after the panel is done, how does the nurse learn what came back",
    "if the culture grows something, how does it go to the doctor",
    "do they phone the doctor with the numbers",
    "when the swab has been run, how does the doctor hear about it, by phone?",
    "the sample gets tested and then how does the nurse find out",
    "when a nurse fires a tube of blood down the pneumatic pipe, what happens to it",
    "after the nurse pops the blood tubes in the chute, what happens to them",
    "when the doctor ships a blood sample off, what is done to it",
  ])("reads %j as the career taking part in the work", (text) => {
    expect(parties(text)).toBe(true);
  });

  it.each([
    "how much do nurses make",
    "is a doctor's schedule rough",
    "how do doctors read blood test results",
    "why does the physician order so many tests",
    "do pharmacists get paid well",
    "can nurses draw blood",
    "can a nurse fill prescriptions",
    "does the hospital fire nurses who make mistakes",
    "why do so many nurses drop out of nursing school",
    // Every career named has to be a party: the second one is what is asked about.
    "the doctor orders the tests but how much do nurses earn",
    // Getting a skill, or word of something that is no thing of the work.
    "how do nurses learn to draw blood",
    "how does a nurse find out her salary",
    "how does the doctor find out what is wrong with me",
  ])("reads %j as asking about the career itself", (text) => {
    expect(parties(text)).toBe(false);
  });

  describe("in the matcher", () => {
    let index: MatchIndex;
    beforeAll(async () => {
      index = buildIndex(await realKnowledge());
    });

    it("answers a question about the work that names who asks for it or gets it", () => {
      expect(match(index, "my physician ordered a urine test, what do the techs look for in it").kind).toBe(
        "answer",
      );
      expect(match(index, "when the results are ready how does the nurse get them").kind).toBe("answer");
    });

    it("still refuses a question about the other career", () => {
      for (const text of ["how much do nurses make", "how do doctors read blood test results"]) {
        const result = match(index, text);
        expect(result.kind).toBe("none");
        if (result.kind === "none") expect(result.reason).toBe("out-of-scope");
      }
    });
  });
});
