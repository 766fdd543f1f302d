import { describe, expect, it } from "vitest";
import { words } from "../src/matching/text.ts";
import { thingsAskedFor } from "../src/matching/wanted.ts";

describe("the thing a question asks to have", () => {
  it.each([
    ["is there paternity leave for nurses", [["paternity", "leave"]]],
    ["any bursaries for students?", [["bursaries"]]],
    ["do the big clinics give new hires a relocation bonus", [["relocation", "bonus"]]],
    ["can I use a veterans grant for this", [["veterans", "grant"]]],
    // After the noun, a participle qualifies it; before it, it is a modifier.
    ["is there a bigger job waiting for me", [["bigger", "job"]]],
    ["is there a waiting list", [["waiting", "list"]]],
    ["do they get eye and dental insurance", [["eye", "dental", "insurance"]]],
    ["what do they do all day", []],
    // Advice and tips are asked to be told.
    ["any tips for the exam?", []],
    ["how do I get started", []],
  ])("%j asks for %j", (text, things) => {
    expect(thingsAskedFor(words(text))).toEqual(things);
  });
});
