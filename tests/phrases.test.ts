import { beforeAll, describe, expect, it } from "vitest";
import { entrySchema } from "../src/knowledge/schema.ts";
import { buildIndex, type MatchIndex, match } from "../src/matching/engine.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

let index: MatchIndex;
let plain: MatchIndex;
beforeAll(async () => {
  const kb = await realKnowledge();
  index = buildIndex(kb);
  // The same pack with no phrase cues and no examples to learn from: what single words alone decide (the model
  // learned from the examples reads word pairs, and would settle some of these on its own).
  plain = buildIndex({ ...kb, examples: [], entries: kb.entries.map((e) => ({ ...e, phrases: [] })) });
});

const answered = (i: MatchIndex, text: string) => {
  const r = match(i, text);
  return r.kind === "answer" ? r.entry.id : r.kind;
};

describe("phrase cues on the real pack", () => {
  it.each([
    ["how much does it grow", "job-outlook"],
    ["by how much is the number of jobs going up", "job-outlook"],
    ["is the certificate program worth it", "certificate-program"],
    ["am i cut out for this", "career-fit"],
  ])("%j goes to %s, which single words alone miss", (text, id) => {
    expect(answered(index, text)).toBe(id);
    expect(answered(plain, text)).not.toBe(id);
  });

  it.each([
    ["how much do lab techs make", "salary"],
    ["how much money will I earn", "salary"],
    ["is certification worth it", "certification-overview"],
    ["is it worth it to get certified", "certification-overview"],
    ["is getting certified really worth it", "certification-overview"],
    ["is this career worth it", "career-fit"],
    ["is being a lab tech worth it", "career-fit"],
    ["how fast is the field growing", "job-outlook"],
  ])("leaves %j with %s", (text, id) => {
    expect(answered(index, text)).toBe(id);
  });

  it("reads a cue in place of its words, so 'by how much' is not the pay", () => {
    expect(index.normalizer.normalize("by how much is the field growing").terms).not.toContain("salari");
    expect(index.normalizer.normalize("how much do they make").terms).toEqual(["salari", "salari"]);
  });

  it("finds a cue in any order within a few words, through synonyms, but not farther apart", () => {
    expect(index.normalizer.normalize("is the cert really worth it").terms).toContain(
      "certification worth it",
    );
    expect(index.normalizer.normalize("worth it to get certified?").terms).toContain(
      "certification worth it",
    );
    const far = index.normalizer.normalize(
      "is certification needed for the jobs in hospitals and is it worth it",
    );
    expect(far.terms).not.toContain("certification worth it");
  });

  it("matches a cue's function words only as written: 'will I make' is pay, not the 'how much' of a cue", () => {
    expect(index.normalizer.normalize("what will i make as it grows").terms).not.toContain("how much grow");
  });

  it("weighs a cue above the rarest single word", () => {
    const rarest = Math.max(
      ...[...index.weights.entries()].filter(([t]) => !t.includes(" ")).map(([, w]) => w),
    );
    expect(index.weights.get("by how much")).toBeGreaterThan(rarest);
  });

  it("rejects a one-word phrase cue in the pack's schema", () => {
    const entry = {
      id: "x",
      topic: "t",
      kind: "faq",
      question: "q",
      alternates: ["a", "b", "c", "d"],
      answer: "a",
      keywords: ["k"],
      sources: ["s"],
    };
    expect(entrySchema.safeParse({ ...entry, phrases: ["worth it"] }).success).toBe(true);
    expect(entrySchema.safeParse({ ...entry, phrases: ["worth"] }).success).toBe(false);
  });
});
