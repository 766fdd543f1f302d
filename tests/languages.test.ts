import { describe, expect, it } from "vitest";
import { asksInALanguage, countryLanguages } from "../src/matching/languages.ts";
import { words } from "../src/matching/text.ts";

describe("asksInALanguage", () => {
  it.each([
    "is the certification test offered in French",
    "can i do the training in português",
    "will I have to speak Korean at the hospital",
    "quickest way to learn german as a grown up",
    "apps to improve my english",
  ])("finds a language in %j", (text) => {
    expect(asksInALanguage(words(text))).toBe(true);
  });

  it.each([
    "I have a degree in English, can I become a lab tech",
    "my bachelor's in Spanish, does it help",
    "is a polish on the slides needed",
    "what do lab techs do",
    "where can I learn to be a lab tech",
    "i learned english lit in college, does that count",
  ])("finds none in %j", (text) => {
    expect(asksInALanguage(words(text))).toBe(false);
  });
});

describe("the language of the pack's country", () => {
  const spoken = countryLanguages("US");

  it("is read from the country's code", () => {
    expect([...spoken]).toContain("english");
    expect([...countryLanguages("MX")]).toContain("spanish");
  });

  it("is a skill of the work to speak, not another language, while others stay asked", () => {
    expect(asksInALanguage(words("do you have to speak English well to work in a lab"), spoken)).toBe(false);
    expect(asksInALanguage(words("will I have to speak Korean at the hospital"), spoken)).toBe(true);
    expect(asksInALanguage(words("is the exam given in English"), spoken)).toBe(true);
  });
});
