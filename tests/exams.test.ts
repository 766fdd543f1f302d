import { beforeAll, describe, expect, it } from "vitest";
import { buildIndex, type MatchIndex, match } from "../src/matching/engine.ts";
import { asksAnExamsRules } from "../src/matching/exams.ts";
import { words } from "../src/matching/text.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

describe("an exam's rules", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = buildIndex(await realKnowledge());
  });
  const rules = (text: string) => asksAnExamsRules(index, words(text.toLowerCase()));
  const resultOf = (text: string) => {
    const r = match(index, text);
    return r.kind === "answer" ? r.entry.id : r.kind;
  };

  it("are read in a word the pack does not know beside a particular exam", () => {
    expect(rules("is a calculator allowed in the ASCP exam")).toBe(true);
    expect(rules("are the boards proctored by webcam")).toBe(true);
    expect(rules("is the AMT test graded")).toBe(true);
  });

  it("are not read beside no particular exam, nor far from it, nor in the pack's words", () => {
    expect(rules("my cousin keeps stressing about some exam")).toBe(false);
    expect(rules("the ASCP exam is what my teacher mentioned and honestly I am overwhelmed")).toBe(false);
    expect(rules("what does the ASCP exam cover")).toBe(false);
    expect(rules("could a biology degree let me sit the AMT exam")).toBe(false);
  });

  it("refuse the question in the matcher, and leave the exam itself answered", () => {
    expect(resultOf("can I use a calculator during the ASCP exam")).toBe("none");
    expect(resultOf("what is the AMT exam")).toBe("amt");
  });

  it("are asked within the exam's own clause", () => {
    expect(
      resultOf("am I allowed to sit the AMT exam with a biology degree, or must I do an accredited program"),
    ).toBe("amt");
    expect(resultOf("is a calculator allowed in the ASCP exam, or do they give you one")).toBe("none");
  });
});
