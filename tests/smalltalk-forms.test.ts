import { beforeAll, describe, expect, it } from "vitest";
import { buildIndex, type MatchIndex, match } from "../src/matching/engine.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

// Everyday forms of small talk, written before the forms and the checks that read them were added: each intent's
// short and slangy wordings, and questions about what the bot is and what it can do in words of their own.
let index: MatchIndex;
beforeAll(async () => {
  index = buildIndex(await realKnowledge());
});

const outcome = (text: string) => {
  const r = match(index, text);
  if (r.kind === "answer") return r.entry.id;
  if (r.kind === "smalltalk") return `smalltalk:${r.intent.id}`;
  return r.kind === "none" ? `none:${r.reason}` : r.kind;
};

describe("the everyday set of small talk", () => {
  it.each([
    ["ack", ["sweet", "perfect", "awesome", "cool cool", "okie", "okey dokey", "yep", "sure", "ah gotcha"]],
    ["ack", ["oh okay got it", "good stuff", "alrighty", "ok bet", "say less", "word", "true"]],
    ["thanks", ["thx a bunch", "appreciate you", "ty so much!!", "you're a lifesaver", "kk thx", "thank u"]],
    ["thanks", ["tyvm", "much obliged", "thanks heaps", "big thanks", "thanks a ton, that was useful"]],
    ["bye", ["peace", "later!", "ttyl", "im off", "gotta run", "catch ya later", "night night", "i'm out"]],
    ["bye", ["peace out ✌️", "logging off now", "ok im heading out", "that's it for me, bye"]],
    ["how-are-you", ["how's your day been", "how are u today bot", "how you been", "how are ya"]],
    ["how-are-you", ["hey how's it going", "how's everything with you"]],
    ["greeting", ["evening all", "hey everyone", "g'day", "wsp", "what's good", "top of the morning"]],
    ["ack", ["alr", "sounds good to me"]],
    ["thanks", ["appreciate ya", "much love"]],
    ["bye", ["take it easy", "catch you on the flip side"]],
    // Radio and texting acknowledgements: a driver's, a soldier's, a dispatcher's.
    [
      "ack",
      ["copy that", "Roger.", "roger that!", "10-4", "wilco", "ten four", "affirmative", "loud and clear"],
    ],
    ["ack", ["heard", "copy", "yes sir", "mhm", "sounds like a plan", "solid", "deal"]],
    ["bye", ["over and out", "copy that, over and out", "wilco, out", "roger out", "that's a wrap, bye"]],
  ] as const)("reads the %s forms", (intent, texts) => {
    for (const text of texts) expect([text, outcome(text)]).toEqual([text, `smalltalk:${intent}`]);
  });

  it.each([
    ["good morning from night shift lol", "smalltalk:greeting"],
    ["tell me a joke", "none:no-match"],
    ["what is the meaning of life", "none:no-match"],
    ["can you help me with my math homework", "none:no-match"],
    ["how do vaccines work", "none:no-match"],
    ["is it easy to get hired", "job-outlook"],
    ["Before I start, what kinds of questions can you answer?", "smalltalk:capabilities"],
    ["I'm 40 and I drive a cab, what do lab techs do all day?", "duties-overview"],
    ["roger that, how much do lab techs make?", "salary"],
    ["does the lab copy results into the chart", "data-management"],
  ])("leaves %j as %s", (text, expected) => {
    expect(outcome(text)).toBe(expected);
  });
});

describe("whether the bot is a person or a machine, in words of its own", () => {
  it.each([
    "am I chatting with a human or a machine",
    "is there a real human on the other end?",
    "is someone actually reading these messages",
    "are these replies automatic?",
    "who am I talking to right now",
    "is this chatgpt",
    "r u a real person",
    "are you real?",
    "is it a person or a program replying",
    "am I speaking to a live agent",
    "Are you a person or a bot?",
    "is a human typing this",
    "wait is this automated",
    "is this an actual human",
    "Do I have a person or a robot here?",
    "is anybody there or is it just a bot",
  ])("reads %j as who-are-you", (text) => {
    expect(outcome(text)).toBe("smalltalk:who-are-you");
  });

  it.each([
    ["are robots replacing lab techs", /^(?!smalltalk)/],
    ["do I have to be good with computers", /^(?!smalltalk)/],
    ["are people nice", /^(?!smalltalk:who-are-you)/],
  ])("leaves %j, about machines and people, alone", (text, expected) => {
    expect(outcome(text)).toMatch(expected);
  });
});

describe("what the bot can do, in words of its own", () => {
  it.each([
    "what topics do you cover",
    "what kinds of things do you know about",
    "what are you able to help me with",
    "what questions can you handle",
    "what can this bot do",
    "what subjects can I ask about",
    "what info do you have",
    "what are you good for",
    "what can I use you for",
    "what kind of help do you offer",
    "what do you cover",
    "what are you able to tell me",
    "what all can you do",
    "What things are you able to answer?",
    "what sorts of stuff can you tell me about",
  ])("reads %j as capabilities", (text) => {
    expect(outcome(text)).toBe("smalltalk:capabilities");
  });
});

describe("small talk said louder or typed as spoken", () => {
  it.each([
    ["wow, thank you so so much this is super helpful", "thanks"],
    ["omg ok bye", "bye"],
    ["thank you, really, this helped a lot", "thanks"],
    ["omg thanks a million, totally helpful", "thanks"],
  ])("keeps the intent of %j without its words of degree: %s", (text, intent) => {
    expect(outcome(text)).toBe(`smalltalk:${intent}`);
  });

  it.each([
    ["how you doin", "how-are-you"],
    ["how's it goin", "how-are-you"],
    ["mornin", "greeting"],
  ])("reads a dropped final g in %j: %s", (text, intent) => {
    expect(outcome(text)).toBe(`smalltalk:${intent}`);
  });
});

describe("small talk scored once after the forms above were built, then covered", () => {
  it.each([
    ["am I texting with AI right now", "who-are-you"],
    ["what are you programmed to help with", "capabilities"],
    ["hey hope you're having a good day", "how-are-you"],
    ["thank you kindly, that answers it", "thanks"],
    ["ok thank you!! very helpful info", "thanks"],
  ])("reads %j as %s", (text, intent) => {
    expect(outcome(text)).toBe(`smalltalk:${intent}`);
  });

  it.each([
    ["is the test automated", /^(?!smalltalk)/],
    ["what programs do lab techs use", /^(?!smalltalk)/],
  ])("leaves %j, about the work, alone", (text, expected) => {
    expect(outcome(text)).toMatch(expected);
  });
});
