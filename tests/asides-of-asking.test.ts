import { beforeAll, describe, expect, it } from "vitest";
import { saysHowSure, talkedAbout } from "../src/matching/asides-of-asking.ts";
import type { MatchIndex } from "../src/matching/engine.ts";
import { words } from "../src/matching/text.ts";
import { readingOf, rulesIndex } from "./helpers/reading.ts";

const said = (text: string) => {
  const ws = words(text);
  return [...talkedAbout(ws)].map((i) => ws[i]).join(" ");
};

describe("talkedAbout", () => {
  it.each([
    [
      "what is this ascp exam that everybody keeps mentioning for lab work",
      "that everybody keeps mentioning",
    ],
    ["whats this ascp test everybody keep talking about", "everybody keep talking about"],
    ["the amt exam my classmates keep bringing up", "my classmates keep bringing up"],
    ["explain the boards people are always going on about", "people are always going on about"],
  ])("reads who talks in %j as %j", (text, clause) => {
    expect(said(text)).toBe(clause);
  });

  it.each([
    "people keep talking about the ascp exam", // opening the message: its story
    "can i bring a calculator to the exam",
    "what do they talk to patients about",
  ])("finds no one talking in %j", (text) => {
    expect(said(text)).toBe("");
  });
});

describe("saysHowSure", () => {
  it.each(["definitely", "definately", "deffinitely", "surely", "absolutely"])("%j says how sure", (w) => {
    expect(saysHowSure(w)).toBe(true);
  });
  it.each(["definition", "defined", "certification", "absolute", "sure"])("%j does not", (w) => {
    expect(saysHowSure(w)).toBe(false);
  });
});

describe("questions read without what they do not ask", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = await rulesIndex();
  });

  it.each([
    ["Please what is this ASCP exam that everybody keeps mentioning for lab work?", "ascp"],
    ["whats the AMT exam that my classmates keep bringing up", "amt"],
    ["how long is the asociates degree for lab tech, is it definately two years", "associate-degree"],
    ["when can I sit the ACSP board exam for MLT", "ascp"],
    ["when can you sit for the ASCP exam", "ascp"],
    ["is the ASCP exam something i'd definately need to pass?", "ascp"],
  ])("%j → %s", (text, id) => {
    expect(readingOf(index, text)).toBe(id);
  });

  it.each([
    "what is this NCLEX exam everybody keeps mentioning",
    "can I bring a calculator to the ASCP exam everyone keeps talking about",
    "when can I sit the NCLEX",
    "is the ASCP exam definitely graded on a curve",
  ])("%j is still refused", (text) => {
    expect(readingOf(index, text)).toMatch(/^none:/);
  });
});
