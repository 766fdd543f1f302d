// The result of matching a message: what the bot does with it, what a refusal was for, an answer settled by its context
// and an answer to "both".
import type { Entry, Smalltalk, Topic } from "../knowledge/schema.ts";
import type { CommandName } from "./commands.ts";
import type { NearestCovered } from "./nearest-covered.ts";
import type { NormalizedText } from "./normalize.ts";
import type { Candidate } from "./rank.ts";

export type NoneReason = "empty" | "foreign" | "out-of-scope" | "uncovered" | "no-match";

export type MatchResult =
  | {
      kind: "answer";
      entry: Entry;
      confidence: number;
      candidates: Candidate[];
      query: NormalizedText;
      /** The answer to a second question in the same message ("how much do they make and do I need a degree?"). */
      also?: Entry;
      /**
       * Another question of the same message asks what the guide does not cover ("what do they make and do they get
       * health insurance?"): the reply says so after the answer.
       */
      partlyUncovered?: true;
    }
  | { kind: "ambiguous"; candidates: Candidate[]; query: NormalizedText }
  | {
      kind: "smalltalk";
      intent: Smalltalk;
      confidence: number;
      query: NormalizedText;
      /** The message takes leave too, though another intent answers it ("thanks so much, bye"). */
      leaving?: true;
    }
  /** A command's name typed as a word ("topics", "hi, help please"): the caller runs that command. */
  | { kind: "command"; command: CommandName; query: NormalizedText }
  | {
      kind: "none";
      reason: NoneReason;
      topics: Topic[];
      candidates: Candidate[];
      query: NormalizedText;
      /** Refused by a rule about what is asked (the world's clock, a thing not the pack's), not for want of words. */
      ruled?: true;
      /** Refused as uncovered: what the guide does not say and the covered entry nearest the question, offered. */
      nearest?: NearestCovered;
    };

export type NoneResult = Extract<MatchResult, { kind: "none" }>;

/** How many related entries an answer shows as buttons (the bot's answer message). */
export const RELATED_BUTTONS = 3;

/** The entries a reply offers to pick: a "did you mean"'s, or the one nearest a question the guide does not cover. */
export function offeredOf(r: MatchResult): string[] {
  if (r.kind === "ambiguous") return r.candidates.map((c) => c.entry.id);
  return r.kind === "none" && r.nearest ? [r.nearest.entry.id] : [];
}

/** Whether a message alone is refused for what it names (another career, a language), not for being unknown or uncovered. */
export function refusedForWhatItNames(alone: MatchResult): boolean {
  return (
    alone.kind === "none" &&
    (alone.ruled === true || (alone.reason !== "uncovered" && alone.reason !== "no-match"))
  );
}

/** Whether a result refuses the question as one the guide does not cover or as another field's. */
export function refuses(r: MatchResult): boolean {
  return r.kind === "none" && (r.reason === "uncovered" || r.reason === "out-of-scope");
}

/** A result for a question about "both": its two closest candidates within `window`, the second as `also`. */
export function bothOf(r: MatchResult, window: number): MatchResult {
  if (r.kind !== "answer" && r.kind !== "ambiguous") return r;
  const [a, b] = r.candidates;
  if (a === undefined || b === undefined || a.confidence - b.confidence >= window) return r;
  return {
    kind: "answer",
    entry: a.entry,
    confidence: a.confidence,
    candidates: r.candidates,
    query: r.query,
    also: b.entry,
  };
}

/** Whether a result is a follow-up settled by its context (`followedTo`, a thing pointed at), not by a score. */
export function settledByContext(result: MatchResult): boolean {
  return result.kind === "answer" && result.confidence === 0 && result.candidates.length === 0;
}

/** A follow-up settled by its context, not by a score: the entry it leads to, with no rivals to offer. */
export function followedTo(entry: Entry, query: NormalizedText): MatchResult {
  return { kind: "answer", entry, confidence: 0, candidates: [], query };
}
