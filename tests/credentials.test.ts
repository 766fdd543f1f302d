import { beforeAll, describe, expect, it } from "vitest";
import { judgesOwnCredential } from "../src/matching/credentials.ts";
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
