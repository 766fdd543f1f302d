import { beforeAll, describe, expect, it } from "vitest";
import { buildIndex, type MatchIndex, match } from "../src/matching/engine.ts";
import { words } from "../src/matching/text.ts";
import { compoundTable, heardText, soundsAlike, voiceTables } from "../src/matching/voice.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

let index: MatchIndex;
beforeAll(async () => {
  index = buildIndex(await realKnowledge());
});

const outcome = (text: string) => {
  const r = match(index, text);
  return r.kind === "answer" ? r.entry.id : r.kind === "smalltalk" ? `smalltalk:${r.intent.id}` : r.kind;
};
const read = (text: string) => index.normalizer.normalize(text);

describe("messages typed by voice", () => {
  it.each([
    ["what does a history technician do", "histotechnician"],
    ["tell me about being a history tech", "histotechnician"],
    ["whats a psycho technologist do at work", "cytotechnologist"],
    ["what does a site o technologist look at", "cytotechnologist"],
    ["how do i become a sight o technologist", "cytotechnologist"],
    ["what does a flea bottom is do", "phlebotomist"],
    ["can i start out as a flea bottom mist", "phlebotomist"],
    ["how hard is the ASC pee exam", "ascp"],
    ["what is the a s sea p", "ascp"],
    ["who gives the a s see p certification", "ascp"],
    ["is em el tee a real job", "mlt"],
    ["how much do em el tees make", "mlt"],
    ["what does a m tea certify", "amt"],
    ["ay em tee or a s c p which one", "amt"],
    ["do i need to be an em el ess for this", "technologist"],
    ["what is an em are eye tech", "imag"],
  ])("reads %j as naming %s", (text, term) => {
    expect(read(text).terms).toContain(term);
  });

  it.each([
    ["will there still be jobs in twenty thirty three", "2033"],
    ["by two thousand thirty three will there be more jobs", "2033"],
    ["what do the top ten percent make", "10"],
    ["is growth of six percent a lot", "6"],
  ])("writes the figure in %j as the pack does (%s)", (text, figure) => {
    expect(read(text).words).toContain(figure);
  });

  it.each([
    ["what does a history technician do", "histotechnician"],
    ["whats a psycho technologist do at work", "cytotechnologist"],
    ["what does a flea bottom is do", "phlebotomist"],
    ["how hard is the ASC pee exam", "ascp"],
    ["what does a m tea certify", "amt"],
    ["how much do em el tees make", "salary"],
    ["is sixty thousand a year normal for this job", "salary"],
    ["can you make sixty k doing this", "salary"],
  ])("answers %j with %s", (text, expected) => {
    expect(outcome(text)).toBe(expected);
  });

  it.each([
    "what is the history of this job",
    "is a lab technician well paid",
    "what tests do they run on blood and pee",
    "the bottom of the sea",
    "what does a hot technician do",
    "is a state technologist paid more",
    "plan a b c",
    "i have two years of college",
    "is six figures realistic",
    "what about the x rays",
    "twelve years in retail and i want out",
    "i see a tea shop",
    "a thousand thanks",
    "one or two questions",
    "who won the game last night",
    "what is the first step to become one",
    "are you a real person",
    "see you later",
  ])("leaves %j as typed", (text) => {
    expect(read(text).words).toEqual(words(text));
  });

  it.each([
    ["see you later", "smalltalk:bye"],
    ["are you a bot", "smalltalk:who-are-you"],
  ])("keeps the small talk of %j", (text, expected) => {
    expect(outcome(text)).toBe(expected);
  });
});

describe("what voice typing may join into comes from the pack", () => {
  const tables = voiceTables([
    "The XQZ board certifies widget fitters; the pay rose 7% by 2040.",
    "In the 90th percentile, fitters earn more. A CAT is a pet, not a board.",
  ]);
  const isPackContent = (w: string) => ["board", "fitters", "widget"].includes(w);

  it("joins letters said by name into the pack's acronyms only", () => {
    expect(heardText("is the ex cue zee board hard", tables, isPackContent)).toBe("is the XQZ board hard");
    expect(heardText("are ex cue zees paid well", tables, isPackContent)).toBe("are XQZs paid well");
    expect(heardText("is the em el tee board hard", tables, isPackContent)).toBe(
      "is the em el tee board hard",
    );
    // A word in capitals that is a usual English word is said as a word, not letter by letter.
    expect(heardText("see a tea", tables, isPackContent)).toBe("see a tea");
  });

  it("writes figures in words as the pack writes them", () => {
    expect(heardText("will it grow seven percent", tables, isPackContent)).toBe("will it grow 7 percent");
    expect(heardText("by twenty forty", tables, isPackContent)).toBe("by 2040");
    expect(heardText("the ninetieth percentile", tables, isPackContent)).toBe("the 90th percentile");
    expect(heardText("forty two thousand a year", tables, isPackContent)).toBe("42,000 a year");
    expect(heardText("seven fitters", tables, isPackContent)).toBe("seven fitters");
    expect(heardText("the third board", tables, isPackContent)).toBe("the third board");
  });

  it("reads a compound of the pack's words heard as two words, not an ending heard as a word", () => {
    const pack = ["geotechnician", "technician", "certify", "certifying", "lab"];
    const compounds = compoundTable(pack, (w) => pack.includes(w));
    const hear = (text: string) =>
      soundsAlike(
        text.split(" "),
        (w) => !pack.includes(w),
        () => undefined,
        compounds,
        (w) => pack.includes(w),
      );
    expect(hear("what does a geo technician do")).toEqual(["what", "does", "a", "geotechnician", "do"]);
    expect(hear("what does a lab technician do")).toEqual(["what", "does", "a", "lab", "technician", "do"]);
    expect(compounds.byFirst.has("certify")).toBe(false);
  });
});
