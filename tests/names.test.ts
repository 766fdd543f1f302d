import { beforeAll, describe, expect, it } from "vitest";
import { buildIndex, type MatchIndex, match } from "../src/matching/engine.ts";
import { unknownNameNearGeneric } from "../src/matching/names.ts";
import { words } from "../src/matching/text.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

const known = new Set(["ascp", "amt", "mlt"]);
const nameIn = (text: string) => unknownNameNearGeneric(text, words(text), (s) => known.has(s));

describe("other fields' exams and credentials, by their names", () => {
  it("finds an unknown acronym or coded name next to a generic word", () => {
    expect(nameIn("what GMAT score do I need")).toBe("gmat");
    expect(nameIn("is the NCLEX exam hard")).toBe("nclex");
    expect(nameIn("how to get an H-1B visa")).toBe("1b");
  });

  it("leaves the pack's own names, lower-case typing, typos and names far from a generic word alone", () => {
    expect(nameIn("is the ASCP exam hard")).toBeUndefined();
    expect(nameIn("is associates degre compulsary for MLT job")).toBeUndefined();
    expect(nameIn("I moved here from NYC last year and want to know what the pay is")).toBeUndefined();
  });

  describe("in the matcher", () => {
    let index: MatchIndex;
    beforeAll(async () => {
      index = buildIndex(await realKnowledge());
    });
    it("refuses another field's exam score, and still answers about the pack's own exams", () => {
      expect(match(index, "What is the passing score for the FE exam?").kind).toBe("none");
      const own = match(index, "what is the ASCP exam");
      expect(own.kind === "answer" && own.entry.id).toBe("ascp");
    });
  });
});
