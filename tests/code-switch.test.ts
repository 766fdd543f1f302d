import { describe, expect, it } from "vitest";
import { readInEnglish } from "../src/matching/code-switch.ts";
import { readingOf, rulesIndex } from "./helpers/reading.ts";

/** A stand-in for the pack's words: the English ones these messages ask with. */
const PACK = new Set([
  "exam",
  "salary",
  "degree",
  "lab",
  "tech",
  "phlebotomist",
  "hospital",
  "certification",
]);
const uses = (w: string) => PACK.has(w);

describe("readInEnglish", () => {
  it.each([
    ["is it hard po ba the ASCP exam?", "is it hard the ASCP exam?"],
    ["magkano po ang salary ng MLT sa US?", "how much salary MLT US?"],
    ["kailangan ko ba ng degree para maging lab tech?", "need degree become lab tech?"],
    ["¿cuánto es el salary de un lab tech?", "¿how much is salary lab tech?"],
    ["qué hace un phlebotomist en el hospital?", "what hace phlebotomist hospital?"],
  ])("reads %j as %j", (text, read) => {
    expect(readInEnglish(text, uses)).toBe(read);
  });

  it.each([
    // English: "a", "me", "para", "sale" and "is" keep their English reading.
    "can a lab tech sale on the side for me?",
    "is there a para for the exam?",
    // One word of another language said again is no second language.
    "mi sister and mi mom say the exam is hard",
    // Wholly another language, or only an everyday English word in it: as typed.
    "dónde está el baño por favor?",
    "ano ang pangalan mo po?",
    "ok lang po ba kayo?",
  ])("leaves %j as typed", (text) => {
    expect(readInEnglish(text, uses)).toBe(text);
  });

  it.each([
    // Hinglish: question words as the English ones, "kya" closing a clause dropped, words of work and study read.
    ["salary kitni milti hai?", "salary how much get?"],
    ["exam pass karne ke baad kya karna hai", "exam pass do after what do"],
    ["ascp exam mushkil hai kya?", "ascp exam hard?"],
    ["naukri kaha milegi?", "job where get?"],
    ["kaise ho yaar", "how are you"],
    ["aap kaun ho? bot ho kya", "who are you? are you a bot"],
  ])("reads Hinglish %j as %j", (text, read) => {
    expect(readInEnglish(text, uses)).toBe(read);
  });

  it.each([
    // Hindi with nothing asked of work or study, and English with one Hindi word: as typed.
    "kal barish hogi kya?",
    "my bhai says the exam is hard",
  ])("leaves %j as typed", (text) => {
    expect(readInEnglish(text, uses)).toBe(text);
  });

  it("keeps the 500 most common English words in a mixed message", () => {
    expect(readInEnglish("para mi son, cuánto es the salary?", uses)).toBe("son, how much is the salary?");
  });
});

describe("code-switched questions on the real pack", () => {
  it.each([
    ["is it hard po ba the ASCP exam?", "ascp"],
    ["magkano po ang salary ng MLT sa US?", "salary"],
    ["dónde hay un MLT program cerca de mi?", "where-to-study"],
    ["cuánto es el salary de un lab tech?", "salary"],
    ["phlebotomist ka kaam kya hota hai?", "phlebotomist"],
    ["lab tech log kaha kaam karte hai?", "work-settings"],
  ])("%j is answered with %s", async (text, id) => {
    expect(readingOf(await rulesIndex(), text)).toBe(id);
  });

  it.each([
    ["salamat po sa info", "smalltalk:thanks"],
    ["dónde está el baño?", "none:foreign"],
    ["bahut dhanyavad bhai", "smalltalk:thanks"],
    ["tum kaun ho yaar?", "smalltalk:who-are-you"],
  ])("%j stays %s", async (text, reading) => {
    expect(readingOf(await rulesIndex(), text)).toBe(reading);
  });
});
