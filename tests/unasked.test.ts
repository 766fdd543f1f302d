import { describe, expect, it } from "vitest";
import { asksOf, kindBits } from "../src/matching/asks.ts";
import { unaskedKinds } from "../src/matching/unasked.ts";

describe("kinds of question the candidates are never asked", () => {
  it("are the particular ones the message asks that none of them is asked", () => {
    const when = kindBits("when");
    expect(unaskedKinds(asksOf("when do the doors open"), [asksOf("what is it"), asksOf("is it hard")])).toBe(
      when,
    );
    expect(
      unaskedKinds(asksOf("when do the doors open"), [asksOf("what is it"), asksOf("when is it open")]),
    ).toBe(0);
  });

  it("leave out what an entry answers without being asked so: where, why, what it is like", () => {
    expect(unaskedKinds(asksOf("are there openings near me"), [asksOf("what is it")])).toBe(0);
    expect(unaskedKinds(asksOf("why is it so loud"), [asksOf("what is it")])).toBe(0);
    expect(unaskedKinds(asksOf("what is it like inside"), [asksOf("what is it")])).toBe(0);
  });
});
