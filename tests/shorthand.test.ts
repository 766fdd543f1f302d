import { beforeAll, describe, expect, it } from "vitest";
import { type MatchIndex, match } from "../src/matching/engine.ts";
import { unstretch, words } from "../src/matching/text.ts";
import { realIndex, rulesIndex } from "./helpers/reading.ts";

let index: MatchIndex;
// The rules alone, without the model learned from the examples.
let rules: MatchIndex;
beforeAll(async () => {
  index = await realIndex();
  rules = await rulesIndex();
});

const outcome = (text: string, by = index) => {
  const r = match(by, text);
  return r.kind === "answer" ? r.entry.id : r.kind === "smalltalk" ? `smalltalk:${r.intent.id}` : r.kind;
};

describe("texting shorthand", () => {
  it("reads a closing 'or not', 'or nah', 'or what' as the tag of a yes-no question, not a negation", () => {
    for (const q of [
      "is phlebotomy a good start",
      "is the pay worth it",
      "do techs get to work with microscopes",
    ])
      for (const tag of ["or not", "or nah", "or what"])
        expect(index.normalizer.normalize(`${q} ${tag}`).terms, `${q} ${tag}`).toEqual(
          index.normalizer.normalize(q).terms,
        );
    expect(outcome("are a technician and a technologist the same thing or not")).toBe(
      "technician-vs-technologist",
    );
  });

  it.each([
    ["lowkey whats the outlook", "job-outlook"],
    ["equipment no cap", "equipment"],
  ])("drops slang that only colours a message (%j), so it does not count against it", (text, id) => {
    expect(outcome(text)).toBe(id);
  });

  it("reads a contraction typed without its apostrophe as with it", () => {
    const terms = (text: string) => index.normalizer.normalize(text).terms;
    for (const [bare, full] of [
      ["wouldnt", "wouldn't"],
      ["havent", "haven't"],
      ["theyre", "they're"],
      ["theyll", "they'll"],
      ["shes", "she's"],
    ])
      expect(terms(`${bare} pay`), bare).toEqual(terms(`${full} pay`));
    expect(words("theyre paid well")).toContain("they");
  });

  it("reads a clipped word as the pack word most of the words it begins stand for", () => {
    const cases: [string, string][] = [
      ["whats a cyto tech", "cytotechnologist"],
      ["phlebo jobs pay ok?", "phlebotomist"],
      ["is histo work hard", "histotechnician"],
      ["tell me about cyto", "cytotechnologist"],
    ];
    // The rules' reading of the clipping; what the learned model then makes of "phlebo jobs pay ok?" (the pay, or the
    // phlebotomist's entry) moves as it is taught more wordings.
    for (const [text, id] of cases) expect(outcome(text, rules), text).toBe(id);
    // A word that begins pack words of different meanings ("spec": specimen, special…) is left alone.
    expect(index.normalizer.normalize("spec").terms).toEqual(["spec"]);
  });

  it("reads 'have to', 'has to', 'got to' and 'gotta' as needing, and 'info' as information", () => {
    expect(words("do i have to")).toEqual(["do", "i", "need", "to"]);
    expect(words("she gotta pass it")).toEqual(["she", "need", "to", "pass", "it"]);
    expect(words("send me the info")).toEqual(["send", "me", "the", "information"]);
    const cases: [string, string][] = [
      ["do lab techs have to get certified", "certification-overview"],
      ["do u gotta have a cert before applying", "certification-overview"],
      ["wheres all this info coming from", "about-guide"],
      ["where did u find this info", "about-guide"],
      ["got any info on the amt cert", "amt"],
      ["info about histotechs pls", "histotechnician"],
    ];
    for (const [text, id] of cases) expect(outcome(text), text).toBe(id);
  });

  it("spells out everyday shorthand as the words it stands for", () => {
    expect(words("r u gonna tell me abt it pls")).toEqual([
      "are",
      "you",
      "going",
      "to",
      "tell",
      "me",
      "about",
      "it",
      "please",
    ]);
    expect(words("wat do ppl w a hs diploma do")).toEqual([
      "what",
      "do",
      "people",
      "with",
      "a",
      "high",
      "school",
      "diploma",
      "do",
    ]);
  });

  it("reads chat's digits for sounds as the words ('gr8', 'l8r', 'w8', 'ne1'), and reads no code or name in them", () => {
    expect(words("gr8 news, w8 4 me n talk l8r")).toEqual([
      "great",
      "news",
      "wait",
      "for",
      "me",
      "and",
      "talk",
      "later",
    ]);
    expect(words("does ne1 here know")).toEqual(["does", "anyone", "here", "know"]);
    expect(outcome("is the pay gr8?")).toBe("salary");
    // "b4" is texting's "before", not a visa's or a form's code as "J1" is.
    expect(outcome("can a lab tech start working b4 passing the certification")).toBe(
      "certification-overview",
    );
    expect(outcome("do lab techs need an H1B")).toBe("none");
  });

  it("leaves 'rn' alone where it names a nurse, and reads it as 'right now' typed in lower case to end a clause", () => {
    expect(words("rn")).toEqual(["rn"]);
    expect(words("is an rn paid more")).toEqual(["is", "an", "rn", "paid", "more"]);
    expect(words("rn or lpn")).toEqual(["rn", "or", "lpn"]);
    expect(words("I work as an RN now")).toContain("rn");
    expect(words("are clinics hiring rn?")).toEqual(["are", "clinics", "hiring", "right", "now"]);
    expect(words("so tired rn lol")).toEqual(["so", "tired", "right", "now", "lol"]);
  });

  it("reads a closing 'or no', 'y/n' or 'yes or no' as the tag of a yes-no question, not a negation", () => {
    const terms = (text: string) => index.normalizer.normalize(text).terms;
    for (const tag of ["or no", "or no?", "y/n", "yes or no", "or naw"])
      expect(terms(`do you need a cert ${tag}`), tag).toEqual(terms("do you need a cert"));
    // Inside a sentence "or no" is a choice: its "no" stays.
    expect(words("with or no degree")).toEqual(["with", "or", "no", "degree"]);
    expect(outcome("do i need a cert or no")).toBe("certification-overview");
  });

  it("never lets a hedge or an intensifier of texting decide an entry", () => {
    const terms = (text: string) => index.normalizer.normalize(text).terms;
    for (const hedge of [
      "lowkey",
      "highkey",
      "deadass",
      "hella",
      "frfr",
      "bruh",
      "istg",
      "no cap",
      "for real",
    ])
      expect(terms(`${hedge} what does a histotech do`), hedge).toEqual(terms("what does a histotech do"));
  });

  it("reads slang for money as money after a word of earning, and only there", () => {
    expect(words("can u make bank doing this")).toContain("money");
    expect(words("do they pull in serious racks")).toContain("money");
    expect(words("time to secure the bag")).toContain("money");
    expect(words("how do they make bread")).not.toContain("money");
    expect(words("put the sample in the bag")).not.toContain("money");
    expect(words("who works at the bank")).not.toContain("money");
    expect(outcome("do mlts pull in good bread")).toBe("salary");
    expect(outcome("can u make bank as an mlt")).toBe("salary");
  });

  it("reads the everyday idioms of getting started as the plain words", () => {
    expect(words("how do i get in")).toEqual(["how", "do", "i", "get", "into"]);
    expect(words("can i get in trouble")).toContain("in");
    expect(words("whats the roadmap")).toEqual(["whats", "the", "steps"]);
    expect(outcome("how do i get my foot in the door as a lab tech")).toBe("how-to-become");
  });

  it("reads a sentence closing with a yes-no tag as the question, the rest as its story", () => {
    expect(outcome("my cousin works nights in a hospital lab. lab techs paid good or nah")).toBe("salary");
  });

  it("reads being made to do something as needing to, not as pay", () => {
    expect(words("they make you retake the exam")).toEqual(["they", "you", "need", "retake", "the", "exam"]);
    expect(words("does it make you rich")).toContain("make");
    expect(outcome("do they make u go to conferences once ur hired")).toBe("continuing-education");
  });

  it("reads a path or route to a job as becoming it, and a path to doing something as it was", () => {
    expect(words("whats the route to mlt")).toEqual(["whats", "the", "become", "mlt"]);
    expect(words("a path to supervising")).toEqual(["a", "path", "to", "supervising"]);
    expect(outcome("whats the road to lab tech")).toBe("how-to-become");
  });

  it("spells out clipped words of school and work, 'n' between words, and '4' and '2' before the words they join", () => {
    expect(words("bio n chem 4 this")).toEqual(["biology", "and", "chemistry", "for", "this"]);
    expect(words("the hosp reqs b/c of my exp")).toEqual([
      "the",
      "hospital",
      "requirements",
      "because",
      "of",
      "my",
      "experience",
    ]);
    expect(words("how 2 get certed in 2 years")).toEqual([
      "how",
      "to",
      "get",
      "certified",
      "in",
      "2",
      "years",
    ]);
    expect(words("$20 an hr")).toContain("hour");
    expect(words("does hr check certs")).toEqual(["does", "hr", "check", "certs"]);
    expect(words("is it ez")).toEqual(["is", "it", "easy"]);
    expect(words("lemme know wat u do w em")).toEqual("let me know what you do with them".split(" "));
  });

  it("reads a last letter typed twice as once only when that makes a word", () => {
    expect(["hii", "byee", "thankss", "heyy", "okk"].map(unstretch)).toEqual([
      "hi",
      "bye",
      "thanks",
      "hey",
      "ok",
    ]);
    expect(["all", "see", "too", "class", "mlt"].map(unstretch)).toEqual([
      "all",
      "see",
      "too",
      "class",
      "mlt",
    ]);
  });

  it("reads a digit typed for its sound inside a word when that makes a common word, and leaves codes and figures", () => {
    expect(words("how do i get in2 lab work")).toEqual("how do i get into lab work".split(" "));
    expect(words("any1 know if its hiring 2day")).toContain("anyone");
    expect(words("any1 know if its hiring 2day")).toContain("today");
    for (const kept of ["h1b", "a1c", "2nd", "2yr", "sn2"]) expect(words(`is ${kept} ok`)).toContain(kept);
  });

  it("reads a function word typed without its vowels as the word, and leaves acronyms and units", () => {
    expect(words("whr do they wrk")).toEqual(["where", "do", "they", "wrk"]);
    expect(words("shld i do ths first")).toEqual("should i do this first".split(" "));
    for (const kept of ["mlt", "mls", "cls", "hr", "pcr"]) expect(words(`is ${kept} ok`)).toContain(kept);
    // What reads the question's shape sees "where": the places of the work, not the work's things.
    expect(outcome("whr do lab techs work mostly")).toBe("work-settings");
  });

  it("reads shorthand for a function word with an 's' joined on as the word, not a pack word one slip off", () => {
    const terms = (text: string) => index.normalizer.queryTerms(text);
    expect(terms("wats the ascp exam")).toEqual(terms("what's the ascp exam"));
    expect(terms("ems jobs")).not.toEqual(terms("them jobs"));
  });

  it("reads a one-digit figure with a unit of time typed on as the unit, and leaves longer figures and other kinds", () => {
    const terms = (text: string) => index.normalizer.queryTerms(text);
    expect(terms("is the 2yr degree worth it")).toEqual(terms("is the 2 year degree worth it"));
    expect(terms("is a 4yrs program too long")).toEqual(terms("is a 4 years program too long"));
    expect(terms("are 12hr shifts normal")).toContain("12hr");
    expect(terms("is 3am a shift")).not.toEqual(terms("is am a shift"));
  });

  it("spells out the chat acronyms of thanks, goodbyes and greetings", () => {
    expect(words("tysm gtg ttyl")).toEqual("thank you so much got to go talk to you later".split(" "));
  });

  it.each([
    ["tyvm!!", "smalltalk:thanks"],
    ["ok tyty", "smalltalk:thanks"],
    ["g2g, ttys", "smalltalk:bye"],
    ["aight cool", "smalltalk:ack"],
    ["wazzup", "smalltalk:greeting"],
    ["r u a bot", "smalltalk:who-are-you"],
    ["hii", "smalltalk:greeting"],
    ["hw much do lab techs make", "salary"],
  ])("answers %j as %s", (text, expected) => {
    expect(outcome(text)).toBe(expected);
  });
});

describe("voice typing", () => {
  it("joins letters spoken one by one into the pack's acronym, the article before them left out", () => {
    expect(index.normalizer.normalize("what is the a s c p").terms).toEqual(["ascp"]);
    expect(index.normalizer.normalize("is it a m l t job").terms).toEqual(["mlt", "job"]);
    expect(outcome("so what is the a s c p thing")).toBe("ascp");
  });

  it("keeps single letters that spell nothing the pack knows", () => {
    expect(index.normalizer.normalize("plan a b c").words).toEqual(["plan", "a", "b", "c"]);
  });

  it("reads words that together sound like a long pack word as that word", () => {
    expect(index.normalizer.normalize("what does a flea bottom mist do").terms).toEqual(["phlebotomist"]);
    expect(outcome("what does a flea bottom mist do")).toBe("phlebotomist");
  });

  it("leaves ordinary words that sound like nothing of the pack alone", () => {
    expect(index.normalizer.normalize("the bottom of the sea").words).toEqual([
      "the",
      "bottom",
      "of",
      "the",
      "sea",
    ]);
  });
});
