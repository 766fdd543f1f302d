import { beforeAll, describe, expect, it } from "vitest";
import { buildIndex, type MatchIndex, match } from "../src/matching/engine.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

// Small talk and commands from writers the first sets did not cover: formal Indian English, Spanish-English
// code-switching, Caribbean and West African English, teenagers' reactions, letter-style sign-offs, emoji replies.
let index: MatchIndex;
beforeAll(async () => {
  index = buildIndex(await realKnowledge());
});

const outcome = (text: string) => {
  const r = match(index, text);
  if (r.kind === "answer") return r.entry.id;
  if (r.kind === "command") return `command:${r.command}`;
  if (r.kind === "smalltalk") return `smalltalk:${r.intent.id}`;
  return r.kind === "none" ? "none" : r.kind;
};

describe("small talk from writers unlike the first sets", () => {
  it.each([
    ["greeting", ["greetings of the day to all", "oye bot", "wagwan", "wha gwan my g", "good evening ooo"]],
    ["how-are-you", ["how body dey", "how you dey", "how's the body"]],
    ["ack", ["ok dale", "bueno pues", "so real", "big W", "valid tbh", "will revert back sir"]],
    [
      "thanks",
      ["tanks much", "thanks & regards", "received with thanks", "thanks a million for the details"],
    ],
    ["bye", ["best regards", "Yours faithfully", "All the best to you", "ok im dipping", "gotta dip, later"]],
  ] as const)("reads the %s forms", (intent, texts) => {
    for (const text of texts) expect([text, outcome(text)]).toEqual([text, `smalltalk:${intent}`]);
  });

  it("keeps thanks with texting's words of emphasis", () => {
    for (const text of ["thank you fr, that helped", "tysm ong"])
      expect([text, outcome(text)]).toEqual([text, "smalltalk:thanks"]);
  });

  it("reads a lone reaction emoji or a lone W as an acknowledgement, and clapping or a heart as thanks", () => {
    for (const text of ["💪", "🤣🤣", "w", "🤝"])
      expect([text, outcome(text)]).toEqual([text, "smalltalk:ack"]);
    for (const text of ["👏👏", "🙌"]) expect([text, outcome(text)]).toEqual([text, "smalltalk:thanks"]);
  });

  it("takes a courtesy adverb, a closing particle or a salutation before a command as courtesy", () => {
    for (const [text, command] of [
      ["kindly assist", "help"],
      ["good morning sir, topics please", "topics"],
      ["settings o", "settings"],
      ["help oh", "help"],
    ] as const)
      expect([text, outcome(text)]).toEqual([text, `command:${command}`]);
  });

  it.each([
    ["regards, and how much does the job pay?", "salary"],
    ["ok dale. do I need a degree for it?", "no-degree"],
    ["fr tho how much do they pay", "salary"],
    ["is it for real", "none"],
    ["how far is the nearest beach", "none"],
  ])("still asks what %j asks", (text, expected) => {
    expect(outcome(text)).toBe(expected);
  });

  it("reads 'is the VA a good place to work' as a question, never small talk: the work environment at most", () => {
    // An employer named by an abbreviation that is everyday English ("VA"), which no rule can tell from a field the
    // writer comes from ("would leaving EMS for this…"): the learned model may answer with what the work is like in
    // general, offer it, or the rules refuse it; never another entry, never small talk.
    expect(outcome("is the VA a good place to work")).toMatch(/^(none|ambiguous|work-environment)$/);
  });

  it("reads no goodbye or nod in a short question about a word the small talk never says", () => {
    expect(outcome("management later?")).toBe("become-technologist");
    // Asked of the bot, such a word stays small talk: "algorithm" is no word of asking who it is, yet that is asked.
    expect(outcome("you a human or an algorithm?")).toBe("smalltalk:who-are-you");
  });

  it("reads checking that the bot is still there as asking who it is", () => {
    expect(outcome("you still there?")).toBe("smalltalk:who-are-you");
    expect(outcome("are you awake")).toBe("smalltalk:who-are-you");
    expect(outcome("are labs still there in small towns?")).not.toMatch(/^smalltalk/);
  });

  it("greets back a greeting that only announces a question, asked or not", () => {
    expect(outcome("hello there, a quick question?")).toBe("smalltalk:greeting");
    expect(outcome("hey! random question?")).toBe("smalltalk:greeting");
    expect(outcome("hi, quick question: does the job pay well?")).toBe("salary");
  });
});
