// Long messages: which clause asks and which tells, when a story and two questions share a message.
import { beforeAll, describe, expect, it } from "vitest";
import { messageParts, questionsIn } from "../src/matching/clauses.ts";
import { buildIndex, type MatchIndex, match } from "../src/matching/engine.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

describe("questions joined on in a long message", () => {
  it("splits a second question opening with a preposition before its question word", () => {
    expect(questionsIn("how much do phlebotomists earn and at what age can they retire")).toEqual([
      "how much do phlebotomists earn",
      "at what age can they retire",
    ]);
    expect(questionsIn("what do techs earn, and in what sort of hospitals")).toEqual([
      "what do techs earn",
      "in what sort of hospitals",
    ]);
    // Two sides of one question, or a fragment, stay with it.
    expect(questionsIn("how do the two differ, both in pay and in what they are allowed to do")).toHaveLength(
      1,
    );
    expect(questionsIn("which steps do I take and in what order")).toHaveLength(1);
  });

  it("splits a second question in a statement's order, asked by its question mark", () => {
    expect(questionsIn("is the night course hard to get into, and then I have to sit a board exam?")).toEqual(
      ["is the night course hard to get into", "I have to sit a board exam?"],
    );
    // Without its mark, or saying only what the writer wants to know, it tells.
    expect(questionsIn("how do I start and I need to save money first")).toHaveLength(1);
  });

  it("finds the first of two questions run on without stops, joined by 'and'", () => {
    expect(
      messageParts(
        "been on the loading dock since high school and my knees are done what all do you learn in the certificate course and what does it pay at first",
      ).asking,
    ).toEqual(["what all do you learn in the certificate course", "what does it pay at first"]);
    // A lead-in that asks itself keeps the whole sentence asking, split where the second question joins.
    expect(
      messageParts(
        "My aunt suggested the lab. Kindly advise whether the work suits a shy person and what is the demand like?",
      ).asking,
    ).toEqual(["Kindly advise whether the work suits a shy person", "what is the demand like?"]);
  });

  it("keeps a thing named alone before a short question that says 'it' of it as the question's subject", () => {
    expect(
      messageParts("Is the pay good? And the evening certificate course, how long is it?").asking,
    ).toEqual(["Is the pay good?", "And the evening certificate course, how long is it?"]);
    // A clause with a subject and verb of its own before the comma is a lead-in still.
    expect(messageParts("my cousin works nights, is it hard on your sleep").asking).toEqual([
      "is it hard on your sleep",
    ]);
  });
});

describe("questions after a story run on without stops", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = buildIndex(await realKnowledge());
  });

  it("answers questions after a story run on without stops, whatever uncovered thing the story tells", () => {
    const r = match(
      index,
      "been stocking shelves part time at a grocery for three years and my manager cut my hours again last week so how do i get started in lab work and do i need a degree",
    );
    expect(r.kind === "answer" && [r.entry.id, r.also?.id]).toEqual(["how-to-become", "no-degree"]);
    // A short lead-in saying what the writer can do qualifies the question: still not covered.
    expect(
      match(index, "i can only study on weekends because of my kids, what do i need to do to get started")
        .kind,
    ).toBe("none");
    // The first message matched reads the stored model: a busy machine takes well over the default.
  }, 120_000);
});
