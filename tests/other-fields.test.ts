import { beforeAll, describe, expect, it } from "vitest";
import { buildIndex, type MatchIndex, match } from "../src/matching/engine.ts";
import { HEALTH_JOBS, namesItsGeneric, pointsToAnotherField } from "../src/matching/names.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

describe("other fields' credentials and questions pointing back to another field", () => {
  it("finds a question pointing back to a field, job or exam, not to the career under discussion", () => {
    expect(pointsToAnotherField("how long does that program take")).toBe(true);
    expect(pointsToAnotherField("what do those jobs pay")).toBe(true);
    expect(pointsToAnotherField("is this job for me")).toBe(false);
    expect(pointsToAnotherField("what would that switch take")).toBe(false);
  });

  it("lists WordNet's health occupations with their fields, without the most common words", () => {
    const jobs = new Map(HEALTH_JOBS.map(([job, ...fields]) => [job, fields]));
    expect(jobs.get("orthodontist")).toContain("orthodontics");
    expect(jobs.has("podiatrist")).toBe(true);
    expect(jobs.has("doctor")).toBe(false);
    // A verb too: "can I intern at a lab".
    expect(jobs.has("intern")).toBe(false);
  });

  it("finds a question naming the generic word of the sentence before", () => {
    expect(namesItsGeneric("is the license hard to get", "thinking about a CDL license")).toBe(true);
    expect(namesItsGeneric("is the pay good", "thinking about a CDL license")).toBe(false);
  });

  describe("in the matcher", () => {
    let index: MatchIndex;
    beforeAll(async () => {
      index = buildIndex(await realKnowledge());
    });
    const kindOf = (text: string) => match(index, text).kind;

    it("refuses a credential of another trade named by a word the pack does not know", () => {
      expect(kindOf("will my welding certification help me get hired somewhere")).toBe("none");
      expect(kindOf("does a notary certificate look good on a resume")).toBe("none");
    });

    it("answers when the message names the domain beside that credential, and the pack's own credentials", () => {
      expect(kindOf("I hold a welding certification, could I still become a lab tech?")).not.toBe("none");
      expect(kindOf("is a phlebotomy certificate worth getting")).not.toBe("none");
    });

    it("refuses a health occupation WordNet names and the pack does not", () => {
      expect(kindOf("how much does a podiatrist make a year")).toBe("none");
      expect(kindOf("is it hard to become an anesthesiologist")).toBe("none");
      expect(kindOf("what does an endocrinologist actually do at work")).toBe("none");
    });

    it("answers with such an occupation beside the domain, or one whose field the pack writes", () => {
      expect(kindOf("I answer phones for a podiatrist, how do I become a lab tech")).not.toBe("none");
      // The pack names pathology (a certifying society's name): pathologists work beside its career.
      expect(kindOf("which tech prepares the tissue slides for pathologists")).not.toBe("none");
    });

    it("does not take a question about another career's day for small talk", () => {
      expect(kindOf("what does a plumber do all day")).toBe("none");
      expect(kindOf("what does an orthodontist do all day")).toBe("none");
    });

    it("refuses a question about another field named in the sentence before it", () => {
      expect(kindOf("My niece is weighing dental hygiene school. What does that career pay?")).toBe("none");
      expect(kindOf("Massage therapist licensing exam, is the exam hard?")).toBe("none");
    });

    it("still answers a question about the career after a sentence about another job", () => {
      expect(kindOf("I'm a nurse right now. Would this be a good switch for me?")).not.toBe("none");
      expect(kindOf("I drive a truck for a living. How much does this job pay?")).not.toBe("none");
    });
  });
});
