import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../src/knowledge/schema.ts";
import { buildIndex, type MatchIndex, match } from "../src/matching/engine.ts";
import { FRAMES, frameShares, framesOf, framingOf } from "../src/matching/frames.ts";
import { realKnowledge } from "./helpers/knowledge.ts";
import { rulesIndex } from "./helpers/reading.ts";

const frames = (text: string) => framesOf(framingOf(text).frames);

describe("the frame a question is said in", () => {
  it.each([
    // Whether the money is enough for a need of one's life.
    ["could the wage here stretch to cover a mortgage", ["afford"]],
    ["would it let me send money home", ["afford"]],
    ["enough to move out on my own?", ["afford"]],
    // Whether the work will still be wanted.
    ["are clinics gonna keep needing staff like that", ["lasting"]],
    ["will machines replace us someday", ["lasting"]],
    ["is the field oversaturated", ["lasting"]],
    ["will there still be openings in twenty years", ["lasting"]],
    // Who catches a mistake.
    ["who spots it when a reading is wrong", ["catching"]],
    ["whose responsibility is it to verify the counter is correct", ["catching"]],
    // How one knows the information is true.
    ["who says so, you?", ["trusting"]],
    ["is this stuff legit or not", ["trusting"]],
    ["where did you get all of this", ["trusting"]],
    // Whether what the writer says they are like counts for or against them in the work.
    ["I'm a bit impatient honestly, would that be a problem in this job", ["qualities"]],
    ["im kinda careless. does it hurt me", ["qualities"]],
    // Whether someone like the writer would do well.
    ["would a quiet guy like me thrive here", ["fitting"]],
    ["i'm messy and loud, could I survive this", ["fitting"]],
    ["would this be a smart move for me", ["fitting"]],
    // The writer's age ruling the career out.
    ["am i too old for this", ["fitting"]],
    ["is 61 too late for me?", ["fitting"]],
    ["is 49 too old to switch over to it", ["fitting"]],
    // An age weighed against starting the work: the writer's, a figure of one, or people of an age.
    ["could a woman my age begin this from nothing", ["fitting"]],
    ["do folks really retrain for it at sixty", ["fitting"]],
    ["is it only young people starting out in it, or could I too", ["fitting"]],
    // Money only just lasting, said by an idiom, or a life lived on what the work pays.
    ["would I still be living paycheck to paycheck", ["afford"]],
    ["is it enough to make ends meet", ["afford"]],
    ["could a family of four live on what this pays", ["afford"]],
    // Machines doing the work instead of people, and work that lasts through hard times.
    ["will software do this work instead of humans", ["lasting"]],
    ["is this recession proof", ["lasting"]],
    ["will there be a spot for people like me later", ["lasting"]],
    // How someone else makes sure a thing is not wrong.
    ["how do they make sure the counts are not wrong", ["catching"]],
    ["how can they tell a reading is faulty", ["catching"]],
    // Whether the learning goes on once one works.
    ["does the learning ever end", ["ongoing"]],
    ["do you have to keep studying after you qualify", ["ongoing"]],
    // Keeping one's own know-how from going out of date, not whether the work lasts.
    ["how would I avoid going obsolete once the analyzers change", ["ongoing"]],
    ["how do techs not end up outdated", ["ongoing"]],
    ["could this line of work end up outdated", ["lasting"]],
    // Rising through the ranks of a workplace.
    ["could I begin at the bottom and rise", ["rising"]],
    ["will I ever be the one in charge", ["rising"]],
    ["how would I climb the ladder once I'm certified", ["rising"]],
    ["if I begin in an entry level job could I reach a higher position", ["rising"]],
    ["I'd start at the lower level, would I get promoted?", ["rising"]],
    // Asking what the subject under discussion is, in so many words.
    ["explain this job to me in simple words", ["defining"]],
    ["describe it in one sentence", ["defining"]],
    ["can you explain what this career is", ["defining"]],
    // Money for a home, food, or the people one provides for.
    ["would it put food on the table", ["afford"]],
    ["could it keep a roof over our heads", ["afford"]],
    ["is the wage enough to support us", ["afford"]],
    // More money in what the writer keeps it in: a verb of making more, and a purse of theirs.
    ["will it pad our pockets a bit", ["afford"]],
    ["would going into this boost my paycheck", ["afford"]],
    // Fit asked by a condition of the writer's own, by what one is as a person, or embedded after "know if".
    ["could I manage this if my hands shake a little", ["fitting"]],
    ["would I be okay at it", ["fitting"]],
    ["is this for someone like me", ["fitting"]],
    ["is it for a person like me", ["fitting"]],
    ["is this job for me?", ["fitting"]],
    ["I wonder if I'm the sort of person who would last there?", ["fitting"]],
    // What the work does to the body: standing or sitting at length, danger.
    ["are you stuck standing for hours", ["bearing"]],
    ["is it mostly a sit down gig", ["bearing"]],
    ["would I be on my feet the entire time", ["bearing"]],
    ["is the work hazardous", ["bearing"]],
    ["is it loud and hectic back there", ["bearing"]],
    ["is the lab cold", ["bearing"]],
    ["will it be dark in there", ["bearing"]],
    // Among whom the day is spent: people on one side of an either/or, the samples or the back room on the other.
    ["will I get to meet the public or am I shut away with specimens", ["bearing"]],
    ["mostly analyzers and a bench, or folks coming in all day?", ["bearing"]],
    // What is worn against the work's dangers.
    ["do they hand out goggles and a gown", ["bearing"]],
    // What fills a span of working time, asked without a word of its tasks.
    ["what keeps the staff busy, what do the staff do their whole shift", ["filling"]],
    ["what fills up a technician's ten hours", ["filling"]],
    ["from morning till night what are these folks doing", ["filling"]],
    ["is it only pipetting every day", ["filling"]],
    // The day's two ends said by its beginning and its end, and clocking in said by punching in.
    ["between arriving and going home what would these folks do", ["filling"]],
    ["from the time you start until you close up, what do the staff do", ["filling"]],
    ["what do they need us doing after we punch in", ["filling"]],
    ["what exactly occupies a tech from morning till evening", ["filling"]],
    // How or where a test's yield travels once it is done.
    ["how do the values travel over to the physician", ["reaching"]],
    ["so how does my report end up with the nurse", ["reaching"]],
    ["where do the findings go once they're done", ["reaching"]],
    // A device of the work failing: trouble it has or gives, or a verb of failing said of it.
    ["when the analyzers start giving trouble who deals with it", ["mending"]],
    ["who handles it if an instrument goes down at night", ["mending"]],
    ["what happens when the centrifuge acts up", ["mending"]],
  ])("reads %j as %j", (text, expected) => {
    expect(frames(text)).toEqual(expected);
  });

  it.each([
    // A requirement is not a demand for workers, nor is staying somewhere a long time.
    "do I still need a license if I move states",
    "will I need more school for the senior role",
    "would I be stuck on nights forever",
    // Catching something that is not a mistake, and doing a thing properly.
    "who spots the parasites under the microscope",
    "who makes sure the tubes are stored right",
    "who makes sure it stays cold on the way over",
    // Where one goes to get something is not where information comes from.
    "where could I go to get trained for this",
    // Whether the bot is a person is small talk, not a question of sources.
    "is this a real person",
    // A date, not an age; an age with something else after it, which is what one is too old for.
    "is it too late for me to take the SAT",
    "at 58 is it too late to stop drinking soda",
    "is my cat too old to learn tricks",
    // How one starts at an age asks the way; starting without an age; an age that is not the writer's start.
    // Filling or growing a thing that is no purse of the writer's.
    "how do they fill the tubes",
    "does the sample line the wallet of the tube",
    "how do I start at my age",
    "can I start in the spring",
    "do young people like this field",
    // Telling and asking about the writer's own need.
    "I need to pay rent",
    "what do you like",
    // A place described without naming it as one, a deed judged, what a lab does, a quality of the learning.
    "is it cold outside",
    "is it hard to get in there",
    "do labs outside hospitals hire",
    "is ongoing learning expected in the lab",
    // Something other than the work said to be for the writer.
    "is that message for me",
    "is the exam for me",
    // Getting by without a thing asks what it takes; a place to study is not an opening; machines in use are no threat.
    "can I get by without a degree",
    "will there be a place to study near me",
    "do they use robots to count cells",
    // How a thing is done, and the writer's own way of knowing.
    "how do they make sure the tubes are stored right",
    "how do I know the answer is right",
    // A rank that qualifies a thing or says whose task something is, machines that are automated, a course that ends.
    "what is the top pay",
    "which higher level tests do they run",
    "are there entry level positions near me",
    "who is in charge of the fridge",
    "do they run the automated analyzers themselves",
    "when does the course end",
    // Explaining a thing the message names, and the writer's own explaining.
    "can you explain the difference between the two",
    "could you describe that shorter program",
    "I couldn't explain it to her, what is the ASCP?",
    // A lack in the condition asks what it takes; "if" as a condition, not a question; safe to do; a result's danger.
    "can I do this if I don't have a diploma",
    "could I get hired there if I get my certificate first",
    "what if I want to be great at it someday, what should I learn",
    "is it safe to study online",
    "can a swab sit too long before testing?",
    "my potassium came back high, is it dangerous?",
    "what does the acronym stand for",
    // Who or where the writer is, what else a quality counts for, a quality that is not the writer's.
    "I'm a cashier now, would that help",
    "I'm from a small town, does that matter",
    "im lazy, does that matter when dieting",
    "the lab is tidy, does that help",
    // A day's doing that names whose day it is, a day that spans no work, the doing named, many who work each day.
    "what does a cytotechnologist do on an ordinary day",
    "what happens to the tube the day after it is drawn",
    "what would I be running all day",
    "will all of them work every day",
    "what does a histotech do from arriving until leaving",
    "how do I start to work nights",
    // The writer getting a yield, or good ones; how fast it comes; what goes into one.
    "how do I get my results",
    "how do you get good numbers on the exam",
    "will the results come back fast",
    "how many readings go into the report",
    // Going back to a place is no back room; people on both sides are no either/or of them and the samples.
    "should I head back to college or talk to people first",
    "do they run samples from patients or from pets as well",
    // Trouble the writer might have with devices is no device failing.
    "is it a problem if I'm slow with machines",
  ])("reads no frame in %j", (text) => {
    expect(frames(text)).toEqual([]);
  });

  it("reads keeping a thing safe as how it is handled, not danger to the one working", () => {
    expect(frames("who keeps the samples safe until they are run")).not.toContain("bearing");
  });

  it("names the needs of a life a frame speaks of, so that they are not its subject", () => {
    expect(framingOf("would it cover rent and a car payment").life).toEqual(["rent", "car", "payment"]);
  });
});

describe("the frame of a text whose words the matcher read otherwise", () => {
  it("reads the frame of the words as typed when the matcher heard two of them as one", () => {
    // "support us" sounds like a pack word said in one breath: the words as typed still say the need.
    const heard = ["will", "it", "be", "enough", "to", "separates"];
    expect(framesOf(framingOf("will it be enough to support us", heard).frames)).toEqual(["afford"]);
  });
});

describe("how much of each frame an entry holds", () => {
  it("is learned from the entries' own phrasings, relative to the entry holding most", () => {
    const [money, work, other] = frameShares(
      [
        ["what does it pay", "would it cover my rent", "is it enough for the bills"],
        ["are they hiring", "will they still need people in the future"],
        ["what is it", "would the salary pay for a car"],
      ],
      0.5,
    );
    const afford = FRAMES.indexOf("afford");
    const lasting = FRAMES.indexOf("lasting");
    expect(money![afford]).toBe(1);
    expect(other![afford]).toBe(0.5);
    expect(work![lasting]).toBe(1);
    expect(money![lasting]).toBe(0);
  });

  it("points nowhere when no entry holds enough of a frame's phrasings", () => {
    const shares = frameShares(
      [["who checks it is right"], ["who catches errors"], ["who verifies it is correct"]],
      0.5,
    );
    const catching = FRAMES.indexOf("catching");
    expect(shares.map((s) => s[catching])).toEqual([0, 0, 0]);
  });
});

describe("matching by the frame of a question", () => {
  let index: MatchIndex;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await realKnowledge();
    index = buildIndex(kb);
  });
  const answered = (text: string, on = index) => {
    const r = match(on, text);
    return r.kind === "answer" ? r.entry.id : r.kind === "none" ? `none:${r.reason}` : r.kind;
  };

  it.each([
    ["could I cover a mortgage with this", "salary"],
    ["would it let me send money home", "salary"],
    ["is it enough to move out of my parents place", "salary"],
    ["is it one of those jobs robots will take", "job-outlook"],
    ["will AI replace them someday", "job-outlook"],
    ["who catches it if the analyzer is off", "quality-control"],
    ["who checks the machine is reading right in this lab", "quality-control"],
    ["how do I know this is true", "about-guide"],
    ["who says any of this", "about-guide"],
    ["would someone patient like me do well here", "career-fit"],
    ["I'm shy and like routine, would I hate this", "career-fit"],
    ["could I raise a family on what this pays", "salary"],
    ["is this line of work recession proof", "job-outlook"],
    ["how do they make sure the analyzer is not giving faulty numbers", "quality-control"],
    ["does the learning ever stop in this job", "continuing-education"],
    ["can someone start at the bottom here and end up in charge", "become-technologist"],
    ["explain this line of work to me like I'm a new recruit", "what-is-mlt"],
    ["my uncle asked what this career is and I couldn't say, describe it in a sentence", "what-is-mlt"],
    // The frame's own words that its entries are not asked with ("spot") do not pull the message elsewhere.
    ["will there be a spot for someone my age in this at 60", "job-outlook"],
    // A need of one's life that the pay would meet is not a price asked; "anyway" is a filler.
    ["could this pay for an apartment someday", "salary"],
    ["where do you get all this stuff from anyway", "about-guide"],
    // Standing at length and danger are the working conditions; the writer's own condition asks the fit.
    ["do they stand for hours", "work-environment"],
    ["do you stand the whole shift or sit", "work-environment"],
    ["is it loud and hectic back there", "work-environment"],
    ["is this for someone like me", "career-fit"],
    ["is it a risky place with all those germs", "work-environment"],
    ["could I still do it if needles make me faint", "career-fit"],
    ["would moving over to this fatten my wallet", "salary"],
    // What fills the working day is the duties, though no word of a duty is said.
    ["what fills up their twelve hours", "duties-overview"],
    ["is it just squinting down a scope for eight hours", "duties-overview"],
    ["from when we start to closing what do the lab staff do", "duties-overview"],
  ])("answers %j with %s", (text, id) => {
    expect(answered(text)).toBe(id);
  });

  it.each([
    // Another career, a thing of one's health, one's own homework: the same frames, not the career.
    "can I afford a house on a teacher's salary",
    "could a nurse's pay cover my rent",
    "will my cough still be there next week",
    "who checks my homework for mistakes",
    "how do I know if my boyfriend is lying",
    "will robots take over the world",
    "can I raise a family on a teacher's salary",
    "is retail recession proof",
    "does learning the guitar ever stop",
    "will I be the boss at my restaurant someday",
    "could I afford a flat in Lisbon on 40k",
    "can my family live on one income",
    "do cashiers stand all day",
    "do you stand all day as a cashier",
    "is skydiving dangerous",
    "would a paper route pad my pockets",
  ])("still refuses %j", (text) => {
    expect(answered(text)).toMatch(/^none:/);
  });

  it("reads among whom the day is spent, what is worn against its dangers and a device failing by their frames", async () => {
    // The rules alone: the model leans where the tuning half's labels of such questions split.
    const rules = await rulesIndex();
    expect(answered("will I get to meet the public or am I shut away with specimens", rules)).toBe(
      "work-environment",
    );
    expect(answered("do they hand out goggles and a gown in there", rules)).toBe("work-environment");
    expect(
      answered("when the analyzers start giving trouble who deals with it, staff or the maker", rules),
    ).toBe("equipment");
  });

  it("answers whether what the writer says they are like counts in the work by the skills, and refuses it of anything else", async () => {
    const rules = await rulesIndex();
    expect(answered("i'm quiet and precise, does that help or not really", rules)).toBe("skills");
    expect(answered("Im calm under pressure and good with numbers, would that help me in this job")).toBe(
      "skills",
    );
    expect(answered("I'm pretty messy, would that hurt my chances with a roommate")).toMatch(/^none:/);
  });

  it("answers a question of fit asked only in the frame's words by the frame, not by an entry asked with one of them", async () => {
    // "sound" is in the two titles that "sound almost the same", "type" in typing results in: here they ask the fit.
    const rules = await rulesIndex();
    for (const text of [
      "I'm slow but careful and I hate being rushed. Does this sound like me?",
      "does it sound like me at all",
      "how can I tell if I'm the type of person who'd like doing this",
    ])
      expect(answered(text, rules)).toBe("career-fit");
  });

  it("answers how a test's results travel to whoever treats the patient by the records kept, not by moving up", async () => {
    // The rules alone: the learned model, taught the pack's wordings, already leans the same way.
    const rules = await rulesIndex();
    expect(answered("how do the results go from the bench to the doctors office", rules)).toBe(
      "data-management",
    );
  });

  it("answers whether someone of an age can start the work by the fit, not by the way in", async () => {
    // "start" and "begin" are the way in's words; beside an age they ask whether one is past it.
    const rules = await rulesIndex();
    for (const text of [
      "could a woman my age begin this from nothing",
      "do people really start this at sixty-ish, or would I stick out in class",
    ])
      expect(answered(text, rules)).toBe("career-fit");
  });

  it("answers how one keeps from going out of date by the learning that goes on, not by whether the work lasts", async () => {
    const rules = await rulesIndex();
    expect(answered("how do you avoid going obsolete when the instruments keep changing", rules)).toBe(
      "continuing-education",
    );
  });

  it("never answers a thing of one's health said in a frame of time, though the learned model may offer what it leans to", () => {
    // Refused for want of words the pack knows; the model's lean (job outlook, unsure) becomes a "did you mean" at most.
    expect(answered("will I still need my inhaler next year")).toMatch(/^(none:|ambiguous$)/);
  });

  it("reads a message in a frame that does not point at the career by its words besides the frame's", () => {
    // Nothing besides "bottom", "bigger", "title" that the pack does not know: not refused, and the frame leads.
    const r = match(index, "can I start at the bottom and get the bigger title if I study at night");
    expect(r.kind).not.toBe("none");
    const best =
      r.kind === "answer" ? r.entry.id : r.kind === "ambiguous" ? r.candidates[0]?.entry.id : r.kind;
    expect(best).toBe("become-technologist");
  });

  it("keeps small talk about the bot small talk", () => {
    expect(answered("is this a real person")).toBe("smalltalk");
    expect(answered("who made you")).toBe("smalltalk");
  });

  it("lifts nothing when turned off", () => {
    // The learned model, sure of the pay whatever the frame step reads, leads when let: turned off too.
    const off = buildIndex(kb, { framesWeight: 0, learnedLeadMin: 1.01 });
    expect(answered("would it let me send money home", off)).not.toBe("salary");
  });
});
