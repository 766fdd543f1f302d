import { beforeAll, describe, expect, it } from "vitest";
import { buildIndex, type MatchIndex, match } from "../src/matching/engine.ts";
import {
  consonantSkeleton,
  createEverydaySpeller,
  createFunctionWordEar,
  derivedFromCommon,
  soundEditsAllowed,
  spokenSpelling,
  vowelless,
} from "../src/matching/sounds.ts";
import { createSpeller } from "../src/matching/spelling.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

let index: MatchIndex;
beforeAll(async () => {
  index = buildIndex(await realKnowledge());
});

const corrected = (text: string) => index.normalizer.normalize(text).corrected;
const answered = (text: string) => {
  const r = match(index, text);
  return r.kind === "answer" ? r.entry.id : r.kind;
};

describe("words spelled as they sound", () => {
  it("reads a word written by ear as the pack word that sounds like it, further off than a slip of the keys", () => {
    expect(corrected("is a sertifikashun worth getting")).toEqual([["sertifikashun", "certification"]]);
    expect(corrected("how long is the educashun")).toEqual([["educashun", "education"]]);
    expect(corrected("i wanna becum one")).toEqual([["becum", "become"]]);
  });

  it("prefers a word that sounds like the one typed to a closer one that sounds otherwise", () => {
    expect(corrected("tecnision jobs")).toEqual([["tecnision", "technician"]]);
  });

  it("reads a word by ear when its spoken spelling is the pack word's, though its letters are further than a typo's", () => {
    expect(spokenSpelling("teknisian")).toBe(spokenSpelling("technician"));
    expect(spokenSpelling("karir")).toBe(spokenSpelling("career"));
    expect(corrected("what does a sitotek do")).toEqual([["sitotek", "cytotech"]]);
    expect(corrected("is it a good karir")).toEqual([["karir", "career"]]);
    expect(answered("do i need a digri for this")).toBe("no-degree");
  });

  it("reads a word by ear whose spoken spelling differs from the pack word's only in which vowels it writes", () => {
    expect(corrected("do i need a sirtifikit first")).toEqual([["sirtifikit", "certificate"]]);
    expect(corrected("is the asosiet enough")).toEqual([["asosiet", "associate"]]);
  });

  it("does not read a word by ear as one its spoken spelling is two edits from", () => {
    expect(corrected("did QC in a quant lab")).toEqual([]);
    expect(corrected("i was a medtech back home")).toEqual([]);
  });

  it("keeps a word a key beside the one meant away over one that sounds like it but is further off", () => {
    expect(corrected("what do inaging techs do")).toEqual([["inaging", "imaging"]]);
    expect(corrected("what skells do i need")).toEqual([["skells", "skills"]]);
  });

  it("weighs a vowel written for another as a key struck beside the one meant, and then the pack's word used most", () => {
    expect(corrected("is lab wark hard")).toEqual([["wark", "work"]]);
    expect(corrected("can i skep college")).toEqual([["skep", "skip"]]);
    expect(answered("what does a lab tich do")).toBe("what-is-mlt");
  });

  it("keeps a word a letter dropped, doubled or swapped away, though the slip changes how it sounds", () => {
    expect(corrected("is the trainng long")).toEqual([["trainng", "training"]]);
    expect(corrected("what shool")).toEqual([["shool", "school"]]);
    expect(corrected("how are samles labeled")).toEqual([["samles", "samples"]]);
    expect(answered("is a certifiate program enough")).toBe("certificate-program");
  });

  it("reads a clipped word as a clipping before reading it by ear", () => {
    expect(corrected("histo jobs")[0]?.[1]).toMatch(/^histo/);
  });

  it("leaves English words alone that are common words with an ending, though beyond the common words", () => {
    const options = { minLength: 4, oneEditMaxLength: 6, twoDeletesMinLength: 7, soundMinLength: 5 };
    const vocabulary = new Map([["small", 3]]);
    expect(createSpeller(vocabulary, options).byEar("smelly", undefined)).toBe("small");
    expect(createSpeller(vocabulary, options, undefined, derivedFromCommon).byEar("smelly", undefined)).toBe(
      undefined,
    );
    expect(derivedFromCommon("smelly")).toBe(true);
    expect(derivedFromCommon("grimy")).toBe(true);
    expect(derivedFromCommon("sertifikat")).toBe(false);
  });

  it("answers questions spelled by ear, and still refuses other fields and other things spelled so", () => {
    expect(answered("wat dus a flebotomest do all day")).toBe("phlebotomist");
    expect(answered("do i need a sertifikashun to wurk in a labratory")).toBe("certification-overview");
    expect(answered("how mutch do farmasists make")).toBe("none");
    expect(answered("best resipee for banana bred")).toBe("none");
  });

  it("allows two edits, and two in five letters for longer words", () => {
    expect(soundEditsAllowed(4)).toBe(2);
    expect(soundEditsAllowed(10)).toBe(4);
  });
});

describe("words typed without their vowels", () => {
  it("reads them as the word with the same first letter and consonants, the pack's first", () => {
    // A function word typed without vowels ("mch") is read as it when the text is split into words (text.ts), before
    // the speller: its answer is the same.
    expect(answered("hw mch do they pay")).toBe("salary");
    expect(corrected("wrk envrnmnt")).toEqual([
      ["wrk", "work"],
      ["envrnmnt", "environment"],
    ]);
    expect(answered("lab tech slry")).toBe("salary");
  });

  it("reads two letters of a pack acronym typed out of order as the acronym, not a word of the same consonants", () => {
    expect(corrected("mtl salary")).toEqual([["mtl", "mlt"]]);
    expect(corrected("msl or mtl")).toEqual([
      ["msl", "mls"],
      ["mtl", "mlt"],
    ]);
    expect(answered("how much does an mtl make")).toBe("salary");
    expect(answered("acsp cert")).toBe("ascp");
  });

  it("keeps the first letter, vowel or not, and runs of a letter once", () => {
    expect(consonantSkeleton("environment")).toBe("envrnmnt");
    expect(consonantSkeleton("sample")).toBe("smpl");
    expect(consonantSkeleton("address")).toBe("adrs");
  });

  it("reads only words of three letters or more with no vowel after the first", () => {
    expect(vowelless("mch")).toBe(true);
    expect(vowelless("envrnmnt")).toBe(true);
    expect(vowelless("mk")).toBe(false);
    expect(vowelless("much")).toBe(false);
  });
});

describe("slips in everyday words", () => {
  it("reads a slip in a word the pack never uses as the most common English word one edit away", () => {
    expect(corrected("is it compulsary to get certified")).toEqual([["compulsary", "compulsory"]]);
    expect(answered("is it compulsary to get certified")).toBe("certification-overview");
  });

  it("reads a slip of the keys in an everyday word before a word the pack seldom uses heard in it", () => {
    expect(corrected("are the fumes a saety risk")).toEqual([["saety", "safety"]]);
    expect(corrected("do they clean the aparatus themselves")).toEqual([["aparatus", "apparatus"]]);
    // A word the pack uses often, heard in the slip, is likelier still.
    expect(corrected("whats the salre like")).toEqual([["salre", "salary"]]);
  });

  it("keeps the first letter, and leaves clipped words and words built with an ending alone", () => {
    const read = createEverydaySpeller(["harm", "farm", "smell", "pharmacy", "neighbor", "neighbour"]);
    expect(read("pharm")).toBe(undefined);
    expect(read("nieghbor")).toBe("neighbor");
    expect(read("smelly")).toBe(undefined);
    expect(read("xsmell")).toBe(undefined);
  });
});

describe("long words slipped three times, short ones twice, and plurals of long words", () => {
  it("reads a long word three edits from one of the pack's long words as it", () => {
    expect(corrected("what does a hisotecnnican do")).toEqual([["hisotecnnican", "histotechnician"]]);
    expect(answered("what does a hisotecnnican do")).toBe("histotechnician");
  });

  it("reads the plural of a long pack word by its singular's letters", () => {
    expect(corrected("do histotechnidans cut tissue")).toEqual([["histotechnidans", "histotechnician"]]);
  });

  it("reads a word of 5 or 6 letters two slips of the keys from a pack word used often as it", () => {
    expect(corrected("is a degrd required for this")).toEqual([["degrd", "degree"]]);
    expect(answered("hows the job outlpk these days")).toBe("job-outlook");
    // A name two slips from nothing the pack says often stays as typed.
    expect(corrected("any labs hiring in houma")).toEqual([]);
  });

  it("leaves a word the pack knows by its stem or the lexicon, though a long pack word is three edits off", () => {
    expect(corrected("do they talk to pathologists")).toEqual([]);
    expect(corrected("do they use centrifuges")).toEqual([]);
  });
});

describe("function words spelled by ear", () => {
  it("reads a short word as the function word it sounds like, the closest first", () => {
    const heard = createFunctionWordEar(["the", "would", "could", "should", "have", "which"]);
    expect(heard("wud")).toBe("would");
    expect(heard("shud")).toBe("should");
    expect(heard("hav")).toBe("have");
    expect(heard("wich")).toBe("which");
    // Letters no English word opens with are an acronym's; another first letter is another word.
    expect(heard("cna")).toBeUndefined();
    expect(heard("hud")).toBeUndefined();
  });

  it("on the real pack: a question with chat's function words is read by its own words", () => {
    expect(corrected("how much wud a tech like me make")).toEqual([["wud", "would"]]);
    expect(answered("how much wud i make")).toBe("salary");
    // In capitals, or a dialect's word small talk reads, a word stays as typed.
    expect(corrected("is the CNA exam hard")).toEqual([]);
    expect(answered("cma cert worth it")).toBe("none");
  });
});
