import { beforeAll, describe, expect, it } from "vitest";
import { messageParts, questionsIn } from "../src/matching/clauses.ts";
import { buildIndex, type MatchIndex, match } from "../src/matching/engine.ts";
import { mayLead } from "../src/matching/learned-say.ts";
import { realKnowledge } from "./helpers/knowledge.ts";
import { realIndex } from "./helpers/reading.ts";

let index: MatchIndex;
beforeAll(async () => {
  index = await realIndex();
});

/** The entry answered and the second one, or the kind of any other reply. */
const answers = (text: string) => {
  const r = match(index, text);
  return r.kind === "answer" ? [r.entry.id, r.also?.id] : [r.kind];
};

describe("long stories with two questions", () => {
  it("answers a second question of few words that asks another way than the first", () => {
    expect(
      answers(
        "I'm 45 and I have cooked in diners all my life. My nephew showed me an ad for lab tech classes. Can I do that without a degree, and where would I go to train?",
      ),
    ).toEqual(["no-degree", "where-to-study"]);
  });

  it("reads 'that much', 'that hard' as a degree, not as pointing back at the question before", () => {
    expect(
      answers(
        "I clean rooms at a motel and the pay is awful. My aunt says hospitals always need lab people. What do they earn and is there really that much hiring?",
      ),
    ).toEqual(["salary", "job-outlook"]);
  });

  it("answers 'which one' of two things named before when it picks them by a thing of the pack", () => {
    const story = "I keep reading about MLTs and MLSs on job boards.";
    expect(answers(`${story} What separates the two and which one pays more?`)).toEqual([
      "technician-vs-technologist",
      "salary",
    ]);
  });

  it("reads a question of no words of the pack's with the lead-in of its own sentence", () => {
    expect(
      answers(
        "I run a small bakery and I'm on my feet all day with flour and hot ovens, so I'm used to being careful with my hands. Is lab technician a good job for me? I never got a degree, can I still do it?",
      ),
    ).toEqual(["career-fit", "no-degree"]);
  });

  it("answers both questions that the learned model, reading each alone, is sure ask two things", () => {
    expect(
      answers(
        "I've been a cashier forever and I want out. Is the short certificate a real option? Where would I study for it near me?",
      ),
    ).toEqual(["certificate-program", "where-to-study"]);
    expect(
      answers(
        "Quick questions from a dad of a teenager. Does it pay enough to live on? And would it suit a kid who loves biology but hates talking to people?",
      ),
    ).toEqual(["salary", "career-fit"]);
  });

  it("answers a second question pointing back at the first one's thing when it asks another way (where)", () => {
    expect(
      answers(
        "I'm 38 and I've been a waitress forever. Money is tight. Can I get into lab work without a degree, and where could I study for that?",
      ),
    ).toEqual(["no-degree", "where-to-study"]);
  });

  it("answers both questions the story draws to one entry when each finds its own sent alone", () => {
    expect(
      answers(
        "I'm a single mom with two little ones and I work days at a daycare. I can't do a full degree right now. Is there a shorter certificate I could do, and where would I even look for one?",
      ),
    ).toEqual(["certificate-program", "where-to-study"]);
  });

  it("answers the two entries two questions are each sure of on their own, when the story draws the message to a third", () => {
    expect(
      answers(
        "My hands tremble when I'm nervous and I'm not a people person. What's the lab like to work in, and what skills would I need to be good at it?",
      ),
    ).toEqual(["work-environment", "skills"]);
    expect(
      answers(
        "I'm almost through my MLT program. What specialties can I go into, and what does a histotech do specifically?",
      ),
    ).toEqual(["specializations-overview", "histotechnician"]);
  });

  it("still reads a question that says 'it' of the first one's subject as asking about it", () => {
    expect(answers("Is ongoing learning expected of lab techs, and who usually provides it?")).toEqual([
      "continuing-education",
      undefined,
    ]);
  });

  it("reads a second question's 'it' as the first one's subject, not the story's, when it asks a second thing", () => {
    expect(
      answers(
        "I'm 19, just finished high school late, living with my grandma in Ohio. How do I become a lab tech, and where can I study for it around here?",
      ),
    ).toEqual(["how-to-become", "where-to-study"]);
  });
});

describe("each question of a message read on its own, the learned model's say included", () => {
  it("answers both when the model reads one question as another entry than the rules read both as", () => {
    expect(
      answers(
        "I've stocked shelves at a grocery store for six years and my knees are shot. What would I have to do to become a lab tech instead, and is there a quicker certificate route?",
      ),
    ).toEqual(["certificate-program", "how-to-become"]);
  });

  it("answers the one entry two questions each find on their own, not one the story adds", () => {
    expect(answers("Do labs want their techs certified, and what certifications are there?")).toEqual([
      "certification-overview",
      undefined,
    ]);
  });

  it("gives a second answer a question finds sent alone, not one no question finds", () => {
    expect(
      answers("how do labs catch mistakes in results, and who keeps track of all the patient records?"),
    ).toEqual(["quality-control", "data-management"]);
  });

  it("keeps a question's own answer over the story's when the model reading the question alone is sure of it", () => {
    expect(
      answers(
        "My teacher suggested medical lab science for me. I honestly have no idea what the job involves day to day, would love an explanation.",
      ),
    ).toEqual(["duties-overview", undefined]);
  });

  it("keeps a clear question's answer when the story after it would tip a near tie", () => {
    expect(
      answers(
        "So I've been looking at careers in healthcare for months now. How do you become a lab tech? I'm 30 and I'm a cashier so I don't really have a science background.",
      ),
    ).toEqual(["how-to-become", undefined]);
  });
});

describe("a story's job or thing is not what a thin question asks", () => {
  it("keeps the answer a question's one word names when the learned model reads the question alone as it", () => {
    expect(
      answers(
        "I stick needles in arms at a plasma center all day and I'm done with it. What specializations are there?",
      ),
    ).toEqual(["specializations-overview", undefined]);
  });

  it("does not let the model's reading of the whole story move the answer its reading of the question confirms", () => {
    expect(
      answers("My uncle has been a histotech for 20 years, cutting and staining slides. Demand?"),
    ).toEqual(["job-outlook", undefined]);
    expect(
      answers(
        "I run the little analyzer at an urgent care and do the QC on it every morning. Certifications?",
      ),
    ).toEqual(["certification-overview", undefined]);
  });
});

describe("the story does not move a question naming its own thing", () => {
  it("keeps the answer the model's reading of the one question confirms, though the whole story reads as another", () => {
    expect(
      answers(
        "My daughter is quiet, careful and loves science but hates talking to strangers. Please tell me what a histotechnician does, maybe it fits her?",
      ),
    ).toEqual(["histotechnician", undefined]);
  });

  it("lets the model move the answer by its reading of the one question, where the story spreads the whole one's", () => {
    expect(
      answers(
        "My wife is a nurse and she keeps telling me the lab is short-staffed. I used to work in a warehouse. Where can I study to be a lab tech near me?",
      ),
    ).toEqual(["where-to-study", undefined]);
  });
});

describe("a question the guide does not cover beside one it does", () => {
  /** The entry answered and whether the reply says the rest is not covered, or the kind of any other reply. */
  const partly = (text: string) => {
    const r = match(index, text);
    return r.kind === "answer" ? [r.entry.id, r.partlyUncovered ?? false] : [r.kind];
  };

  it("answers a question of its own sentence after an uncovered one when its own words lead clearly", () => {
    expect(
      partly(
        "I have two kids in elementary school so my schedule matters a lot. Do labs make you work weekends? And what's the average salary?",
      ),
    ).toEqual(["salary", true]);
  });

  it("does not read 'the two' counting years as pointing back to two things", () => {
    expect(
      partly(
        "I drive for a delivery company all day. Can the courses be taken remotely, and is the two year degree the normal route?",
      ),
    ).toEqual(["associate-degree", true]);
  });
});

describe("a question that says 'it' of what the story names", () => {
  it("reads a question naming almost nothing of its own with the sentence just before it", async () => {
    // The rules alone: the learned model reads the whole story, the degree in it too, and, all but sure, leads to the
    // degree (model-leads.ts; a known miss).
    const rules = buildIndex({ ...(await realKnowledge()), examples: [] });
    const r = match(
      rules,
      "My brother did two years at a technical college for his associate degree. Now his boss says to get the ASCP. Is it hard, and when do people usually take it?",
    );
    expect(r.kind === "answer" ? [r.entry.id, r.also?.id] : [r.kind]).toEqual(["ascp", undefined]);
  });
});

describe("how a long message lays out its questions", () => {
  it("drops the numbers before numbered questions", () => {
    expect(
      messageParts(
        "I am weighing two careers. 1) What does a lab tech earn? (2) Where do they work? Q3: is it stressful?",
      ).asking,
    ).toEqual(["What does a lab tech earn?", "Where do they work?", "is it stressful?"]);
  });

  it("reads the writer's own 'I need to explain' as story, and 'can you explain' as a request", () => {
    const parts = messageParts("I have to explain my choice to my wife tonight. Is the pay steady?");
    expect(parts.asking).toEqual(["Is the pay steady?"]);
    expect(messageParts("Could you explain the training to me").asking).toEqual([
      "Could you explain the training to me",
    ]);
  });

  it("does not take a question word a statement tells for a question run on in it", () => {
    expect(
      messageParts(
        "My uncle never told me by how much his pay went up after he switched. What do techs earn?",
      ).asking,
    ).toEqual(["What do techs earn?"]);
  });

  it("reads 'I mean' before a question word as restating what is asked: one question, in the words of both", () => {
    expect(messageParts("Where can I train for this? I mean where people take the classes.").asking).toEqual([
      "Where can I train for this? I mean where people take the classes.",
    ]);
  });

  it("reads a question opened by 'like' or 'or' right after a question as that question said again", () => {
    expect(
      messageParts(
        "I sell phones at the mall. What is a normal day for a tech? Like what are they in charge of?",
      ).asking,
    ).toEqual(["What is a normal day for a tech? Like what are they in charge of?"]);
    expect(
      messageParts("Could I be hired straight out of school? Or do they all want a certificate first?")
        .asking,
    ).toEqual(["Could I be hired straight out of school? Or do they all want a certificate first?"]);
  });

  it("keeps a question opened by 'like' after a sentence of story a question of its own", () => {
    expect(messageParts("Is the pay decent? I work nights now. Like how hard is the exam?").asking).toEqual([
      "Is the pay decent?",
      "Like how hard is the exam?",
    ]);
  });
});

describe("asides and told clauses around a question", () => {
  it("tells an aside in brackets beside the question, and keeps a bracketed question", () => {
    const parts = messageParts("Which areas can a tech branch into (ideally without another degree)?");
    expect(parts.asking).toEqual(["Which areas can a tech branch into?"]);
    expect(parts.background).toEqual(["ideally without another degree"]);
    expect(messageParts("What do they earn (and is it enough for rent?)").asking).toHaveLength(1);
  });

  it("reads a clause of time about the writer, ended by a full stop, as story", () => {
    expect(
      messageParts(
        "When my father was in the ICU they took his blood twice a day. What does a lab tech do with those samples?",
      ).asking,
    ).toEqual(["What does a lab tech do with those samples?"]);
    expect(messageParts("When do techs usually take the exam.").asking).toHaveLength(1);
  });

  it("does not split a statement at a relative clause", () => {
    expect(
      messageParts(
        "My neighbour is the woman who does the blood draws at the clinic downtown. What is her job called?",
      ).asking,
    ).toEqual(["What is her job called?"]);
  });

  it("answers from a question that found candidates when the other says nothing of its own", () => {
    const r = match(
      index,
      "my teacher said some of us could sit for the AMT instead of the other one because its cheaper. what is that one and do employers accept it",
    );
    expect(r.kind).not.toBe("none");
  });
});

describe("questions run on in one sentence", () => {
  it("splits a second question joined by 'and' and a word of candour", () => {
    expect(
      messageParts("what do they earn, and honestly is it worth going back to school at 50?").asking,
    ).toEqual(["what do they earn", "is it worth going back to school at 50?"]);
  });

  it("splits a second question joined by 'and after that' or 'and later'", () => {
    expect(questionsIn("do I start with the certificate, and after that where can I find work?")).toEqual([
      "do I start with the certificate",
      "where can I find work?",
    ]);
    expect(questionsIn("is the exam hard and later can i move up")).toEqual([
      "is the exam hard",
      "can i move up",
    ]);
    // "after" that opens no question stays in its sentence.
    expect(questionsIn("is it worth it and after work can I study")).toHaveLength(1);
  });

  it("tells a reason run on after the question with 'because' or 'bc' as story", () => {
    expect(
      messageParts("I drive for a delivery app. do lab techs get benefits bc my job has none at all").asking,
    ).toEqual(["do lab techs get benefits"]);
    // "because of" names what is asked about, and a reason that asks is a question of its own.
    expect(messageParts("can I take the exam later because of my surgery").asking).toEqual([
      "can I take the exam later because of my surgery",
    ]);
  });

  it("reads a phrase of place before an auxiliary and its subject as opening the question", () => {
    expect(
      messageParts("My knees are bad. at a hospital lab do you walk around a lot or mostly stay put").asking,
    ).toEqual(["at a hospital lab do you walk around a lot or mostly stay put"]);
    expect(messageParts("At my plant they do it all by hand. Is that normal?").asking).toEqual([
      "Is that normal?",
    ]);
  });

  it("reads a clause with its question word left where the answer would stand as asking", () => {
    expect(
      messageParts("My aunt sorts tubes at a clinic. She is called what, and does she need a license?")
        .asking,
    ).toEqual(["She is called what", "does she need a license?"]);
    // Without a question mark, a statement ending in "what" tells.
    expect(messageParts("I asked my cousin what, and he laughed. Is it hard?").asking).toEqual([
      "Is it hard?",
    ]);
  });

  it("lets a question its own words answer clearly keep its answer after a long story run on without a stop", () => {
    expect(
      answers(
        "im typing this on my lunch break my cousin just started as a lab tech at a big hospital downtown and she really seems to like it so far I'm curious what kind of money they make",
      ),
    ).toEqual(["salary", undefined]);
  });
});

describe("several questions in one message", () => {
  it("answers first the entry more of its questions find", () => {
    const r = match(
      index,
      "Bright lights give me migraines, so I left my job at the photo studio after a year. I'd like to know what the inside of a medical laboratory is like. Is it noisy? Is the lighting harsh? What is the environment usually like?",
    );
    expect(r.kind === "answer" && r.entry.id).toBe("work-environment");
  });
});

describe("questions that point back when none finds an answer", () => {
  it("does not answer a pointing question by its own words alone", () => {
    const r = match(
      index,
      "Every posting I open mentions the ASCP, and my professor said something about it that I didn't catch. Is that something I need, and how do I sign up for it?",
    );
    expect(r.kind === "answer" ? r.entry.id : r.kind).not.toBe("where-to-study");
  });
});

describe("a story's one question pointing at one of the things it named", () => {
  it("is the rules' to read with the thing named nearest: the learned model, hearing the whole story, does not lead", () => {
    const told =
      "I finish my MLT program in June and my teacher keeps bringing up board exams. Most of my class is taking the ASCP, but a friend is going with the AMT.";
    const asked = (question: string) => {
      const text = `${told} ${question}`;
      return mayLead(index, text, match(index, text));
    };
    expect(asked("What is that one?")).toBe(false);
    expect(asked("and the latter?")).toBe(false);
    expect(asked("Do hospitals accept the AMT?")).toBe(true);
  });
});
