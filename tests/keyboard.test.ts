import { describe, expect, it } from "vitest";
import { besideOnKeyboard, oneKeySlip } from "../src/matching/keyboard.ts";

describe("keys side by side", () => {
  it("are neighbours in a row and touching across rows, not keys further apart", () => {
    expect(besideOnKeyboard("a", "s")).toBe(true);
    expect(besideOnKeyboard("e", "d")).toBe(true);
    expect(besideOnKeyboard("b", "v")).toBe(true);
    expect(besideOnKeyboard("k", "v")).toBe(false);
    expect(besideOnKeyboard("p", "e")).toBe(false);
    expect(besideOnKeyboard("a", "a")).toBe(false);
  });
});

describe("one slip of the keys", () => {
  it.each([
    ["salsry", "salary"],
    ["sallary", "salary"],
    ["salry", "salary"],
    ["slaary", "salary"],
    ["ppace", "pace"],
    ["plaxe", "place"],
  ])("reads %j as %j typed with one slip", (typed, meant) => {
    expect(oneKeySlip(typed, meant)).toBe(true);
  });

  it.each([
    ["ppace", "peace"],
    ["salpry", "salary"],
    ["salaryx", "salary"],
    ["slry", "salary"],
  ])("does not read %j as %j typed with one slip", (typed, meant) => {
    expect(oneKeySlip(typed, meant)).toBe(false);
  });
});
