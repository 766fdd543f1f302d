import { beforeAll, describe, expect, it } from "vitest";
import { outsideAsides, splitAsides, splitContrast } from "../src/matching/asides.ts";
import { type MatchIndex, match } from "../src/matching/engine.ts";
import { rulesIndex } from "./helpers/reading.ts";

describe("clauses that set the scene", () => {
  it.each([
    ["who checks it before the doctor sees it", "who checks it"],
    ["when the nurse sends a tube down, what happens to it", "what happens to it"],
    ["when u pee in a cup at the doctors who labels it", "who labels it"],
    ["who puts the results somewhere the doctor can see them", "who puts the results"],
    ["who writes it up so my doctor can read it", "who writes it up"],
  ])("leaves %j as %j", (text, rest) => {
    expect(outsideAsides(text).join(" ")).toBe(rest);
  });

  it.each([
    "what should I study before nursing school",
    "where does it go after that",
    "if I go into nursing how much would I make",
    "so how much do they make",
  ])("keeps %j whole: no clause follows the opener", (text) => {
    expect(outsideAsides(text).join(" ")).toBe(text.toLowerCase());
  });

  it("keeps the clause's words apart", () => {
    expect(splitAsides("what will I earn after I finish the degree")).toEqual({
      outside: ["what", "will", "i", "earn"],
      inside: ["after", "i", "finish", "the", "degree"],
    });
  });
});

describe("phrases that set something aside", () => {
  it.each([
    ["what can I do instead of a two year associate degree", "a two year associate degree"],
    ["besides hospitals, where else could I work", "hospitals"],
    ["other than blood what do they test", "blood"],
    ["is there a quicker route as opposed to the long program?", "the long program"],
  ])("sets aside in %j: %j", (text, aside) => {
    expect(splitContrast(text).inside.join(" ")).toBe(aside);
  });

  it("keeps a message without one whole", () => {
    expect(splitContrast("is the degree better than the certificate").inside).toEqual([]);
  });

  let index: MatchIndex;
  beforeAll(async () => {
    index = await rulesIndex();
  });

  it("lets what the question asks for decide, not what it sets aside", () => {
    const r = match(index, "what can I do instead of a two year associate degree");
    expect(r.kind === "answer" && r.entry.id).toBe("certificate-program");
  });
});
