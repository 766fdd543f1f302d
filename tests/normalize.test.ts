import { beforeAll, describe, expect, it } from "vitest";
import { buildIndex, type MatchIndex } from "../src/matching/engine.ts";
import { words } from "../src/matching/text.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

let index: MatchIndex;
beforeAll(async () => {
  index = buildIndex(await realKnowledge());
});

describe("words", () => {
  it("lower-cases, applies NFKC, folds diacritics and drops possessive s", () => {
    expect(words("Doctor's ＬＡＢ Técnico")).toEqual(["doctor", "lab", "tecnico"]);
  });
  it("reads currency signs and amounts written like pay as money", () => {
    expect(words("lab tech $$$?")).toEqual(["lab", "tech", "money"]);
    expect(words("is 60k normal, or 60,290")).toEqual(["is", "money", "normal", "or", "money"]);
    expect(words("from 2023 to 2033")).toEqual(["from", "2023", "to", "2033"]);
  });
  it("keeps a consonant elided with an apostrophe in its word: g'day is not day", () => {
    expect(words("g'day mate, c'mon, y’all")).toEqual(["gday", "mate", "cmon", "you", "all"]);
    expect(words("don't I'll rock 'n' roll")).toEqual(["don", "t", "i", "ll", "rock", "and", "roll"]);
  });
  it("only looks at a bounded prefix of a huge message", () => {
    expect(words("salary ".repeat(2000)).length).toBeLessThan(100);
  });
});

describe("words of degree and emphasis", () => {
  const terms = (text: string) => index.normalizer.normalize(text).terms;
  it("drops less, least, fewer and fewest, as natural's list drops more and most", () => {
    expect(terms("are they hiring more or less")).toEqual(terms("are they hiring"));
    expect(terms("fewer openings, or the fewest")).toEqual(terms("openings"));
  });
  it("drops 'real' as it drops 'actual': the real difference is the difference", () => {
    expect(terms("the real difference")).toEqual(terms("the actual difference"));
  });
  it("drops 'exist' as it drops 'there': what exists is what there is", () => {
    expect(terms("which specialties exist")).toEqual(terms("which specialties are there"));
    expect(terms("specialty exist which?")).toEqual(terms("specialty"));
  });
});

describe("normalize", () => {
  it("corrects a typo to a word that says something rather than an equally close function word", () => {
    const normalize = (text: string) => index.normalizer.normalize(text);
    expect(normalize("is it wrth it").corrected).toEqual([["wrth", "worth"]]);
    expect(normalize("how much do they earn anually").words).not.toContain("usually");
  });

  it("keeps a short word's first letter unless the key beside it was struck", () => {
    const corrected = (text: string) => index.normalizer.normalize(text).corrected;
    // "visa" would make a question about the career one about immigration.
    expect(corrected("jisa")).toEqual([]);
    expect(corrected("nisa rules")).toEqual([]);
    expect(corrected("dalary")).toEqual([["dalary", "salary"]]);
    expect(corrected("qage")).toEqual([["qage", "wage"]]);
  });

  it("reads 'make sure' and 'make' again once the typo after 'make' is corrected", () => {
    const words = (text: string) => index.normalizer.normalize(text).words;
    expect(words("how do they make shure nothing gets mixed up")).toContain("ensure");
    expect(words("how do they make cheese")).toContain("produce");
  });

  it("reads a British spelling as the American one the pack uses, and leaves other words alone", () => {
    const terms = (text: string) => index.normalizer.normalize(text).terms;
    expect(terms("certificate programme")).toEqual(terms("certificate program"));
    expect(terms("do they specialise")).toEqual(terms("do they specialize"));
    expect(terms("four years, or your first hour")).toEqual(["four", "year", "first", "hour"]);
    expect(index.normalizer.normalize("certificate programme").corrected).toEqual([]);
  });
  it("reads an American spelling as the British one the pack uses, and leaves other words alone", () => {
    const terms = (text: string) => index.normalizer.normalize(text).terms;
    // The pack's everyday wordings write "colour".
    expect(terms("who puts color on the slices")).toEqual(terms("who puts colour on the slices"));
    expect(terms("the doctor at the door, after work")).toEqual(["doctor", "door", "work"]);
    expect(index.normalizer.normalize("who puts color on the slices").corrected).toEqual([]);
  });
  it("maps synonyms, drops stopwords and stems", () => {
    expect(index.normalizer.normalize("How much do lab techs make?").terms).toEqual(["salari", "mlt"]);
    expect(index.normalizer.normalize("What is the wage of a medical laboratory technician").terms).toEqual([
      "salari",
      "mlt",
    ]);
  });
  it("reads 'how much of the…' as a share of something, not the pay 'how much' alone asks", () => {
    expect(index.normalizer.normalize("how much of the shift is spent at the bench").terms).not.toContain(
      "salari",
    );
    expect(index.normalizer.normalize("how much of my paycheck is left after rent").terms).toContain(
      "salari",
    );
    expect(index.normalizer.normalize("how much of a raise is normal").terms).toContain("salari");
  });
  it('keeps negation that a contraction splits: "don\'t have" is without, "can\'t" is not', () => {
    expect(index.normalizer.normalize("I don't have a degree").terms).toEqual(["without", "degre"]);
    expect(index.normalizer.normalize("can't afford school").terms).toEqual(["not", "afford", "program"]);
  });
  it("corrects misspelled domain words", () => {
    const n = index.normalizer.normalize("salery for a flebotomist");
    expect(n.corrected).toEqual([
      ["salery", "salary"],
      ["flebotomist", "phlebotomist"],
    ]);
    expect(n.terms).toEqual(["salari", "phlebotomist"]);
  });
  it("leaves ordinary English words alone", () => {
    expect(index.normalizer.normalize("three years stuck").corrected).toEqual([]);
  });
  it("flags other languages", () => {
    expect(index.normalizer.normalize("сколько зарабатывает лаборант").foreign).toBe(true);
    expect(index.normalizer.normalize("combien gagne un technicien de laboratoire").foreign).toBe(true);
    expect(index.normalizer.normalize("how much do lab techs make").foreign).toBe(false);
  });
});

describe("a text read for its terms alone (a story, the clauses around a question)", () => {
  it("gets the terms its full normalisation gets, typos, slang, synonyms and phrase cues included", () => {
    for (const story of [
      "I've stocked shelves for 9 yrs and the pay is meh, my cousin is a phlebotomist",
      "tbh i wanna make bank, is the cert really worth it",
      "when the nurse sends the tubes down to the lab and the salery is low",
    ])
      expect(index.normalizer.queryTerms(story)).toEqual(index.normalizer.normalize(story).terms);
  });
});
