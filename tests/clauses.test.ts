import { beforeAll, describe, expect, it } from "vitest";
import {
  announcesAQuestion,
  conditionAfter,
  isAsking,
  messageParts,
  pointsBack,
  questionsIn,
  reasonAfter,
  sentences,
  statementAfter,
} from "../src/matching/clauses.ts";
import { buildIndex, type MatchIndex, match } from "../src/matching/engine.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

describe("finding the question in a message", () => {
  it("splits sentences, but not at a decimal point", () => {
    expect(sentences("My result was 11.2 today. Is that low? Thanks")).toEqual([
      "My result was 11.2 today.",
      "Is that low?",
      "Thanks",
    ]);
  });

  it("tells asking sentences from background", () => {
    const parts = messageParts(
      "I'm 31 and have driven a bus for ten years. My sister works at a clinic. Tell me what the training takes.",
    );
    expect(parts.asking).toEqual(["Tell me what the training takes."]);
    expect(parts.background).toHaveLength(2);
  });

  it("splits a second question joined by 'and', but not a statement or a short tail", () => {
    expect(questionsIn("what do they earn, and is the field growing?")).toEqual([
      "what do they earn",
      "is the field growing?",
    ]);
    expect(questionsIn("what is the difference between a technician and a technologist")).toHaveLength(1);
    expect(questionsIn("I see both titles and can't tell them apart")).toHaveLength(1);
    expect(questionsIn("how long is it and why")).toHaveLength(1);
  });

  it("splits a second question joined after a clause of time, which stays with it", () => {
    expect(
      questionsIn(
        "Is the two-year degree enough to get hired, and once I graduate do I still have to sit an exam?",
      ),
    ).toEqual([
      "Is the two-year degree enough to get hired",
      "once I graduate do I still have to sit an exam?",
    ]);
    expect(questionsIn("I want to study and after I finish I plan to move")).toHaveLength(1);
  });

  it("splits a second question joined by a texted 'n' or '&'", () => {
    expect(questionsIn("what do mlts earn n do they get bonuses")).toEqual([
      "what do mlts earn",
      "do they get bonuses",
    ]);
    expect(questionsIn("is the lab busy & are the hours long")).toEqual([
      "is the lab busy",
      "are the hours long",
    ]);
    expect(questionsIn("what is the n in the formula")).toHaveLength(1);
  });

  it("finds a condition on the writer told after the question", () => {
    expect(conditionAfter("how long is the course if I study at night")).toEqual([
      "how long is the course",
      "if I study at night",
    ]);
    expect(conditionAfter("what if I fail")).toBeUndefined();
    expect(conditionAfter("how long is the course if it rains")).toBeUndefined();
  });

  it("finds a reason told after the question, past a comma", () => {
    expect(reasonAfter("any way in without a degree, cause college costs too much for me")).toEqual([
      "any way in without a degree",
      "cause college costs too much for me",
    ]);
    expect(reasonAfter("what is the pay, since when is it this low?")).toBeUndefined();
  });

  it("finds a reason with no mark before it when the writer tells what they do, in texting's words too", () => {
    expect(reasonAfter("can i take the classes at night bc i work weekends at the shop")).toEqual([
      "can i take the classes at night",
      "bc i work weekends at the shop",
    ]);
    expect(reasonAfter("is there a program online pq i have two jobs")?.[0]).toBe(
      "is there a program online",
    );
    expect(reasonAfter("do they work weekends because I have kids")?.[1]).toBe("because I have kids");
    expect(reasonAfter("do they work weekends because of the hospital rota")).toBeUndefined();
    expect(reasonAfter("have they had weekend shifts since i started")).toBeUndefined();
  });

  it("finds a question that follows a lead-in in the same sentence, after a comma or a colon", () => {
    expect(messageParts("been a cashier for 6 yrs, can i get into lab work without a degree").asking).toEqual(
      ["can i get into lab work without a degree"],
    );
    expect(messageParts("ngl money is tight rn, would the pay even cover rent").asking).toEqual([
      "would the pay even cover rent",
    ]);
    expect(messageParts("One thing before I sign up: what does the job market look like?").asking).toEqual([
      "what does the job market look like?",
    ]);
    // A question that opens the sentence keeps what follows the comma.
    expect(messageParts("do they work nights, or only days?").asking).toEqual([
      "do they work nights, or only days?",
    ]);
  });

  it("finds a question in a sentence told without punctuation, after three words or more of story", () => {
    expect(
      messageParts("stocking shelves nine years my knees hurt how do i get into lab work").asking,
    ).toEqual(["how do i get into lab work"]);
    expect(messageParts("laid off twice this year is it too late to start over in a lab").asking).toEqual([
      "is it too late to start over in a lab",
    ]);
    // An auxiliary in a sentence with a full stop is a statement's, and a relative "where" is not a question.
    expect(messageParts("My first job is lab assistant, and it pays badly.").asking).toEqual([]);
    expect(messageParts("the clinic where i work has a small lab").asking).toEqual([]);
  });

  it("reads a formal request to know or understand as the question, not as story", () => {
    const parts = messageParts(
      "I have kept accounts for a shipping firm for many years. I would like to understand what training the work takes.",
    );
    expect(parts.asking).toEqual(["I would like to understand what training the work takes."]);
    expect(messageParts("I should like to know whether the hours are regular.").asking).toHaveLength(1);
    expect(messageParts("Kindly advise on the usual hours.").asking).toHaveLength(1);
  });

  it("reads a letter's request for information, guidance or clarification as the question", () => {
    const parts = messageParts(
      "I kept the books of a furniture maker until I retired. I would greatly appreciate some guidance regarding the training involved.",
    );
    expect(parts.asking).toEqual([
      "I would greatly appreciate some guidance regarding the training involved.",
    ]);
    expect(messageParts("We are seeking information on the usual hours.").asking).toHaveLength(1);
    expect(messageParts("Any advice on the exams would be much appreciated.").asking).toHaveLength(1);
    expect(messageParts("I should be most grateful for a word on the hours.").asking).toHaveLength(1);
    // Said in the middle of a told sentence, it opens the question there.
    expect(
      messageParts(
        "i drove a city bus for twenty six years and my nephew is looking at hospital work i would appreciate any information on what a lab tech earns",
      ).asking,
    ).toEqual(["i would appreciate any information on what a lab tech earns"]);
    expect(
      messageParts(
        "I kept house for forty years and now at sixty I want steady work I would be grateful for guidance on how one trains for the lab",
      ).asking,
    ).toEqual(["I would be grateful for guidance on how one trains for the lab"]);
    // Appreciating something else tells.
    expect(messageParts("I appreciate the quiet of a lab.").asking).toEqual([]);
  });

  it("reads texting's sentence ends (lol, an emoji) and openers (yo, wait, ngl) before a question", () => {
    expect(sentences("my mom thinks im crazy lol is it a good job 😅 asking for real")).toEqual([
      "my mom thinks im crazy lol",
      "is it a good job 😅",
      "asking for real",
    ]);
    expect(messageParts("yo wait do they need a cert").asking).toEqual(["yo wait do they need a cert"]);
    expect(messageParts("ok so how long is the program").asking).toHaveLength(1);
  });

  it("keeps the alternatives of one question together ('…, or is it…')", () => {
    expect(questionsIn("is the pay decent or is it pretty low")).toHaveLength(1);
    expect(questionsIn("do they work in hospitals, or do they mostly work at clinics?")).toHaveLength(1);
  });

  it("drops a sentence that only says a question is coming", () => {
    const parts = messageParts(
      "Hi, I have a couple of quick questions. I stack pallets in a cold store. What do lab techs earn?",
    );
    expect(parts.asking).toEqual(["What do lab techs earn?"]);
    expect(parts.background).toEqual(["I stack pallets in a cold store."]);
    expect(messageParts("May I ask you something? Is the work lonely?").asking).toEqual([
      "Is the work lonely?",
    ]);
    expect(messageParts("please i want to ask something. my back hurts from the warehouse.").asking).toEqual(
      [],
    );
    // A question about something is not an announcement.
    expect(announcesAQuestion("Can I ask about the night shifts?")).toBe(false);
    expect(announcesAQuestion("I have a question about the exam")).toBe(false);
  });

  it("reads the writer's labels: what follows 'question:' or 'tl;dr' asks, what follows 'context:' tells", () => {
    expect(messageParts("Question: lab tech pay in a small town.").asking).toEqual([
      "lab tech pay in a small town.",
    ]);
    expect(messageParts("So my question is, whether the pay covers a family").asking).toEqual([
      "whether the pay covers a family",
    ]);
    const parts = messageParts("Context: what I do now is drive a forklift. tl;dr is lab work calmer?");
    expect(parts.asking).toEqual(["is lab work calmer?"]);
    expect(parts.background).toEqual(["what I do now is drive a forklift."]);
  });

  it("tells the statement run on after a question from the question", () => {
    expect(statementAfter("how long is the training i heard it takes two years")).toEqual([
      "how long is the training",
      "i heard it takes two years",
    ]);
    // An "I" bound to the question by a conjunction, an auxiliary or a preposition is the question's.
    expect(statementAfter("what should i study if i have a criminal record")).toBeUndefined();
    expect(statementAfter("is it worth it so i can support my kids")).toBeUndefined();
    // A sentence opening with "when" tells from its first word.
    expect(statementAfter("When I visited the lab I saw robots everywhere")).toBeUndefined();
  });

  it("leaves out a remark after the last question about where the writer met its subject", () => {
    expect(
      messageParts("whats an MLT even i keep hearing about it at the records office").background,
    ).toEqual([]);
    expect(
      messageParts("what is an MLT 😅 the records clerk at my office keeps mentioning it").background,
    ).toEqual([]);
    // Between two questions it is story still.
    expect(messageParts("Is it stressful? My cousin says it is. How much does it pay?").background).toEqual([
      "My cousin says it is.",
    ]);
  });

  it("reads the words that number or count a message's questions as labels, not as its words", () => {
    expect(messageParts("Two things: what do lab techs earn, and where do most of them work?")).toMatchObject(
      {
        asking: ["what do lab techs earn", "where do most of them work?"],
        background: [],
      },
    );
    expect(messageParts("Firstly, what exams are there? Secondly: is the work dull?").asking).toEqual([
      "what exams are there?",
      "is the work dull?",
    ]);
    // A summary label may sum up the story: it is dropped, not read as a question.
    expect(messageParts("Long story short, I hate my desk job. How do I start?").background).toEqual([
      "I hate my desk job.",
    ]);
  });

  it("splits a list of three questions or more joined by commas, not two nor a qualifier before one", () => {
    expect(
      questionsIn("what is the mood in a lab, is it quiet, do you work alone much, are there late shifts"),
    ).toEqual([
      "what is the mood in a lab",
      "is it quiet",
      "do you work alone much",
      "are there late shifts",
    ]);
    expect(questionsIn("what do lab techs do, do they draw blood")).toHaveLength(1);
    expect(questionsIn("after the training, is it required, do you need more")).toHaveLength(1);
  });

  it("splits a second question joined on by 'and I want to know'", () => {
    expect(
      questionsIn(
        "My brother wants to know what lab techs earn, and I want to know if the training is online.",
      ),
    ).toEqual(["My brother wants to know what lab techs earn", "I want to know if the training is online."]);
  });

  it("knows when a question points back into the story", () => {
    expect(pointsBack("What is that one?")).toBe(true);
    expect(pointsBack("What separates the two?")).toBe(true);
    expect(pointsBack("How much do lab techs earn?")).toBe(false);
  });

  it("does not take 'the two' or 'the first' counting a span of time as pointing back", () => {
    expect(pointsBack("Is the two year program enough?")).toBe(false);
    expect(pointsBack("How hard is the first year?")).toBe(false);
    expect(pointsBack("Which of the two pays more?")).toBe(true);
  });

  it("does not take 'this' or 'these' naming the time now as pointing back", () => {
    expect(pointsBack("Are labs still hiring these days?")).toBe(false);
    expect(pointsBack("Will there be openings this year?")).toBe(false);
    expect(pointsBack("Are these jobs hard to get?")).toBe(true);
  });

  it("does not take 'that' opening a clause, or the career's own name after a pointing word, as pointing back", () => {
    expect(pointsBack("Which tools that lab techs use should I learn first?")).toBe(false);
    expect(pointsBack("What classes are there that I can take at night?")).toBe(false);
    expect(pointsBack("How do I become one of those lab techs?")).toBe(false);
    expect(pointsBack("What specialties are there in this field?")).toBe(false);
    expect(pointsBack("What should I study after this job?")).toBe(true);
    expect(pointsBack("What does that job pay?")).toBe(true);
    expect(pointsBack("Is that certification hard?")).toBe(true);
  });

  it("finds a question said in the middle of a told sentence", () => {
    const parts = messageParts(
      "i drove a delivery van for nine years and my knees are shot and my cousin says the clinic lab is hiring so what i want to know is how long the training takes",
    );
    expect(parts.asking).toEqual(["what i want to know is how long the training takes"]);
    expect(
      messageParts("my shifts at the diner end at noon and i was wondering if there are night classes")
        .asking,
    ).toEqual(["i was wondering if there are night classes"]);
  });

  it("reads a report of what someone said, with a question mark, as story beside a question asked outright", () => {
    const parts = messageParts(
      "My neighbour says the night shift pays extra but my uncle says it doesn't? What does a lab tech earn?",
    );
    expect(parts.asking).toEqual(["What does a lab tech earn?"]);
    expect(messageParts("My neighbour says the night shift pays extra?").asking).toHaveLength(1);
  });

  it("reads a long statement with a question mark, told by its subject, as story beside a question asked outright", () => {
    const parts = messageParts(
      "my boss calls me a tech and calls my friend a technologist and we basically do the exact same work?? so what is the difference between them",
    );
    expect(parts.asking).toEqual(["so what is the difference between them"]);
    // Alone it asks; and a short one is a question in a statement's order.
    expect(
      messageParts("we basically do the exact same work every single day as the technologists??").asking,
    ).toHaveLength(1);
    expect(messageParts("I can work without the certification? And what does it pay?").asking).toHaveLength(
      2,
    );
  });

  it("does not read wanting to know followed only by when as asking", () => {
    expect(isAsking("I need to know before I put any money down.")).toBe(false);
    expect(isAsking("I'd like to know first, honestly.")).toBe(false);
    expect(isAsking("I need to know what the hours are before I apply.")).toBe(true);
    expect(
      messageParts(
        "Is the work loud? I get bad headaches from noise and I need to know before I enroll in anything.",
      ).asking,
    ).toEqual(["Is the work loud?"]);
  });

  it("does not read a relative 'which' after a comma, or a courtesy before a statement, as asking", () => {
    expect(isAsking("My niece picked lab work, which surprised everyone.")).toBe(false);
    expect(isAsking("Please I have a diploma in chemistry from my country.")).toBe(false);
    expect(isAsking("Please tell me the steps.")).toBe(true);
  });

  it("does not read a clause of time about anyone, with a clause of its own after it, as asking", () => {
    expect(isAsking("When the clinic needs a urine test, we walk it over to the lab.")).toBe(false);
    expect(isAsking("Once the nurses finish the draw, they send the tubes downstairs.")).toBe(false);
    expect(isAsking("When does the program start, I need to know.")).toBe(true);
    expect(isAsking("when the exam opens, what do I bring.")).toBe(true);
  });

  it("does not read a relative 'which' with its verb in a sentence ending in a full stop as asking", () => {
    expect(isAsking("My cousin says there is a shorter course which is easier for people from abroad.")).toBe(
      false,
    );
    expect(isAsking("I drive a forklift which pays badly.")).toBe(false);
    expect(isAsking("I am not sure which is better.")).toBe(true);
    expect(isAsking("and the course which is shorter?")).toBe(true);
  });

  it("reads 'tell me' or 'explain' after someone other than the one asked as telling what they said", () => {
    expect(isAsking("My uncle tell me the lab is a good place for quiet people.")).toBe(false);
    expect(isAsking("She won't tell me what she earns lol")).toBe(false);
    expect(isAsking("my coach explain it different every time")).toBe(false);
    expect(isAsking("Tell me what the work is like.")).toBe(true);
    expect(isAsking("could you maybe explain the two exams")).toBe(true);
    expect(isAsking("I need somebody to tell me the steps.")).toBe(true);
  });

  it("finds a run-on question whose question word takes an adverb or a word of degree, or 'all this'", () => {
    expect(
      messageParts("my son came home from school talking about it all so what exactly is a lab tech").asking,
    ).toEqual(["what exactly is a lab tech"]);
    expect(
      messageParts("the mill is laying people off and i need steady work how risky is it working in a lab")
        .asking,
    ).toEqual(["how risky is it working in a lab"]);
    expect(
      messageParts(
        "been reading on my break and my cousin says different things where does all this come from",
      ).asking,
    ).toEqual(["where does all this come from"]);
    expect(
      messageParts(
        "been on the chemistry bench two years and it bores me so like what options even are there for techs",
      ).asking,
    ).toEqual(["what options even are there for techs"]);
    // "which one" picks among the things the lead names: it does not open a question without them.
    expect(messageParts("ascp vs amt which one should i go for").asking[0]).not.toMatch(/^which/);
    // "I ask because…" after the question tells why.
    expect(statementAfter("what does a lab tech do all day i ask because my wife worries")).toEqual([
      "what does a lab tech do all day",
      "i ask because my wife worries",
    ]);
  });

  it("finds a question word with its auxiliary and a determiner in a run-on story", () => {
    const parts = messageParts(
      "i run a dry cleaner now but i always liked biology so what are the steps to become a lab tech from zero",
    );
    expect(parts.asking).toEqual(["what are the steps to become a lab tech from zero"]);
  });

  it("reads a question told inside a statement as background beside a question asked outright", () => {
    const parts = messageParts(
      "My son wants to study lab work. I wonder if he is ready. What programs are there?",
    );
    expect(parts.asking).toEqual(["What programs are there?"]);
    expect(messageParts("My son wants to study lab work. I wonder if he is ready.").asking).toHaveLength(1);
  });

  it("reads a question told inside a statement as asking", () => {
    expect(isAsking("I wonder if the exam is hard.")).toBe(true);
    expect(isAsking("idk if my credits from overseas count")).toBe(true);
    expect(isAsking("I'd just like a straight answer on what the hours are.")).toBe(true);
    expect(isAsking("I don't know anybody in healthcare.")).toBe(false);
    expect(isAsking("I'd really like to know what the training costs.")).toBe(true);
    expect(isAsking("idk if this is a dumb thing to ask")).toBe(false);
    expect(isAsking("I can find out why a printer jams.")).toBe(false);
  });
});

describe("questions opening with a clause of their own", () => {
  it("asks when a clause of time or condition is followed by an auxiliary before its subject", () => {
    expect(isAsking("Once I pass the exam can I work in any state")).toBe(true);
    expect(isAsking("If we relocate would I have to test again")).toBe(true);
    expect(isAsking("After I graduate I will look for a lab job")).toBe(false);
    expect(isAsking("Before I apply I should save some money")).toBe(false);
  });

  it("keeps such a question beside the one joined on to it, not in the story", () => {
    const parts = messageParts(
      "My shifts at the warehouse end at six. Once I finish the program do I still sit an exam, and are labs hiring?",
    );
    expect(parts.asking).toEqual(["Once I finish the program do I still sit an exam", "are labs hiring?"]);
  });

  it("reads a sentence opening with 'and' and a question as one question, not a lead-in", () => {
    const parts = messageParts(
      "Is the pay decent? And would I be working in a hospital, or are there other kinds of labs?",
    );
    expect(parts.asking).toEqual([
      "Is the pay decent?",
      "And would I be working in a hospital, or are there other kinds of labs?",
    ]);
  });
});

describe("matching a story", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = buildIndex(await realKnowledge());
  });

  it("answers a letter's request for information after the writer's story", () => {
    const r = match(
      index,
      "I sold insurance for thirty years before retiring, and my grandson has asked me to help him choose a trade. I would appreciate information regarding what a medical laboratory technician is paid.",
    );
    expect(r.kind === "answer" && r.entry.id).toBe("salary");
  });

  it("refuses a question about a thing of everyday life that finds nothing on its own words, whatever the story", () => {
    const r = match(
      index,
      "ok so i finally got my own apartment and my first try at my dads chili was a disaster lol i work at a lab all day so i dont have time for fancy cooking. how do i make chili actually taste good",
    );
    expect(r.kind).toBe("none");
  });

  it("refuses a question naming two things the pack does not know and nothing of its domain, whatever the story", () => {
    const r = match(
      index,
      "I work as a lab technician in Ohio and I have two weeks off in June. We want to drive to visit my sister in Canada. Which documents should I bring to cross the border with my kids?",
    );
    expect(r.kind).toBe("none");
  });

  it("lets the question decide, not the background's domain words", () => {
    const r = match(
      index,
      "I have worked at a hospital front desk for years and see blood samples all day. My aunt is a nurse. What does a lab tech earn?",
    );
    expect(r.kind === "answer" && r.entry.id).toBe("salary");
  });

  it("answers questions that each say the same thing on their own words with that, whatever the story says", () => {
    for (const text of [
      "Running the same coag tests at a clinic lab for six years, same routine every shift. Can I specialize? Specialty options?",
      "Four years on the urine bench doing the same tests daily, bored stiff. Specialize possible? Which specialty?",
    ]) {
      const r = match(index, text);
      expect(r.kind === "answer" && r.entry.id).toBe("specializations-overview");
    }
  });

  it("reads a question of question words alone with the sentence just before it", () => {
    const r = match(
      index,
      "we can't afford a 4 yr degree right now. been reading up on technicians and technologists and they blur together for me. which is which",
    );
    expect(r.kind === "answer" && r.entry.id).toBe("technician-vs-technologist");
  });

  it("lets a question whose own words choose clearly keep its answer over the whole story's", () => {
    const r = match(
      index,
      "I process the same urine tests all day at a reference lab and the routine is wearing on me. Which specialty areas exist for someone like me?",
    );
    expect(r.kind === "answer" && r.entry.id).toBe("specializations-overview");
  });

  it("keeps the answer a question's own words give clearly, however long the story that blurs it", () => {
    const r = match(
      index,
      "I spent nine years as a receptionist at a hotel and then stayed home with my twins. They just started school, I read a lot about biology back then and I still enjoy puzzles and keeping things in order. Honestly, is this the kind of career that would suit a person like me?",
    );
    expect(r.kind === "answer" && r.entry.id).toBe("career-fit");
  });

  it("keeps the answer a message's one question gets on its own when the story would leave it asked back", () => {
    const r = match(
      index,
      "I work as a caregiver for eight years. In my country I studied two years of chemistry but I did not finish. My manager says I am a careful person and should try the lab. Can I become a lab technician even if my degree is not finished?",
    );
    expect(r.kind === "answer" && r.entry.id).toBe("no-degree");
  });

  it("answers a question on its own words when the story leaves every question of the message unanswered", () => {
    const r = match(
      index,
      "Which devices would I be touching? Background: I've fixed car stereos, soldered amplifiers, built speakers, tuned guitars and wired garages. Which machines, basically?",
    );
    expect(r.kind === "answer" && r.entry.id).toBe("equipment");
  });

  it("does not let a remark after the question about where the writer met its subject decide the entry", () => {
    for (const text of [
      "whats an MLT even i keep hearing about it from the supervisor",
      "what is an MLT 😅 the records clerk at my office keeps mentioning it",
    ]) {
      const r = match(index, text);
      expect(r.kind === "answer" && r.entry.id, text).toBe("what-is-mlt");
    }
  });

  it("reads a question that points back past a sentence naming nothing of the pack with the sentence before that", () => {
    const r = match(
      index,
      "Most of my classmates are going for the ASCP. My lab instructor told me she took the exam from American Medical Technologists years ago. Never knew about them. What is that certification like?",
    );
    expect(r.kind === "answer" && r.entry.id).toBe("amt");
  });

  it("answers a question the guide covers though a later one is not covered", () => {
    const r = match(
      index,
      "I've got two questions. Firstly, what certifications are there? Secondly, how long is the course?",
    );
    expect(r.kind === "answer" && r.entry.id).toBe("certification-overview");
  });

  it("answers both questions when the second is joined on by 'and I want to know'", () => {
    const r = match(
      index,
      "My brother wants to know what lab techs earn, and I want to know if the training can be done online.",
    );
    expect(r.kind === "answer" && [r.entry.id, r.also?.id]).toEqual(["salary", "where-to-study"]);
  });

  it("keeps a thin question's clear answer when the story it leans on points elsewhere", async () => {
    // The rules alone: the learned model reads the story's words too, and since it learns with features left out it
    // moves this one to the job the story names (a known miss, kept out of this test of the rules).
    const rules = buildIndex({ ...(await realKnowledge()), examples: [] });
    const r = match(
      rules,
      "I draw blood all day at a clinic and I'm tired of needles. What specializations are there that I could move to?",
    );
    expect(r.kind === "answer" && r.entry.id).toBe("specializations-overview");
  });

  it("answers the question after a lead-in of background in the same sentence", () => {
    const cases: [string, string][] = [
      ["been a cashier for 6 yrs, can i get into lab work without a degree", "no-degree"],
      ["ngl the hospital near me is hiring like crazy, what do lab techs get paid", "salary"],
      ["my cousin swears its boring lol what kind of tests do they run", "lab-testing"],
      ["real talk I'm bad with computers, do they have to keep patient records", "data-management"],
    ];
    for (const [text, id] of cases) {
      const r = match(index, text);
      expect(r.kind === "answer" && r.entry.id, text).toBe(id);
    }
  });

  it("reads a lead-in that the question points back to as what it asks about", () => {
    const cases: [string, string][] = [
      ["the guy at the clinic who draws your blood, is that a separate job?", "phlebotomist"],
      [
        "the people who look at cells under a microscope all day, is that a different specialty",
        "cytotechnologist",
      ],
    ];
    for (const [text, id] of cases) {
      const r = match(index, text);
      expect(r.kind === "answer" && r.entry.id, text).toBe(id);
    }
  });

  it("answers a question put as two alternatives once", () => {
    const cases: [string, string][] = [
      ["do lab techs get paid well or is it bad money", "salary"],
      ["should i get certified first or can i just apply to labs", "certification-overview"],
      ["do they mostly work in hospitals or are there other places", "work-settings"],
    ];
    for (const [text, id] of cases) {
      const r = match(index, text);
      expect(r.kind === "answer" && [r.entry.id, r.also?.id], text).toEqual([id, undefined]);
    }
  });

  it("answers a question joined on that takes its subject from the one before it once", () => {
    const once: [string, string][] = [
      ["what is the AMT credential and who hands it out?", "amt"],
      ["do techs keep learning after school, and who runs those courses?", "continuing-education"],
      [
        "I'm switching careers. Does a lab tech need to be certified, and what does it get me?",
        "certification-overview",
      ],
    ];
    for (const [text, id] of once) {
      const r = match(index, text);
      expect(r.kind === "answer" && [r.entry.id, r.also?.id], text).toEqual([id, undefined]);
    }
    // Read with the first question's words, a question asking something else still finds its own entry.
    const r = match(index, "what does a phlebotomist do, and how much do they make?");
    expect(r.kind === "answer" && [r.entry.id, r.also?.id].sort()).toEqual(["phlebotomist", "salary"]);
    // "They", the workers the first question speaks of, asked about another way, is a second question.
    const two = match(index, "can someone become a lab tech without a degree and how much do they make");
    expect(two.kind === "answer" && [two.entry.id, two.also?.id].sort()).toEqual(["no-degree", "salary"]);
    const where = match(index, "is it possible to be a lab tech without a degree and where do they work");
    expect(where.kind === "answer" && [where.entry.id, where.also?.id].sort()).toEqual([
      "no-degree",
      "work-settings",
    ]);
  });

  it("reads a question that points back with the sentence just before it, not the whole story", () => {
    const cases: [string, string][] = [
      [
        "I have a biology degree and I have used microscopes for years. My friend keeps talking about becoming a phlebotomist. What does that job involve?",
        "phlebotomist",
      ],
      [
        "I sell phones at the mall and my uncle says the pay in labs is bad. My sister cleans at a hospital lab, she says the techs label and log every sample that comes in. What does that part involve?",
        "specimen-handling",
      ],
    ];
    for (const [text, id] of cases) {
      const r = match(index, text);
      expect(r.kind === "answer" && r.entry.id, text).toBe(id);
    }
  });

  it("answers both of two things the story names when the question asks about both", () => {
    const cases: [string, string[]][] = [
      [
        "My teacher mentioned histotechnicians and cytotechnologists. What do both of them do?",
        ["histotechnician", "cytotechnologist"],
      ],
      [
        "I read about phlebotomists and imaging techs today. Can you explain both?",
        ["phlebotomist", "medical-imaging-technician"],
      ],
      ["A friend said the ASCP and AMT exams are the main ones. What is each one?", ["ascp", "amt"]],
    ];
    for (const [text, ids] of cases) {
      const r = match(index, text);
      expect(r.kind === "answer" && [r.entry.id, r.also?.id].sort(), text).toEqual([...ids].sort());
    }
  });

  it("takes 'wondering' and 'curious' for background when the message asks outright, and anyone's 'wants to know' as asking", () => {
    const cases: [string, string, string | undefined][] = [
      [
        "I've always been curious about what happens in hospital labs. What does a lab tech earn?",
        "salary",
        undefined,
      ],
      [
        "I've been wondering about the microscopes they use in labs for a while now. How do I become a lab tech?",
        "how-to-become",
        undefined,
      ],
      ["My husband wants to know how much lab techs make, and do they need a degree?", "salary", "no-degree"],
    ];
    for (const [text, id, also] of cases) {
      const r = match(index, text);
      expect(r.kind === "answer" && [r.entry.id, r.also?.id], text).toEqual([id, also]);
    }
  });

  it("keeps refusing a lead-in about something else when the question after it leans on it", () => {
    for (const text of [
      "my laptop keeps freezing, how to fix",
      "my car makes a weird noise, how do i repair it",
      "my kid broke his arm at soccer, is that normal",
    ])
      expect(match(index, text).kind, text).toBe("none");
  });

  it("does not refuse a question because the background mentions something the guide does not cover", () => {
    const r = match(index, "I work weekends at a diner right now. How do I become a lab tech?");
    expect(r.kind === "answer" && r.entry.id).toBe("how-to-become");
  });

  it("lets a thin question that read the story keep its answer over the whole message's", () => {
    const r = match(
      index,
      "I stocked shelves at a grocery store for eleven years and never went past high school, just the diploma. A neighbour of mine runs samples in a hospital lab and loves it. how do i even begin",
    );
    expect(r.kind === "answer" && r.entry.id).toBe("how-to-become");
  });

  it("still lets the story decide for a thin question about someone the story names", () => {
    const cases: [string, string][] = [
      ["school bus driver checking out phlebotomy, what do they do all day", "phlebotomist"],
      ["my cousin just became a cytotech. what does she actually do all day", "cytotechnologist"],
    ];
    for (const [text, id] of cases) {
      const r = match(index, text);
      expect(r.kind === "answer" && r.entry.id, text).toBe(id);
    }
  });

  it("does not let one of two questions hesitate over the other one's answer", () => {
    const r = match(
      index,
      "Spent 15 years driving a forklift and the money was never great, the raises stopped years ago. My brother in law works in a clinic lab. How do I get started and how much do they earn?",
    );
    expect(r.kind === "answer" && [r.entry.id, r.also?.id]).toEqual(["how-to-become", "salary"]);
  });

  it("hears a question after a lead-in that opens with a preposition, in a clause joined to another", () => {
    const r = match(
      index,
      "Been a bartender ten years. After the training, is certification required, and how much do they earn?",
    );
    expect(r.kind === "answer" && [r.entry.id, r.also?.id]).toEqual(["certification-overview", "salary"]);
    expect(isAsking("besides hospitals, where else could i work")).toBe(true);
    expect(isAsking("after the program i worked nights, mostly")).toBe(false);
  });

  it("reads a question someone else put, told as a story, with the question that points back to it", () => {
    const text =
      "I mentor a young man at our church who finished high school last year and has a few college credits. He works at a warehouse. He asked me what the steps are to become a lab technician. Could you walk me through them?";
    expect(messageParts(text).asking).toEqual([
      "He asked me what the steps are to become a lab technician. Could you walk me through them?",
    ]);
    const r = match(index, text);
    expect(r.kind === "answer" && r.entry.id).toBe("how-to-become");
  });

  it("reads an auxiliary after a comma in a sentence ending in a full stop as a statement going on", () => {
    expect(
      messageParts("A client of mine, a retired bus driver, is weighing a change of career.").asking,
    ).toEqual([]);
    expect(messageParts("been a cashier for years, can i get into lab work?").asking).toEqual([
      "can i get into lab work?",
    ]);
  });

  it("reads a question that points back and says nothing the pack knows with what it points to", () => {
    const r = match(
      index,
      "I am a career counsellor. A client of mine, a former warehouse supervisor, is weighing this career against staying where he is. He is mostly concerned with earnings. What can he expect in that respect?",
    );
    expect(r.kind === "answer" && r.entry.id).toBe("salary");
  });

  it("answers both questions of a message that asks two things", () => {
    const r = match(index, "how much do lab techs make and do I need a degree?");
    expect(r.kind).toBe("answer");
    if (r.kind !== "answer") return;
    expect([r.entry.id, r.also?.id]).toEqual(["salary", "no-degree"]);
  });

  it("does not answer a second question that is about the first one's subject the guide does not cover", () => {
    const r = match(index, "do lab techs need a state licence, and how would I get one?");
    expect(r.kind === "none" && r.reason).toBe("uncovered");
    const own = match(index, "do lab techs need a license, and how much do they make?");
    expect(own.kind === "answer" && own.entry.id).toBe("salary");
  });

  it("refuses a message whose second question says 'it' of a subject the guide does not cover", () => {
    for (const text of [
      "what does a dental hygienist make, and is it more than an MLT?",
      "how long does the phlebotomy course take and is it worth it compared to lab tech?",
      "which MLT program near Dallas is accredited, and what does it cost per semester?",
      "do lab techs need a state license and is it hard to get one?",
    ])
      expect(match(index, text).kind, text).toBe("none");
    // A question answered on its own keeps its answer: "it" is the job, which the guide covers.
    const own = match(index, "what skills does a lab tech need, and is it a remote job?");
    expect(own.kind === "answer" && own.entry.id).toBe("skills");
  });
});
