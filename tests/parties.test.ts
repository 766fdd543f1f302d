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
    // Every career named has to be a party: the second one is what is asked about.
    "the doctor orders the tests but how much do nurses earn",
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
