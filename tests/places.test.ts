import { beforeAll, describe, expect, it } from "vitest";
import { buildIndex, type MatchIndex, match } from "../src/matching/engine.ts";
import {
  countryIn,
  countryTable,
  namedBody,
  namedInstitution,
  namedSchool,
  otherCountryNames,
  particularPlace,
  withoutCompared,
} from "../src/matching/places.ts";
import { words } from "../src/matching/text.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

describe("other countries by name", () => {
  it("names every country but the home one and its territories, without words that are also US places", () => {
    const names = otherCountryNames("US");
    expect(names).toEqual(expect.arrayContaining(["canada", "nigeria", "south africa", "uk", "philippines"]));
    for (const name of ["united states", "puerto rico", "georgia", "jersey"])
      expect(names).not.toContain(name);
  });

  it("finds a country in a message, but not in New Mexico or New England", () => {
    const table = countryTable(otherCountryNames("US"), words);
    expect(countryIn(words("lab tech pay in south africa?"), table)).toBe("south africa");
    expect(countryIn(words("lab tech pay in New Mexico"), table)).toBeUndefined();
    expect(countryIn(words("jobs in new england hospitals"), table)).toBeUndefined();
  });

  it("leaves out a country the message only compares with", () => {
    const table = countryTable(otherCountryNames("US"), words);
    const compared = (text: string) => countryIn(withoutCompared(words(text), table), table);
    expect(compared("will openings be scarce for me, like in south africa")).toBeUndefined();
    expect(compared("is the pay better than in the philippines")).toBeUndefined();
    expect(compared("is the pay better in the philippines")).toBe("philippines");
    expect(compared("is it like this in kenya")).toBe("kenya");
  });

  describe("in the matcher", () => {
    let index: MatchIndex;
    beforeAll(async () => {
      index = buildIndex(await realKnowledge());
    });

    it("answers a question about the work here that compares it with another country", () => {
      const r = match(index, "once I finish the program, will jobs be hard to come by, like in Kenya?");
      expect(r.kind === "answer" && r.entry.id).toBe("job-outlook");
    });

    it.each([
      "what does an MLT earn in Australia",
      "can I work as a lab tech in the UK",
      "is the ASCP certification valid in the Philippines?",
      "phlebotomy jobs in south africa",
    ])("does not answer %j: the guide covers one country", (text) => {
      const r = match(index, text);
      expect(r.kind === "none" && r.reason).toBe("uncovered");
    });

    it("answers a question whose story, not the question, names another country, and a US state's", () => {
      const story = match(index, "I moved here from India last year. What does a lab tech do?");
      expect(story.kind).not.toBe("none");
      const state = match(index, "how much do lab techs make in New Mexico");
      expect(state.kind === "answer" && state.entry.id).toBe("salary");
    });

    it("reads a country where the money goes, in a frame of the pay being enough, as the writer's need", () => {
      const sent = match(
        index,
        "with this job could I pay my rent in Ohio and still send money home to Ghana?",
      );
      expect(sent.kind === "answer" && sent.entry.id).toBe("salary");
      expect(match(index, "could I pay rent working as a lab tech in Ghana")).toMatchObject({
        kind: "none",
        reason: "uncovered",
      });
    });
  });
});

describe("one school or employer", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = buildIndex(await realKnowledge());
  });
  const pack = new Set(["mlt", "ascp", "lab"]);
  const place = (text: string) => particularPlace(text, (w) => pack.has(w));

  it("finds a name after at", () => {
    expect(place("is the MLT program at Keiser accredited")).toBe("Keiser");
    expect(place("what do MLTs make at Mayo Clinic")).toBe("Mayo");
    expect(place("is it hard to get hired at LabCorp")).toBe("LabCorp");
  });

  it("leaves the pack's names, words that are not names, places in the country and title-case messages alone", () => {
    expect(place("is a job at ASCP hard to get")).toBeUndefined();
    expect(place("what do lab techs do at a hospital")).toBeUndefined();
    expect(place("how much do lab techs make in Ohio")).toBeUndefined();
    expect(place("How Much Do Lab Techs Make At A Hospital")).toBeUndefined();
  });

  it("leaves what is looked at, and where someone else works, alone", () => {
    expect(place("is there a person whose job is to look at Pap smears all day")).toBeUndefined();
    expect(place("what is the difference, she works at Mayo")).toBeUndefined();
    expect(place("my cousin draws blood at Quest, what do they make")).toBeUndefined();
    expect(place("what would I make at Kaiser")).toBe("Kaiser");
  });

  it("leaves where the writer already works alone, not where they would", () => {
    expect(place("as a phlebotomist at LabCorp can i move up")).toBeUndefined();
    expect(place("I've been working at Kaiser for years, is it worth it")).toBeUndefined();
    expect(place("could I work at Mayo someday")).toBe("Mayo");
    expect(place("can I get hired at LabCorp")).toBe("LabCorp");
  });

  it.each([
    "what's the acceptance rate for the MLT program at Austin Community College",
    "is the phlebotomy course at Carrington any good",
    "what do lab techs make at Kaiser",
  ])("says the guide does not cover %j", (text) => {
    expect(match(index, text)).toMatchObject({ kind: "none", reason: "uncovered" });
  });

  it("still answers a long story run on without stops that names a place in passing", () => {
    const text =
      "I have driven a forklift for twenty years and my cousin works the front desk at Mercy General and says " +
      "the lab always needs people so can someone like me without a degree get hired there";
    expect(match(index, text).kind).not.toBe("none");
  });
});

describe("a school or body named anywhere in the question", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = buildIndex(await realKnowledge());
  });
  const pack = new Set(["mlt", "ascp", "lab", "brookline", "college", "community", "online", "program"]);
  const plain = new Set(["the", "a", "my", "local", "good", "does", "is", "community", "city"]);
  const institution = (text: string) =>
    namedInstitution(
      text,
      (w) => pack.has(w),
      (w) => plain.has(w),
    );
  const school = (text: string) =>
    namedSchool(
      words(text),
      (w) => pack.has(w),
      (w) => plain.has(w),
    );

  it("finds a capitalised name ending with an institution, and a school's name in lower case", () => {
    expect(institution("will Lakeshore Regional Hospital train me")).toBe("Lakeshore Regional Hospital");
    expect(institution("Pinecrest Academy runs an MLT course?")).toBe("Pinecrest Academy");
    expect(school("is the mlt program at my cousin's pinecrest community college good")).toBe(
      "pinecrest community college",
    );
  });

  it("leaves an institution given as an example of a kind, or as where someone else works", () => {
    expect(
      institution("do lab techs at a big place like Lakeshore Regional Hospital earn more"),
    ).toBeUndefined();
    expect(
      institution("my aunt works at Lakeshore Regional Hospital, do they need a degree"),
    ).toBeUndefined();
    expect(institution("do lab techs at Lakeshore Regional Hospital earn more")).toBe(
      "Lakeshore Regional Hospital",
    );
  });

  it("leaves the pack's schools, plain words and schools in general", () => {
    expect(institution("does Brookline College run a short program")).toBeUndefined();
    expect(institution("Community College or a certificate?")).toBeUndefined();
    expect(school("can i do it at my local community college")).toBeUndefined();
    expect(school("is an online college ok")).toBeUndefined();
  });

  it.each([
    "does Lakeshore Technical College offer a lab tech certificate",
    "will Northgate Medical Center hire a new MLT",
    "is the lab tech course at pinecrest community college hard to get into",
  ])("says the guide does not cover %j", (text) => {
    expect(match(index, text)).toMatchObject({ kind: "none", reason: "uncovered" });
  });

  it.each([
    "does Brookline College have a quicker lab tech program",
    "can i do the lab tech associate at the local community college",
  ])("still answers %j", (text) => {
    expect(match(index, text).kind).not.toBe("none");
  });
});

describe("one school by its name alone, or by its place", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = buildIndex(await realKnowledge());
  });
  const pack = new Set(["mlt", "ascp", "amt", "lab"]);
  const plain = new Set(["does", "do", "is", "the", "a", "me", "texas"]);
  const body = (text: string) =>
    namedBody(
      text,
      (w) => pack.has(w),
      (w) => plain.has(w),
    );

  it("finds a name as the subject of what a school has or takes, and the place of one school or program", () => {
    expect(body("Does Marlowe even offer the lab course at night?")).toBe("Marlowe");
    expect(body("Hartwell take students in january for mlt")).toBe("Hartwell");
    expect(body("is the college in Tamarack accredited for lab stuff")).toBe("Tamarack");
    expect(body("does the mlt program near Corvallis run on weekends")).toBe("Corvallis");
  });

  it("leaves a place that only narrows where to look, plain words and the pack's names", () => {
    expect(body("where could I study lab tech near Corvallis")).toBeUndefined();
    expect(body("which schools around Tamarack have lab classes")).toBeUndefined();
    expect(body("Does Texas have many lab jobs")).toBeUndefined();
    expect(body("Does AMT have a study guide")).toBeUndefined();
    expect(body("do lab techs make more in Corvallis")).toBeUndefined();
  });

  it("leaves a person asked about by name, who needs, takes or has what a school would not", () => {
    expect(body("Does Rosalind need a degree to work in a lab")).toBeUndefined();
    expect(body("can Tobiah take the ascp exam next spring")).toBeUndefined();
    expect(body("Does Rosalind have to get certified first")).toBeUndefined();
    expect(
      body("my niece Rosalind likes science, does Rosalind have a program she could start"),
    ).toBeUndefined();
  });

  it.each([
    "Does Marlowe still have seats in its lab program this winter?",
    "does the community college in Tamarack have an evening lab tech class",
  ])("says the guide does not cover %j", (text) => {
    expect(match(index, text)).toMatchObject({ kind: "none", reason: "uncovered" });
  });

  it.each([
    "where can I find an mlt program near Corvallis",
    "Skils need for this job, what are they?",
    "Does Rosalind need a degree to become a lab tech?",
  ])("still answers %j", (text) => {
    expect(match(index, text).kind).not.toBe("none");
  });
});
