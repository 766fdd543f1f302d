import { describe, expect, it } from "vitest";
import { buildIndex, match } from "../src/matching/engine.ts";
import { modelRefuses } from "../src/matching/model-refuses.ts";
import type { MatchResult } from "../src/matching/result.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

const index = buildIndex(await realKnowledge());
const outcome = (r: MatchResult) =>
  r.kind === "answer" ? r.entry.id : r.kind === "none" ? `none(${r.reason})` : r.kind;

describe("the learned model refusing what it is all but sure is none of the guide's (learnedRefuseMin)", () => {
  it("refuses an answer the rules found on words the pack shares with another school's rules", () => {
    const text = "can i use my army medic training for credit in a lab program";
    expect(outcome(match(index, text))).toBe("none(uncovered)");
    // Under the bar the rules' answer stands: the refusal is the model's.
    const lenient = { ...index, options: { ...index.options, learnedRefuseMin: 1.01 } };
    expect(match(lenient, text).kind).toBe("answer");
  });

  it("leaves an in-domain answer, two questions' answers and a message it reads as an entry's as they are", () => {
    const entry = (id: string) => index.byId.get(id)!.entry;
    const candidates = (ids: string[]) =>
      ids.map((id) => ({ entry: entry(id), topic: index.byId.get(id)!.topic, confidence: 0.5 }));
    const refused = (text: string, result: MatchResult) => outcome(modelRefuses(index, text, result));
    const other = "how do i go about becoming a dental hygienist";
    const query = index.normalizer.normalize(other);
    const answered: MatchResult = {
      kind: "answer",
      entry: entry("how-to-become"),
      confidence: 0.5,
      candidates: candidates(["how-to-become"]),
      query,
    };
    expect(refused(other, answered)).toBe("none(uncovered)");
    expect(
      refused(other, { kind: "ambiguous", candidates: candidates(["how-to-become", "skills"]), query }),
    ).toBe("none(uncovered)");
    expect(refused(other, { ...answered, also: entry("salary") })).toBe("how-to-become");
    const own = "how do i go about becoming a lab tech";
    expect(refused(own, { ...answered, query: index.normalizer.normalize(own) })).toBe("how-to-become");
  });

  it("reads as small talk what the rules offered a choice for, when a piece of it says an intent (learnedSmalltalkMin)", () => {
    const text = "you a robot or a real person? that reply came so fast lol";
    const r = match(index, text);
    expect(r.kind === "smalltalk" ? r.intent.id : r.kind).toBe("who-are-you");
    const strict = { ...index, options: { ...index.options, learnedSmalltalkMin: 1.01 } };
    expect(match(strict, text).kind).not.toBe("smalltalk");
  });

  it("reads as small talk a message the rules refused for want of words, at a lower bar on the model and the piece", () => {
    const text = "much obliged good sir robot";
    const r = match(index, text);
    expect(r.kind === "smalltalk" ? r.intent.id : r.kind).toBe("thanks");
    const options = (o: Partial<typeof index.options>) => ({ ...index, options: { ...index.options, ...o } });
    // The piece's intent is said below the bar an answer's overturning asks for; the model is sure of small talk.
    expect(match(options({ smalltalkRefusedPieceMin: index.options.smalltalkMin }), text).kind).toBe("none");
    expect(match(options({ learnedSmalltalkRefusedMin: 1.01 }), text).kind).toBe("none");
  });

  it("leaves an answer to how long a route takes, where the entry gives its length (the model learned the guide seldom does)", () => {
    const text = "how long does the certificate last, weeks or months?";
    expect(outcome(match(index, text))).toBe("certificate-program");
    const query = index.normalizer.normalize(text);
    const answer = (id: string): MatchResult => ({
      kind: "answer",
      entry: index.byId.get(id)!.entry,
      confidence: 0.5,
      candidates: [],
      query,
    });
    expect(outcome(modelRefuses(index, text, answer("certificate-program")))).toBe("certificate-program");
    // An entry that gives no length is refused.
    expect(outcome(modelRefuses(index, text, answer("ascp")))).toBe("none(uncovered)");
  });
});
