// The heads of noun phrases: a classifier before "of" and a participle before its noun only narrow what is asked.
import { beforeAll, describe, expect, it } from "vitest";
import { buildIndex, type MatchIndex, match } from "../src/matching/engine.ts";
import { modifiersOf } from "../src/matching/heads.ts";
import { STOPWORDS, words } from "../src/matching/text.ts";
import { realKnowledge } from "./helpers/knowledge.ts";
import { rulesIndex } from "./helpers/reading.ts";

const isStopword = (w: string) => STOPWORDS.has(w);
const read = (text: string) =>
  modifiersOf(words(text), isStopword).map((m) => `${m.modifier} → ${m.head.join(" ")} (${m.at})`);

describe("the modifiers of a message", () => {
  it("reads a classifier before 'of' as narrowing the phrase after it", () => {
    expect(read("which sorts of blood samples get checked")).toEqual(["sorts → blood samples (last)"]);
    expect(read("what types of the machines")).toEqual(["types → machines (last)"]);
  });

  it("reads a participle a determiner, preposition or question word opens as describing the words after it", () => {
    expect(read("is the beginning wage any good")).toEqual(["beginning → wage (first)"]);
    expect(read("what is a usual beginning wage")).toEqual(["beginning → wage (first)"]);
    expect(read("certified tech pay")).toEqual(["certified → tech pay (first)"]);
  });

  it("reads a noun of a way that ends its phrase as narrowed by the words naming which way", () => {
    expect(read("the no degree route")).toEqual(["route → no degree (last)"]);
    expect(read("4 yr bachelors path?")).toEqual(["path → year bachelors (last)"]);
    expect(read("what route should i take")).toEqual([]);
    expect(read("a route to technologist")).toEqual([]);
  });

  it("leaves a verb after its subject alone, and a participle with nothing after it", () => {
    expect(read("do techs handle specimens")).toEqual([]);
    expect(read("i am thinking about starting")).toEqual([]);
    expect(read("type of")).toEqual([]);
  });
});

describe("ranking by the head of a phrase", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = await rulesIndex();
  });
  const answered = (text: string, i = index) => {
    const r = match(i, text);
    return r.kind === "answer" ? r.entry.id : r.kind;
  };

  it.each([
    ["what kinds of certs can a tech earn", "certification-overview"],
    ["the beginning salary of a lab tech", "salary"],
    ["what's the starting pay", "salary"],
    ["a realistic starting income for an mlt?", "salary"],
    ["the no college path?", "no-degree"],
  ])("answers %j by its head (%s)", (text, id) => {
    expect(answered(text)).toBe(id);
  });

  it("keeps a classifier of the pack's own subject: the kinds of lab techs are its specializations", () => {
    expect(answered("what different kinds of lab techs exist")).toBe("specializations-overview");
    expect(answered("kinds of specialisations for an mlt")).toBe("specializations-overview");
  });

  it("weighs a modifier in full when the option is off", async () => {
    // The ranking's own effect, without the examples: the model learned from them knows "starting pay" is pay.
    const off = buildIndex({ ...(await realKnowledge()), examples: [] }, { modifierShare: 0 });
    expect(answered("what's the starting pay", off)).not.toBe("salary");
  });
});
