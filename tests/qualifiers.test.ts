import { beforeAll, describe, expect, it } from "vitest";
import { type MatchIndex, match } from "../src/matching/engine.ts";
import { circumstanceAfter, qualifiedApart } from "../src/matching/qualifiers.ts";
import { rulesIndex } from "./helpers/reading.ts";

describe("qualifiedApart", () => {
  it("reads an example, a clause telling which one and a time apart from what a question asks", () => {
    expect(qualifiedApart("which tools do they use, like the pricey robots?")).toEqual({
      asked: "which tools do they use?",
      qualifying: "like the pricey robots",
      examples: ["robots"],
    });
    expect(qualifiedApart("what is checked in the urine they collect for a job physical?")).toEqual({
      asked: "what is checked?",
      qualifying: "in the urine they collect for a job physical",
      examples: [],
    });
    expect(qualifiedApart("On a quiet holiday, who runs the analyzers?")).toEqual({
      asked: "who runs the analyzers?",
      qualifying: "on a quiet holiday",
      examples: [],
    });
    expect(qualifiedApart("The money aside, where do most of them end up working?")).toEqual({
      asked: "where do most of them end up working?",
      qualifying: "the money aside",
      examples: [],
    });
  });

  it("reads a yes-no question apart from who asks before it and from an example after it", () => {
    expect(qualifiedApart("as a dad who works every saturday, is the certificate doable?")?.asked).toBe(
      "is the certificate doable?",
    );
    expect(qualifiedApart("do they hire a lot, including over the summer?")).toEqual({
      asked: "do they hire a lot?",
      qualifying: "including over the summer",
      examples: ["summer"],
    });
  });

  it("reads a question asking whether there are any of a thing as asking for the thing", () => {
    expect(qualifiedApart("any courses they run in the evenings?")?.asked).toBe("any courses?");
  });

  it("reads nothing apart of a yes-no question, a question of time or count, or one without a qualifier", () => {
    // A yes-no question's qualifier is what it asks.
    expect(qualifiedApart("do they work on sundays?")).toBeUndefined();
    expect(qualifiedApart("are there jobs they let you do from home")).toBeUndefined();
    expect(qualifiedApart("how often do they work on a holiday?")).toBeUndefined();
    expect(qualifiedApart("what do lab techs earn?")).toBeUndefined();
  });

  it("takes a phrase of time only where nothing of the question's own follows it", () => {
    expect(qualifiedApart("what does the college in town charge per class for the course?")).toBeUndefined();
    expect(qualifiedApart("what would I run on a late shift in the lab")?.asked).toBe("what would i run");
  });
});

describe("circumstanceAfter", () => {
  it("reads the writer's own circumstance told after the question", () => {
    expect(circumstanceAfter("what should I study first if I'm on the late shift all week")).toEqual([
      "what should I study first",
      "if I'm on the late shift all week",
    ]);
    expect(circumstanceAfter("could I manage the course while my job is weekends")?.[1]).toBe(
      "while my job is weekends",
    );
  });

  it("reads none of what the writer wants or needs, of anyone else, or without a condition", () => {
    expect(circumstanceAfter("is it a good fit if I want to skip weekends")).toBeUndefined();
    expect(circumstanceAfter("can I apply if I need a sponsor")).toBeUndefined();
    expect(circumstanceAfter("what do they earn if you do nights")).toBeUndefined();
    expect(circumstanceAfter("what do they earn on nights")).toBeUndefined();
  });
});

describe("a question the guide covers, with an uncovered word only where it qualifies it", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = await rulesIndex();
  });
  const reply = (text: string) => {
    const r = match(index, text);
    return r.kind === "answer" ? `${r.entry.id}${r.partlyUncovered ? " (partly)" : ""}` : r.kind;
  };

  it("is answered, with the word that the rest is not covered", () => {
    expect(reply("what machines would I be running on a night shift?")).toBe("equipment (partly)");
    expect(reply("during a holiday weekend, who checks that the machines still give right results?")).toBe(
      "quality-control (partly)",
    );
  });

  it("is answered after a lead-in telling who asks, a yes-no question too", () => {
    expect(reply("for someone stuck on overtime every week, which skills does lab work take?")).toBe(
      "skills (partly)",
    );
    expect(reply("with my overtime schedule, can I still do a certificate program?")).toBe(
      "certificate-program (partly)",
    );
  });

  it("is answered when the uncovered thing is only the writer's circumstance after it", () => {
    expect(reply("how would I get into lab work if I'm doing overtime every week")).toBe(
      "how-to-become (partly)",
    );
    expect(reply("can I get into lab work if I want weekends off")).toBe("none");
  });

  it("is refused when the uncovered thing is what it asks", () => {
    // An example whose head is the uncovered thing says what is asked.
    expect(reply("what perks do lab techs get, like a pension?")).toBe("none");
    expect(reply("do lab techs work on weekends")).toBe("none");
    expect(reply("what is the pay on night shifts like, is there overtime")).toBe("none");
    expect(reply("how much is tuition for the certificate program")).toBe("none");
    expect(reply("do they get paid more during the holidays")).toBe("none");
  });

  it("reads a term of several words only within one clause", () => {
    // "hour" and "program" ("school") in two clauses name no hour program.
    expect(reply("where else could I do this work, with hours that suit the school run?")).not.toBe("none");
    expect(reply("is the certificate a 600 hour program?")).toBe("none");
  });
});
