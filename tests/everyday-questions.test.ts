import { beforeAll, describe, expect, it } from "vitest";
import { buildIndex, type MatchIndex, match } from "../src/matching/engine.ts";
import { EVERYDAY_THINGS, strangerSubject } from "../src/matching/strangers.ts";
import { words } from "../src/matching/text.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

// Everyday questions that share only general words with the pack ("day", "year", "date", "time", "hard"): about a
// holiday, a food, a pet, a plant or a name, never the career.
const EVERYDAY = [
  "what day is easter this year",
  "Diwali this year is what date",
  "how many days until christmas",
  "what day is halloween on",
  "is it hard to grow tomatoes",
  "what day does lent begin",
  "what day is Thanksgiving this year",
  "is Tuesday a good day to fly",
  "how many days in february",
  "how many minutes in a day",
  "when is mother's day",
  "what time does the pharmacy close",
  "is the library open on sunday",
  "which year did the war end",
  "how long do I boil an egg",
  "how much does a puppy cost",
  "what date is thanksgiving",
  "how many hours of sleep do I need",
  "what time is sunset today",
  "when is the next full moon",
  "how many weeks are in a year",
  "what day of the week was I born",
  "how much does a haircut cost",
  "how long should I microwave rice",
  "what year was the eiffel tower built",
  "when does daylight saving time start",
  "how much is a gallon of milk",
  "how long does a kitten sleep",
  "is the post office open on saturday",
  "what time does the mall open",
  "how long do I bake a potato",
  "how much does a wedding cost",
  "how long does paint take to dry",
  "what year did the titanic sink",
  "how much do bananas cost",
  "how long is a flight to paris",
  "when does the bakery open",
  "how many years does a dog live",
  "what time is the parade",
  "how much does a new roof cost",
  "how long does pizza dough need to rise",
  "what date is the super bowl",
  "how long to grill a steak",
  "how much does a goldfish cost",
  "which day is trash pickup",
  "how many calories in an apple",
  "what hours is the gym open",
  "how old is the moon",
  "what year is the next olympics",
  "how long does a tattoo take to heal",
  "is the zoo open on monday",
];

// Short questions about the career in the same general words: they keep their answer (or their "did you mean").
const SHORT_ON_TOPIC = [
  "a day in the life",
  "best schools",
  "certification?",
  "daily tasks",
  "day to day duties",
  "demand this year",
  "earnings per year",
  "first day on the job",
  "growth by 2032?",
  "hourly wage",
  "how much a year",
  "how to advance",
  "is it a good job",
  "is the work hard",
  "job growth next 10 years",
  "morning routine at work",
  "new grad pay",
  "pay after 5 years",
  "pay in 2030",
  "pay per day?",
  "pay per year",
  "raise every year?",
  "salary 2024?",
  "salary in 2025",
  "starting pay",
  "the pay good?",
  "time to become one",
  "what date do classes start",
  "what do they do all day",
  "what do they do each day",
  "what does a day look like",
  "what skills",
  "what tests do they run",
  "what time do shifts start",
  "what would my day look like",
  "where to study",
  "which certificate",
  "typical workday?",
  "years to become a technologist",
  "weekly pay",
  "yearly income",
  "annual salary",
  "pay in year one",
  "do they work every day",
];

describe("everyday questions that share only general words with the pack", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = buildIndex(await realKnowledge());
  });

  it("gets no answer and no small talk", () => {
    // A "did you mean" of the entry the learned model leans to may stand instead of the topic menu (its everyday words
    // lean somewhere once taught enough wordings); an answer or a pleasantry may not.
    const answered = EVERYDAY.filter((text) => !["none", "ambiguous"].includes(match(index, text).kind));
    expect(answered).toEqual([]);
    const offered = EVERYDAY.filter((text) => match(index, text).kind === "ambiguous");
    expect(offered.length).toBeLessThanOrEqual(3);
  });

  it("leaves short questions about the career answered", () => {
    const lost = SHORT_ON_TOPIC.filter((text) => {
      const kind = match(index, text).kind;
      return kind !== "answer" && kind !== "ambiguous";
    });
    expect(lost).toEqual([]);
  });
});

describe("small talk asked in a way its phrasings never ask", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = buildIndex(await realKnowledge());
  });

  it("is not small talk", () => {
    // A greeting never asks when, and how-are-you never asks how long.
    expect(match(index, "when is grandparents day").kind).toBe("none");
    expect(match(index, "how many hours are in a day").kind).toBe("none");
  });

  it("leaves small talk asked its own way alone", () => {
    for (const text of [
      "how's your day going",
      "g'day",
      "who made you",
      "what can you do",
      "have a nice day",
    ])
      expect(match(index, text).kind).toBe("smalltalk");
  });
});

describe("the thing or name a message is about", () => {
  const pack = new Set(["day", "year", "date", "hard", "grow", "bacteria"]);
  const about = (text: string, links: (s: string) => boolean = () => false) =>
    strangerSubject(text, words(text), (s) => pack.has(s), links);

  it("finds a holiday, a food, an animal or a plant the pack does not know", () => {
    expect(about("what day is easter this year")).toBe("easter");
    expect(about("is it hard to grow tomatoes")).toBe("tomatoes");
    expect(about("can a puppy stay alone all day")).toBe("puppy");
  });

  it("finds a word written as a name that no list of common English words holds", () => {
    expect(about("Diwali this year is what date")).toBe("diwali");
    // Typed in capitals throughout, every word looks like a name.
    expect(about("DIWALI THIS YEAR IS WHAT DATE")).toBeUndefined();
    // A common word with a capital is no name.
    expect(about("Shifts start at what time")).toBeUndefined();
  });

  it("leaves the pack's words, the most common words and what health careers work with alone", () => {
    expect(about("what day is it this year")).toBeUndefined();
    expect(about("do they look for bacteria or fungus")).toBeUndefined();
    expect(EVERYDAY_THINGS.has("parasites")).toBe(false);
    expect(EVERYDAY_THINGS.has("time")).toBe(false);
  });

  it("leaves a word the lexicon links to the pack beyond its everyday words", () => {
    expect(about("what day is easter this year", (s) => s === "easter")).toBeUndefined();
  });
});
