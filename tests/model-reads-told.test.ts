import { describe, expect, it } from "vitest";
import { buildIndex, match } from "../src/matching/engine.ts";
import type { MatchResult } from "../src/matching/result.ts";
import { uncoveredStands } from "../src/matching/uncovered-asked.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

const index = buildIndex(await realKnowledge());
const outcome = (r: MatchResult) =>
  r.kind === "answer"
    ? `${r.entry.id}${r.partlyUncovered ? " (partly uncovered)" : ""}`
    : r.kind === "none"
      ? `none(${r.reason})`
      : r.kind;

describe("whether a message's uncovered term is what it asks", () => {
  it.each([
    ["what does a lab tech do on a normal day", "none"],
    ["is there an age limit for the ascp exam", "asked"],
    ["do lab techs have to work weekends", "asked"],
    ["how long does an mlt program usually last", "asked"],
    ["what are the working hours like for a lab tech", "asked"],
    // A second question saying "it" of the first one's subject asks of the uncovered thing too.
    ["how long is the mlt course and is it worth it", "asked"],
    // The story, a reason after the question, the time of a doing a "what does … do" question asks about.
    ["I stock shelves on weekends these days. What does a lab tech do on a normal day?", "told"],
    ["which school near me has an mlt program, since I work weekends at a diner", "told"],
    ["what does a tech actually do during a night shift in a hospital lab?", "told"],
    // The time a doing lasts until.
    ["once I'm hired, can I keep the same skills till retirement or must I keep learning?", "told"],
    ["can a tech stay in the same lab until retirement", "told"],
    ["do lab techs work until late on weekends", "asked"],
    // A question the guide answers beside one it does not.
    ["how long is the mlt program and what classes do you take", "beside"],
    // A question asking the whole, the things it has in mind listed after it.
    ["What are the conditions like overall, schedule, weekends, pressure and all?", "beside"],
    ["what are the working hours like for a lab tech, mornings or nights?", "asked"],
  ] as const)("%j: %s", (text, stands) => {
    expect(uncoveredStands(index, text)).toBe(stands);
  });
});

describe("the learned model overturning a refusal for an uncovered term told around the question", () => {
  const strict = { ...index, options: { ...index.options, learnedLeadMin: 1.01 } };

  it("answers what is asked when the uncovered term is the story's or the setting of the doing asked", () => {
    for (const [text, id] of [
      ["what does a lab tech actually do on the night shift?", "duties-overview"],
      ["I have a holiday break coming so I'm reading up on the ascp cert. what is it exactly?", "ascp"],
    ] as const) {
      expect(outcome(match(index, text))).toBe(id);
      // Without the model's lead the rules' refusal stands: the answer is the model's.
      expect(outcome(match(strict, text))).toBe("none(uncovered)");
    }
  });

  it("answers the covered question of two and says the other is not covered", () => {
    // (Weekends asked beside the day: the model now reads the whole as asking the hours, as the writers label it.)
    const text = "are lab techs unionized and what do they do all day";
    expect(outcome(match(index, text))).toBe("duties-overview (partly uncovered)");
    expect(outcome(match(strict, text))).toBe("none(uncovered)");
  });

  it("answers a question asking the whole, the uncovered things it lists after it said not to be covered", () => {
    const text =
      "My sister's lab has her on rotating weekends. What is the job like day to day, schedule, weekends, stress and all?";
    expect(outcome(match(index, text))).toBe("work-environment (partly uncovered)");
    expect(outcome(match(strict, text))).toBe("none(uncovered)");
  });

  it("still refuses where the uncovered term is what is asked, however sure the model", () => {
    for (const text of [
      "is there an age limit for taking the ascp exam",
      "whats the pass rate for the ascp mlt exam",
      "do lab techs need a state license to work in california",
      "do lab techs have to work on holidays",
      "how long does it take to get ascp certified after school",
      "do lab techs ever work on weekends",
    ])
      expect(outcome(match(index, text))).toBe("none(uncovered)");
  });
});
