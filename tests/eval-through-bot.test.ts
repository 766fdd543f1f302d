// The eval scores the matcher; this checks that a person talking to the real bot (over the fake Bot API) gets the
// reply the eval counted — follow-ups read from storage, commands typed as words, two answers for two questions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decode } from "../src/bot/callback-data.ts";
import type { MatchResult } from "../src/matching/engine.ts";
import { nearestLead, PART_UNCOVERED } from "../src/replies.ts";
import { EVAL_FILES, type EvalCase, loadCases, loadTuning, outcome, respond } from "./eval/evaluate.ts";
import type { ShownMessage } from "./fake-telegram/server.ts";
import { ask, buttons, type Harness, person, startBot } from "./helpers/bot-harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startBot({ recordQuestions: false });
});
afterAll(() => h.stop());

const NEAREST_LEAD = nearestLead("\u0000").split("\u0000")[0]!;
const actions = (m: ShownMessage) => buttons(m).flatMap((b) => decode(b.data) ?? []);

/** What the person was shown, in the eval's terms: an entry id, ambiguous(ids), smalltalk:<intent>, none. */
function shown(replies: readonly ShownMessage[]): string {
  const [first] = replies;
  if (first === undefined) return "nothing";
  const shownActions = actions(first);
  const vote = shownActions.find((a) => a.type === "vote");
  if (vote !== undefined && "id" in vote) return vote.id;
  if (shownActions.some((a) => a.type === "topic")) return "none";
  // A refusal as not covered that offers the entry nearest the question is a refusal, its button an offer.
  if (first.text.startsWith(NEAREST_LEAD)) return "none";
  if (shownActions.some((a) => a.type === "answer"))
    return `ambiguous(${shownActions.flatMap((a) => (a.type === "answer" ? [a.id] : [])).join("|")})`;
  const intent = h.engine
    .current()
    .kb.smalltalk.find((s) => s.replies.includes(first.text) || s.leavingReplies.includes(first.text));
  return intent ? `smalltalk:${intent.id}` : `text:${first.text.slice(0, 60)}`;
}

async function talk(c: EvalCase, text: string, expected: MatchResult): Promise<ShownMessage[]> {
  const { chat, user } = person();
  if (c.after !== undefined) {
    const first = respond(h.engine.current().index, { ...c, text: c.after, after: undefined });
    await ask(h.fake, chat, user, c.after, repliesTo(first));
  }
  return ask(h.fake, chat, user, text, repliesTo(expected));
}

/** How many messages the bot sends for a result: an answer, a second answer, a word on a part not covered. */
function repliesTo(r: MatchResult): number {
  return r.kind === "answer" ? 1 + (r.also ? 1 : 0) + (r.partlyUncovered ? 1 : 0) : 1;
}

const kinds = new Set(["followup", "command", "smalltalk"]);
const cases = [
  ...(await loadCases(EVAL_FILES.holdout)),
  ...(await loadTuning()).filter((c) => kinds.has(c.category) || Array.isArray(c.expect)),
];

describe("the bot gives the reply the eval scores", () => {
  it.each(cases.map((c) => [c.after ? `${c.after} → ${c.text}` : c.text, c] as const))("%s", async (_, c) => {
    const expected = respond(h.engine.current().index, c);
    const replies = await talk(c, c.text, expected);
    if (expected.kind === "command") {
      // A command typed as a word is answered as the slash command is (a tip is picked at random: its heading and
      // buttons are compared, not its text).
      const viaSlash = await talk({ ...c, after: undefined }, `/${expected.command}`, expected);
      const form = (m: ShownMessage | undefined) => [
        m?.text.split("\n")[0],
        m && actions(m).map((a) => a.type),
      ];
      expect(form(replies[0])).toEqual(form(viaSlash[0]));
      return;
    }
    expect(shown(replies)).toBe(outcome(expected));
    if (expected.kind === "answer" && expected.also) expect(shown(replies.slice(1))).toBe(expected.also.id);
    if (expected.kind === "answer" && expected.partlyUncovered)
      expect(replies.at(-1)?.text).toBe(PART_UNCOVERED);
  });
});
