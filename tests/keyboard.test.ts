import { describe, expect, it } from "vitest";
import { besideOnKeyboard, noKeyStruckAmiss, oneKeySlip } from "../src/matching/keyboard.ts";

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

describe("a slip that strikes no letter amiss", () => {
  it("is a letter dropped, doubled or two swapped", () => {
    expect(noKeyStruckAmiss("salry", "salary")).toBe(true);
    expect(noKeyStruckAmiss("sallary", "salary")).toBe(true);
    expect(noKeyStruckAmiss("slaary", "salary")).toBe(true);
  });

  it("is not a letter struck for another, beside it or not", () => {
    expect(noKeyStruckAmiss("salsry", "salary")).toBe(false);
    expect(noKeyStruckAmiss("skells", "smells")).toBe(false);
    expect(noKeyStruckAmiss("salaryx", "salary")).toBe(false);
  });
});
