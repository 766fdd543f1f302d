// What a question leaves behind for curators: outcome, normalised text, candidates, knowledge version.
import type { MatchResult } from "../matching/engine.ts";
import type { QuestionRecord } from "../storage/storage.ts";

const round = (x: number) => Math.round(x * 1000) / 1000;

export function questionRecord(
  result: MatchResult,
  text: string,
  chatHash: string,
  at: number,
  kbVersion: string,
): QuestionRecord {
  const base = {
    at,
    chatHash,
    text: text.slice(0, 500),
    normalized: result.query.terms.join(" "),
    kbVersion,
  };
  switch (result.kind) {
    case "answer":
      return {
        ...base,
        outcome: "answer",
        entryId: result.entry.id,
        topicId: result.entry.topic,
        confidence: round(result.confidence),
        candidates: result.candidates.map((c) => ({ id: c.entry.id, confidence: round(c.confidence) })),
      };
    case "ambiguous":
      return {
        ...base,
        outcome: "ambiguous",
        candidates: result.candidates.map((c) => ({ id: c.entry.id, confidence: round(c.confidence) })),
      };
    case "smalltalk":
    case "command":
      return { ...base, outcome: "smalltalk", candidates: [] };
    case "none":
      return {
        ...base,
        outcome: "none",
        candidates: result.candidates.map((c) => ({ id: c.entry.id, confidence: round(c.confidence) })),
      };
  }
}
