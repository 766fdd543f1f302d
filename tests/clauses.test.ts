import { beforeAll, describe, expect, it } from "vitest";
import { messageParts, pointsBack, questionsIn, sentences } from "../src/matching/clauses.ts";
import { buildIndex, type MatchIndex, match } from "../src/matching/engine.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

describe("finding the question in a message", () => {
  it("splits sentences, but not at a decimal point", () => {
    expect(sentences("My result was 11.2 today. Is that low? Thanks")).toEqual([
      "My result was 11.2 today.",
      "Is that low?",
      "Thanks",
    ]);
  });

  it("tells asking sentences from background", () => {
    const parts = messageParts(
      "I'm 31 and have driven a bus for ten years. My sister works at a clinic. Tell me what the training takes.",
    );
    expect(parts.asking).toEqual(["Tell me what the training takes."]);
    expect(parts.background).toHaveLength(2);
  });

  it("splits a second question joined by 'and', but not a statement or a short tail", () => {
    expect(questionsIn("what do they earn, and is the field growing?")).toEqual([
      "what do they earn",
      "is the field growing?",
    ]);
    expect(questionsIn("what is the difference between a technician and a technologist")).toHaveLength(1);
    expect(questionsIn("I see both titles and can't tell them apart")).toHaveLength(1);
    expect(questionsIn("how long is it and why")).toHaveLength(1);
  });

  it("knows when a question points back into the story", () => {
    expect(pointsBack("What is that one?")).toBe(true);
    expect(pointsBack("What separates the two?")).toBe(true);
    expect(pointsBack("How much do lab techs earn?")).toBe(false);
  });
});

describe("matching a story", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = buildIndex(await realKnowledge());
  });

  it("lets the question decide, not the background's domain words", () => {
    const r = match(
      index,
      "I have worked at a hospital front desk for years and see blood samples all day. My aunt is a nurse. What does a lab tech earn?",
    );
    expect(r.kind === "answer" && r.entry.id).toBe("salary");
  });

  it("keeps the answer a question's own words give clearly, however long the story that blurs it", () => {
    const r = match(
      index,
      "I spent nine years as a receptionist at a hotel and then stayed home with my twins. They just started school, I read a lot about biology back then and I still enjoy puzzles and keeping things in order. Honestly, is this the kind of career that would suit a person like me?",
    );
    expect(r.kind === "answer" && r.entry.id).toBe("career-fit");
  });

  it("does not refuse a question because the background mentions something the guide does not cover", () => {
    const r = match(index, "I work weekends at a diner right now. How do I become a lab tech?");
    expect(r.kind === "answer" && r.entry.id).toBe("how-to-become");
  });

  it("answers both questions of a message that asks two things", () => {
    const r = match(index, "how much do lab techs make and do I need a degree?");
    expect(r.kind).toBe("answer");
    if (r.kind !== "answer") return;
    expect([r.entry.id, r.also?.id]).toEqual(["salary", "no-degree"]);
  });

  it("does not answer a second question that is about the first one's subject the guide does not cover", () => {
    const r = match(index, "do lab techs need a state license, and how do I apply for it?");
    expect(r.kind === "none" && r.reason).toBe("uncovered");
    const own = match(index, "do lab techs need a license, and how much do they make?");
    expect(own.kind === "answer" && own.entry.id).toBe("salary");
  });

  it("refuses a message whose second question says 'it' of a subject the guide does not cover", () => {
    for (const text of [
      "what does a dental hygienist make, and is it more than an MLT?",
      "how long does the phlebotomy course take and is it worth it compared to lab tech?",
      "which MLT program near Dallas is accredited, and what does it cost per semester?",
      "do lab techs need a state license and is it hard to get one?",
    ])
      expect(match(index, text).kind, text).toBe("none");
    // A question answered on its own keeps its answer: "it" is the job, which the guide covers.
    const own = match(index, "what skills does a lab tech need, and is it a remote job?");
    expect(own.kind === "answer" && own.entry.id).toBe("skills");
  });
});
