import { beforeAll, describe, expect, it } from "vitest";
import { typedCommand } from "../src/matching/commands.ts";
import { buildIndex, type MatchIndex, match } from "../src/matching/engine.ts";
import { unstretch, words } from "../src/matching/text.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

let index: MatchIndex;
beforeAll(async () => {
  index = buildIndex(await realKnowledge());
});

const outcome = (text: string) => {
  const r = match(index, text);
  return r.kind === "command" ? `command:${r.command}` : r.kind === "smalltalk" ? r.intent.id : r.kind;
};

describe("commands typed as words", () => {
  it.each([
    ["topics", "topics"],
    ["Topics", "topics"],
    ["help", "help"],
    ["hi, help please", "help"],
    ["menu", "topics"],
    ["settings", "settings"],
    ["give me a tip", "tip"],
    ["daily tips", "daily"],
    ["start", "start"],
    ["topics please period", "topics"],
    ["menu exclamation", "topics"],
    ["menu po", "topics"],
    ["list of topics", "topics"],
    ["browse topics", "topics"],
    ["help po", "help"],
    // Asked for in a sentence.
    ["could you send me a tip please", "tip"],
    ["I'd love a tip every day", "daily"],
    ["can I have the menu", "topics"],
    ["i wanna subscribe", "daily"],
    ["could I see my settings", "settings"],
    ["give me another tip", "tip"],
    // Going to one, asking what there is, signing up.
    ["open my settings", "settings"],
    ["take me back to the menu", "topics"],
    ["let's start again", "start"],
    ["what topics are available?", "topics"],
    ["which topics are there", "topics"],
    ["sign me up please", "daily"],
    ["i want tips every morning", "daily"],
    // Changing one.
    ["change my settings", "settings"],
    ["update settings pls", "settings"],
  ])("reads %j as /%s", (text, command) => {
    expect(typedCommand(words(text))).toBe(command);
    expect(outcome(text)).toBe(`command:${command}`);
  });

  it.each([
    "what topics do you cover",
    "any tips for the ascp exam",
    "help me choose a specialty",
    "start salary",
    "i want to get a tip on the ascp",
    "send me the salary info",
    // Asking what a thing is like, not asking for it: the workplace, not /settings.
    "what's the setting like there?",
    "whats the setting like over there",
  ])("leaves %j to the matcher", (text) => {
    expect(typedCommand(words(text))).toBeUndefined();
  });

  it("answers what the setting is like with the workplace", () => {
    expect(outcome("what's the setting like there?")).toBe("answer");
    expect(match(index, "what's the setting like there?")).toMatchObject({
      entry: { id: "work-environment" },
    });
  });
});

describe("commands asked for in a sentence", () => {
  it.each([
    // The name with a word of address or a particle the pack does not know.
    ["help bruv", "help"],
    ["topics pal", "topics"],
    ["settings fam", "settings"],
    ["start abeg", "start"],
    ["gimme a tip lah", "tip"],
    // Asking for the object, in Scots or with someone else's words around it.
    ["oya give us one tip", "tip"],
    ["send us a quick tip mate", "tip"],
    ["show us what topics you got", "topics"],
    ["list the topics for me", "topics"],
    ["one career tip please", "tip"],
    // How often a tip comes makes it the daily tips.
    ["put me on the daily tip", "daily"],
    ["I want a tip every day please", "daily"],
    ["sign us up for the daily thing", "daily"],
    // Romanised Hindi's request verbs around the name.
    ["settings dikhao", "settings"],
    ["topics batao", "topics"],
    ["ek tip bhejo", "tip"],
    ["daily tip chalu kar do", "daily"],
  ])("reads %j as /%s", (text, command) => {
    expect(outcome(text)).toBe(`command:${command}`);
  });

  it.each([
    "help me find a job as a nurse",
    "tip of the needle",
    "settings of a centrifuge",
    "centrifuge settings",
    "give us a tip on pipetting",
    "daily horoscope please",
    "stop the daily tips",
    "daily duties of a lab tech",
    "any tips for passing the ASCP",
    "thanks for the tip",
    "sign me up for the exam",
  ])("does not read %j as a command", (text) => {
    expect(outcome(text)).not.toMatch(/^command:/);
  });
});

describe("small talk", () => {
  it.each([
    ["heyyy", "greeting"],
    ["hru", "how-are-you"],
    ["how's it going?", "how-are-you"],
    ["k cool", "ack"],
    ["got it", "ack"],
    ["ok goodbye", "bye"],
    ["hi bot", "greeting"],
    ["thx!!", "thanks"],
  ])("reads %j as %s", (text, intent) => {
    expect(outcome(text)).toBe(intent);
  });

  it("does not take a message with a pack word the intent does not explain for small talk", () => {
    expect(outcome("moving up later")).not.toBe("bye");
  });

  it("reads letters typed three times or more as one, or two when that makes a word", () => {
    expect(unstretch("heyyy")).toBe("hey");
    expect(unstretch("cooool")).toBe("cool");
    expect(unstretch("salary")).toBe("salary");
  });
});
