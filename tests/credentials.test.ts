import { beforeAll, describe, expect, it } from "vitest";
import { foreignCredential, judgesOwnCredential } from "../src/matching/credentials.ts";
import type { MatchIndex } from "../src/matching/engine.ts";
import { words } from "../src/matching/text.ts";
import { answerOrKind, realIndex } from "./helpers/reading.ts";

describe("judgesOwnCredential", () => {
  it.each([
    "who assesses my chemistry diploma",
    "can a degree from an international university be evaluated",
    "is my certificate recognised in every state",
  ])("reads the reader's own credential judged in %j", (text) => {
    expect(judgesOwnCredential(words(text))).toBe(true);
  });

  it.each([
    "is the national credential recognized by hospitals",
    "will clinics accept my online certificate",
    "how do labs evaluate new hires",
  ])("reads none in %j", (text) => {
    expect(judgesOwnCredential(words(text))).toBe(false);
  });
});

describe("a credential's worth, in the matcher", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = await realIndex();
  });
  const resultOf = (text: string) => answerOrKind(index, text);

  it("is refused for the reader's own, and the pack's credentials stay answered", () => {
    expect(resultOf("who can assess my lab science diploma before I apply for the ASCP")).toBe("none");
    expect(resultOf("is the AMT credential recognized by employers")).not.toBe("none");
  });
});

describe("foreignCredential", () => {
  const countries = new Set(["peru", "ghana", "kenya"]);
  const foreign = (text: string) =>
    foreignCredential(words(text), (stretch) => stretch.some((w) => countries.has(w)));

  it.each([
    "my chemistry degree is from ghana, can i get it counted in the states",
    "I earned a diploma abroad, is it valid for lab jobs here",
    "trained as a lab tech in kenya, does that training transfer",
  ])("reads a credential from elsewhere asked to hold in %j", (text) => {
    expect(foreign(text)).toBe(true);
  });

  it.each([
    "I grew up in Peru, is a degree needed to be a lab tech here",
    "my degree is from Ghana, what does a lab tech earn",
    "is my associate degree accepted by hospitals",
  ])("reads none in %j", (text) => {
    expect(foreign(text)).toBe(false);
  });
});

describe("a credential from another country, in the matcher", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = await realIndex();
  });

  it("is refused across the story and the question", () => {
    expect(answerOrKind(index, "my lab diploma is from Ecuador. how do I make it valid here?")).toBe("none");
    expect(answerOrKind(index, "I got a biology degree in Kenya, will US labs accept it")).toBe("none");
  });

  it("leaves a story's country when the question asks what the career takes", () => {
    expect(answerOrKind(index, "I grew up in Kenya. Do I need a degree to be a lab tech?")).not.toBe("none");
  });
});
