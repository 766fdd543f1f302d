import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../src/knowledge/schema.ts";
import {
  askingProfiles,
  asksOf,
  kindsOf,
  placesOfTheDoing,
  placeWords,
  QUESTION_KINDS,
} from "../src/matching/asks.ts";
import { buildIndex, type MatchIndex, match } from "../src/matching/engine.ts";
import { realKnowledge } from "./helpers/knowledge.ts";
import { rulesIndex } from "./helpers/reading.ts";

const kinds = (text: string) => kindsOf(asksOf(text));

describe("the kind of question a text asks", () => {
  it("reads a question word said without its auxiliary, at the end or before a verb of seeking, as asking", () => {
    expect(kinds("training, where find?")).toContain("where");
    expect(kinds("the job is done where")).toContain("where");
    expect(kinds("we would move, no matter where")).not.toContain("where");
    expect(kinds("that's where")).not.toContain("where");
  });

  it.each([
    ["where could a person like me train for it", ["where"]],
    ["which universities run this", ["where", "which"]],
    ["what kind of building would that be in", ["where", "which"]],
    ["looking for a decent college to go to", ["where"]],
    ["courses around here?", ["where"]],
    ["anything nearby", ["where"]],
    ["when does the exam open", ["when"]],
    ["who hands out the license", ["who"]],
    ["how long is the course", ["how-long"]],
    ["how many months does it last", ["how-long"]],
    ["how much is the fee", ["how-much"]],
    ["how come the pay went up", ["why"]],
    ["why bother with it", ["why"]],
    ["does it pay", ["yes-no"]],
    ["how do I sign up", ["how"]],
    // Texting shorthand is spelled out as everywhere else: "yrs" is years, "pls" a request's please.
    ["how many yrs is the course", ["how-long"]],
    ["hw long is it", ["how-long"]],
    ["wheres the exam held", ["where"]],
    ["can u pls explain the job", []],
    ["what's the atmosphere like", ["like"]],
    ["so what is a shift like for them", ["like"]],
    ["what does the work feel like", ["like"]],
    // Moving on from where one is: a word of moving, a verb with "up", "from … to …", "get me to".
    ["could i progress to the senior role", ["onward", "yes-no"]],
    ["time to level up at work", ["onward"]],
    ["going from night shift to a day job", ["onward"]],
    ["what gets me to the top", ["onward"]],
    // What someone does: "do" as the verb "what" asks for, not its auxiliary.
    ["what does a welder do", ["doing"]],
    ["what do they do at night", ["doing"]],
    ["what would I be doing there", ["doing"]],
  ])("reads %j as %j", (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it.each([
    // A place or a time that only tells: a relative clause, a condition, a reason given.
    "the clinic where my aunt works is hiring",
    "when I graduate I want something steady",
    "that's why I asked",
    // A request put as a question asks for an explanation, not a yes or no.
    "could you explain the job",
    // "where do I begin" asks how to start, not where to go.
    "where do I even begin",
    // A place noun that only qualifies what is asked about.
    "what kind of college program is it",
  ])("finds no place or time in %j", (text) => {
    expect(kinds(text)).not.toContain("where");
    expect(kinds(text)).not.toContain("when");
    expect(kinds(text)).not.toContain("yes-no");
  });

  it.each([
    "I'd like to know the pay",
    "what would you like me to say",
    "what do people like about it",
    "what jobs like this one pay well",
  ])("finds no question what something is like in %j", (text) => {
    expect(kinds(text)).not.toContain("like");
  });

  it("reads the asking sentence, not the story around it", () => {
    expect(kinds("I live where the buses never run. How much does it cost?")).toEqual(["how-much"]);
  });
});

describe("how far each entry's phrasings ask each way", () => {
  it("counts only what an entry asks beyond the pack as a whole", () => {
    const [place, pay, mixed] = askingProfiles(
      [
        ["where do I go", "where can I find one", "which schools teach it"],
        ["how much is it", "how much do they get"],
        ["where is it", "how much is it"],
      ].map((phrasings) => phrasings.map(asksOf)),
    );
    const where = QUESTION_KINDS.indexOf("where");
    const much = QUESTION_KINDS.indexOf("how-much");
    expect(place![where]).toBeGreaterThan(mixed![where]!);
    expect(pay![where]).toBe(0);
    expect(pay![much]).toBeGreaterThan(mixed![much]!);
  });
});

describe("matching by the kind of question", () => {
  let index: MatchIndex;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await realKnowledge();
    index = buildIndex(kb);
  });
  const answered = (text: string, on = index) => {
    const r = match(on, text);
    return r.kind === "answer" ? r.entry.id : r.kind;
  };

  it.each([
    ["where can I study this", "where-to-study"],
    ["schools in my area for this", "where-to-study"],
    ["programs around here?", "where-to-study"],
    ["what are the options for schools near me", "where-to-study"],
    // The places a question asking where names are what the answer is to give, not what it is about.
    ["where do ppl study for this, my community college?", "where-to-study"],
  ])("answers %j with %s", (text, id) => {
    expect(answered(text)).toBe(id);
  });

  it("reads a place not named in a question asking where as the asking, not as the workplace", async () => {
    // "somewhere" is in a phrasing of the places one may work: here it asks where the results go.
    const rules = await rulesIndex();
    expect(answered("where do the results end up, do they get typed in somewhere", rules)).toBe(
      "data-management",
    );
  });

  it.each([
    ["as a technician, how could i progress to technologist", "become-technologist"],
    ["been a technician 3 yrs, what gets me to technologist level", "become-technologist"],
  ])("answers %j, moving on between two roles it names, with %s", (text, id) => {
    expect(answered(text)).toBe(id);
  });

  it.each([
    ["so what does an MLT do at a hospital", "what-is-mlt"],
    ["what would a lab tech do in a clinic", "what-is-mlt"],
  ])("answers %j, the place only where it is done, with %s", (text, id) => {
    expect(answered(text)).toBe(id);
  });

  it("reads the place of the doing only in a question what someone does", () => {
    expect(placesOfTheDoing(["what", "does", "a", "tech", "do", "in", "a", "big", "hospital"])).toEqual([
      "a",
      "big",
      "hospital",
    ]);
    expect(placesOfTheDoing(["do", "techs", "work", "in", "a", "hospital"])).toEqual([]);
    expect(kinds("what do they test blood for")).not.toContain("doing");
    expect(kinds("what do they do with the tubes")).not.toContain("doing");
  });

  it("reads the names of places with the words saying which kind", () => {
    expect(placeWords("is my local community college any good".split(" "))).toEqual([
      "local",
      "community",
      "college",
    ]);
    expect(placeWords("a trade school or a hospital".split(" "))).toEqual(["trade", "school"]);
    expect(placeWords("community service hours".split(" "))).toEqual([]);
  });

  it("reads going up to a role as moving on, and a figure gone up to as none", () => {
    expect(kinds("done my mlt, how i go up to technologist")).toContain("onward");
    expect(kinds("does the pay go up to 70k")).not.toContain("onward");
  });

  it("does not read showing or signing up, nor where a thing comes from, as moving on", () => {
    expect(kinds("how do I sign up")).not.toContain("onward");
    expect(kinds("where do the samples come from")).not.toContain("onward");
  });

  it("reads a blessing's 'may' as a wish, not a yes-no question", () => {
    expect(kinds("may God bless you")).not.toContain("yes-no");
    expect(kinds("may I ask you something")).toContain("yes-no");
  });

  it("reads two things joined by 'to' at a short sentence's opening as a move, not a verb's or adjective's 'to'", () => {
    expect(kinds("tech to technologist how")).toContain("onward");
    expect(kinds("mlt to mls?")).toContain("onward");
    expect(kinds("how to become one")).not.toContain("onward");
    expect(kinds("close to home?")).not.toContain("onward");
    expect(kinds("want to start")).not.toContain("onward");
  });

  it("does not read a message asking for somewhere near as small talk", () => {
    expect(answered("programs near me")).not.toBe("smalltalk");
  });

  it("keeps a clear answer of the words whatever the kind of question", () => {
    expect(answered("who gives the ASCP exam")).toBe("ascp");
    expect(answered("is it easy to find a job as a lab tech")).toBe("job-outlook");
  });

  it("never answers a message its words leave unanswered", () => {
    const off = buildIndex(kb, { asksWeight: 0 });
    for (const text of ["where can I park my car", "who won the game last night", "why is the sky blue"])
      expect(answered(text)).toBe(answered(text, off));
  });
});
