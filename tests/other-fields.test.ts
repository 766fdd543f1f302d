import { beforeAll, describe, expect, it } from "vitest";
import { buildIndex, type MatchIndex, match } from "../src/matching/engine.ts";
import { namesItsGeneric, pointsToAnotherField } from "../src/matching/names.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

describe("other fields' credentials and questions pointing back to another field", () => {
  it("finds a question pointing back to a field, job or exam, not to the career under discussion", () => {
    expect(pointsToAnotherField("how long does that program take")).toBe(true);
    expect(pointsToAnotherField("what do those jobs pay")).toBe(true);
    expect(pointsToAnotherField("is this job for me")).toBe(false);
    expect(pointsToAnotherField("what would that switch take")).toBe(false);
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
