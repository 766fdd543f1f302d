import { beforeAll, describe, expect, it } from "vitest";
import { buildIndex, type MatchIndex, match } from "../src/matching/engine.ts";
import { letterCode, nameAsSubject, unknownNameNearGeneric } from "../src/matching/names.ts";
import { words } from "../src/matching/text.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

const known = new Set(["ascp", "amt", "mlt"]);
const nameIn = (text: string) => unknownNameNearGeneric(text, words(text), (s) => known.has(s));
const isOut = (index: MatchIndex, text: string) => match(index, text).kind === "none";

describe("other fields' exams and credentials, by their names", () => {
  it("finds an unknown acronym or coded name next to a generic word", () => {
    expect(nameIn("what GMAT score do I need")).toBe("gmat");
    expect(nameIn("is the NCLEX exam hard")).toBe("nclex");
    expect(nameIn("how to get an H-1B visa")).toBe("1b");
  });

  it("leaves the pack's own names, lower-case typing, typos and names far from a generic word alone", () => {
    expect(nameIn("is the ASCP exam hard")).toBeUndefined();
    expect(nameIn("is associates degre compulsary for MLT job")).toBeUndefined();
    expect(nameIn("I moved here from NYC last year and want to know what the pay is")).toBeUndefined();
  });

  it("takes a name among the less common English words for a name when it is written as one", () => {
    expect(nameIn("what GRE score gets you into a masters program")).toBe("gre");
    expect(nameIn("is the CPT exam from NHA accepted everywhere")).toBe("cpt");
    expect(nameIn("what's a good TEAS score")).toBe("teas");
    expect(nameIn("what SAT score do I need")).toBeUndefined();
  });

  it("reaches a generic word a few words off, and takes a site's page or profile for a generic word", () => {
    expect(nameIn("is the PANCE much harder than other boards")).toBe("pance");
    expect(nameIn("how do I set up my ZipRecruiter account")).toBe("ziprecruiter");
  });

  it("takes a short common word in capitals right before a school or exam for another field's name", () => {
    expect(nameIn("how hard is PT school")).toBe("pt");
    expect(nameIn("studying for my NP boards")).toBe("np");
    // Degrees and programs are the pack's routes, and a common word in lower case is no name.
    expect(nameIn("is a BS degree enough")).toBeUndefined();
    expect(nameIn("is a BS program worth it")).toBeUndefined();
    expect(nameIn("how hard is pt school")).toBeUndefined();
  });

  it("leaves a name that qualifies one of the pack's names alone", () => {
    expect(nameIn("is the ASCP BOC exam hard")).toBeUndefined();
  });

  it("reads a figure with its unit typed on as a figure, not a name", () => {
    expect(nameIn("whats the 2yr degree for this called")).toBeUndefined();
    expect(nameIn("is a 4yrs degree better")).toBeUndefined();
    expect(nameIn("does the F1 visa let me study")).toBe("f1");
  });

  describe("in the matcher", () => {
    let index: MatchIndex;
    beforeAll(async () => {
      index = buildIndex(await realKnowledge());
    });
    it("refuses another field's exam score, and still answers about the pack's own exams", () => {
      expect(match(index, "What is the passing score for the FE exam?").kind).toBe("none");
      const own = match(index, "what is the ASCP exam");
      expect(own.kind === "answer" && own.entry.id).toBe("ascp");
    });
    it("refuses credentials of other fields the spelling would read as the pack's, and sites' profiles", () => {
      expect(isOut(index, "I hold a BMLT diploma, how do I get it recognised")).toBe(true);
      expect(isOut(index, "does the NHA CCMA exam have a lab section")).toBe(true);
      expect(isOut(index, "how long is the CPT phlebotomy course at the community college")).toBe(true);
      expect(isOut(index, "should my LinkedIn profile say I want a lab job")).toBe(true);
      expect(isOut(index, "is the ASCP BOC certification worth getting")).toBe(false);
    });
  });
});

describe("other jobs and names, with nothing of the domain beside them", () => {
  let index: MatchIndex;
  // The rules' own ranking, without the model learned from the examples: what the names leave to it.
  let rules: MatchIndex;
  beforeAll(async () => {
    const kb = await realKnowledge();
    index = buildIndex(kb);
    rules = buildIndex({ ...kb, examples: [] });
  });

  it.each([
    "how do I become a forensic scientist",
    "how to become an EKG tech",
    "what does a cardiovascular technologist do",
    "do dialysis techs need to be certified",
    "what does an anesthesia tech earn",
    "what does a respiratory tech do",
    "salary of a sterile processing technician",
    "how much do CNAs make",
    "is being a CNA worth it",
    "how hard is the PANCE",
  ])("refuses %j: another job, by a word the pack does not know", (text) => {
    expect(match(index, text)).toMatchObject({ kind: "none", reason: "out-of-scope" });
  });

  it.each([
    ["as a dialysis tech, can I become an MLT?", "no-degree"],
    ["what does a bench tech do all day", "duties-overview"],
    ["who runs the MRI and CT scanners", "medical-imaging-technician"],
  ])("leaves %j, which names the domain or a word it knows, to %s", (text, expected) => {
    expect(match(index, text).kind).toBe("answer");
    const r = match(rules, text);
    expect(r.kind === "answer" ? r.entry.id : r.kind).toBe(expected);
  });

  it.each([
    ["WHAT KINDA SALERY DO LAB TECHS GET", "salary"],
    ["DO YOU NEED CERTIFCATION TO GET HIRED", "certification-overview"],
    ["IS THE FEILD GROWING", "job-outlook"],
  ])(
    "reads %j, typed in capitals throughout, as if in lower case: its typos are not names",
    (text, expected) => {
      const r = match(index, text);
      expect(r.kind === "answer" ? r.entry.id : r.kind).toBe(expected);
    },
  );

  it.each([
    ["EQUIPMNET", "equipment"],
    ["QUALTIY CONTROL", "quality-control"],
  ])(
    "reads %j, a word in capitals too long for an acronym that the speller corrects, as a typo",
    (text, id) => {
      const r = match(index, text);
      expect(r.kind === "answer" ? r.entry.id : r.kind).toBe(id);
    },
  );

  it("still takes an acronym's length in capitals for a name, though the speller could correct it", () => {
    expect(match(index, "how hard is the COMLEX exam")).toMatchObject({
      kind: "none",
      reason: "out-of-scope",
    });
  });

  it("still takes a capitalised name in a message that is not all capitals", () => {
    expect(match(index, "IS the PANCE hard")).toMatchObject({ kind: "none", reason: "out-of-scope" });
  });

  it("reads no job in two words a comma keeps apart", () => {
    expect(match(index, "who types the numbers into Cerner, techs or the front desk")).toMatchObject({
      kind: "answer",
      entry: { id: "data-management" },
    });
    expect(match(index, "who types the numbers into Cerner techs or the front desk")).toMatchObject({
      kind: "none",
      reason: "out-of-scope",
    });
  });

  it("reads a name given to a thing of the work as a tool's, not another field's", () => {
    // A tool's name before a word for a thing, or where the work's things are put.
    expect(match(index, "the LIS system??")).not.toMatchObject({ reason: "out-of-scope" });
    expect(match(index, "do the techs put results in EMR themselves")).not.toMatchObject({
      reason: "out-of-scope",
    });
    // Alone, it is still a name the pack does not know.
    expect(match(index, "what does the LIS do")).toMatchObject({ kind: "none", reason: "out-of-scope" });
    expect(match(index, "how do I study for the MCAT on my computer")).toMatchObject({ kind: "none" });
  });

  it("does not take a name as another field's when the message points at the subject", () => {
    expect(match(index, "do I need a GED for this")).not.toMatchObject({ reason: "out-of-scope" });
  });

  it.each([
    "what's a passing score for the MLT board exam",
    "how many times can I retake the ASCP exam",
    "is there an age requirement for the AMT certification",
  ])("says the guide does not cover the exams' own rules: %j", (text) => {
    expect(match(index, text)).toMatchObject({ kind: "none", reason: "uncovered" });
  });
});

describe("codes of a letter and digits", () => {
  const none = () => false;
  it.each([
    ["could a lab tech get an O-1 to work here", "o1"],
    ["is the W2 enough to prove it", "w2"],
    ["my K12 school", "k12"],
  ])("%j names %j", (text, code) => {
    expect(letterCode(text, none)).toBe(code);
  });

  it.each(["BLUF: ex-68W, want MLT", "SN1 vs SN2", "a 2-year degree", "about 60k a year", "my 3rd year"])(
    "%j names none",
    (text) => {
      expect(letterCode(text, none)).toBeUndefined();
    },
  );

  it("leaves out the pack's own codes", () => {
    expect(letterCode("my A1C came back", (w) => w === "a1c")).toBeUndefined();
  });
});

describe("a body the pack does not know as the question's subject", () => {
  it.each([
    ["does NAACLS say a tech needs clinical hours", "naacls", true],
    ["what does CMS require of lab staff", "cms", true],
    ["Kettering offers an mlt course?", "kettering", true],
    ["can I use WIOA money for this", "wioa", false],
    ["do I need CPR for lab work", "cpr", false],
  ])("%j", (text, name, expected) => {
    expect(nameAsSubject(words(text), name)).toBe(expected);
  });
});

describe("a body the pack does not know as the question's subject, in the matcher", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = buildIndex(await realKnowledge());
  });

  it("is refused though the question names the domain", () => {
    expect(isOut(index, "does JCAHO say how often lab techs calibrate equipment")).toBe(true);
    expect(isOut(index, "does CLIA let lab techs sign off on results")).toBe(true);
    expect(isOut(index, "what does CMS require of lab techs who run tests")).toBe(true);
  });

  it("leaves the pack's own bodies", () => {
    expect(isOut(index, "does the ASCP require an accredited program for the MLT exam")).toBe(false);
  });
});
