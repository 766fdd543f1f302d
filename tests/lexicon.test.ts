import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { lexiconFileSchema } from "../src/knowledge/schema.ts";
import { buildIndex, type MatchIndex, match } from "../src/matching/engine.ts";
import { generateLexicon, thingsAmong } from "../src/matching/lexicon/generate.ts";
import { lexiconFor, stemsOf } from "../src/matching/lexicon/pack.ts";
import { readWordNet, type Synset } from "../src/matching/lexicon/wordnet.ts";
import { realKnowledge } from "./helpers/knowledge.ts";
import { rulesIndex } from "./helpers/reading.ts";

describe("the lexicon generator", () => {
  it("links synonyms, more specific and more general words to a pack word, from its first senses only", () => {
    const synsets = new Map<string, Synset>([
      [
        "n1",
        {
          words: ["supervisor"],
          links: [
            ["~", "n2"],
            ["@", "n3"],
          ],
        },
      ],
      ["n2", { words: ["boss", "foreman"], links: [] }],
      ["n3", { words: ["superior"], links: [] }],
      ["n4", { words: ["overseer_program"], links: [] }],
      ["n9", { words: ["rare"], links: [] }],
    ]);
    const senses = new Map([["supervisor", ["n1", "n4", "n4", "n4", "n9"]]]);
    const lexicon = generateLexicon(
      { synsets, senses },
      ["supervisor", "the"],
      (w) => w === "foreman",
      (w) => w === "the",
      "test",
    );
    expect(lexicon.words).toEqual({ boss: ["supervisor"], superior: ["supervisor"] });
    expect(lexicon.packWords).toEqual(["supervisor"]);
  });

  it("tells the out-of-scope terms that name things from those that may name another line of work", () => {
    const synsets = new Map<string, Synset>([
      ["n1", { words: ["car"], links: [], lexfile: 6 }],
      ["n2", { words: ["nurse"], links: [], lexfile: 18 }],
      ["n3", { words: ["therapy"], links: [], lexfile: 4 }],
      ["n4", { words: ["phone"], links: [], lexfile: 6 }],
      ["n5", { words: ["phone"], links: [], lexfile: 10 }],
      ["n6", { words: ["dental"], links: [], lexfile: 10 }],
      ["a6", { words: ["dental"], links: [] }],
    ]);
    const senses = new Map([
      ["car", ["n1"]],
      ["nurse", ["n2"]],
      ["therapy", ["n3"]],
      ["phone", ["n4", "n5"]],
      ["dental", ["n6", "a6"]],
    ]);
    expect(
      thingsAmong({ synsets, senses }, ["nurse", "car", "therapy", "phone", "dental", "bitcoin"]),
    ).toEqual(["car", "phone"]);
  });

  it("links a word's derivationally related forms to it, unless the pack uses them, from its first part of speech", () => {
    // "patient" the person (n1) has no link to "patience"; the adjective (a1) does, and is not the pack's sense.
    const synsets = new Map<string, Synset>([
      [
        "n1",
        {
          words: ["certify"],
          links: [],
          forms: [
            [1, "n2", 1],
            [1, "n3", 2],
          ],
        },
      ],
      ["n2", { words: ["certifier"], links: [] }],
      ["n3", { words: ["paper", "certificate"], links: [] }],
      ["n4", { words: ["patient"], links: [] }],
      ["a1", { words: ["patient"], links: [], forms: [[1, "n5", 1]] }],
      ["n5", { words: ["patience"], links: [] }],
    ]);
    const senses = new Map([
      ["certify", ["n1"]],
      ["patient", ["n4", "a1"]],
    ]);
    const lexicon = generateLexicon(
      { synsets, senses },
      ["certify", "certificate", "patient"],
      (w) => w === "certificate",
      () => false,
      "test",
    );
    expect(lexicon.words).toEqual({ certifier: ["certify"] });
  });
});

describe("the pack's lexicon", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = buildIndex(await realKnowledge());
  });

  it("is current: regenerating it from WordNet for the pack gives the committed file", async () => {
    const committed = await readFile("knowledge/lexicon.json", "utf8");
    const fresh = `${JSON.stringify(lexiconFor(await realKnowledge(), readWordNet()), null, 1)}\n`;
    expect(fresh === committed, "knowledge/lexicon.json is stale: run npm run lexicon").toBe(true);
  }, 60_000);

  it("lists the pack's out-of-scope things, not its other careers", async () => {
    const { things = [] } = JSON.parse(await readFile("knowledge/lexicon.json", "utf8")) as {
      things?: string[];
    };
    expect(things).toEqual(expect.arrayContaining(["car", "phone"]));
    for (const career of ["nurse", "nursing", "therapy", "police", "doctor"])
      expect(things).not.toContain(career);
  });

  it("relates words the pack never uses to its terms, below the message's own", () => {
    const q = index.normalizer.normalize("who is the boss in a lab");
    expect(q.related).toContain("supervisor");
    expect(q.terms).not.toContain("supervisor");
    expect(index.normalizer.normalize("is it compulsory").related.length).toBeGreaterThan(0);
  });

  it("relates a word to the pack word it is a form of, which a stemmer leaves apart", async () => {
    const q = index.normalizer.normalize("do they look at urinary samples");
    expect(q.related).toContain("urin");
    expect(match(await rulesIndex(), "do they work with urinary samples")).toMatchObject({
      kind: "answer",
      entry: { id: "lab-testing" },
    });
  });

  it("relates the name of an instrument, more than one kind down, to the pack's equipment, by its first sense only", () => {
    for (const text of [
      "do lab techs use a centrifuge",
      "how to use a pipette",
      "will i work with a spectrophotometer",
      "incubator in the lab",
    ])
      expect(match(index, text), text).toMatchObject({ kind: "answer", entry: { id: "equipment" } });
    // A centrifuge is an apparatus, a kind of equipment; "horse" is the animal before the gymnast's apparatus.
    expect(index.normalizer.normalize("a centrifuge").related).toContain("equip");
    expect(index.normalizer.normalize("a horse").related).not.toContain("equip");
  });

  it("is off when its weight is 0", async () => {
    const off = buildIndex(await realKnowledge(), { lexicalWeight: 0 });
    expect(off.normalizer.normalize("who is the boss in a lab").related).toEqual([]);
  });

  it("keys each word by the stem the file stores, a word not listed being its own", async () => {
    const kb = await realKnowledge();
    // A stem no stemmer gives ("bossy" is "bossi"), so only the stored one can link "boss".
    const lexicon = {
      ...kb.lexicon!,
      words: { bossy: ["supervisor"], honcho: ["supervisor"] },
      stems: { bossy: "boss" },
    };
    const index = buildIndex({ ...kb, lexicon });
    expect(index.normalizer.normalize("who is the boss in a lab").related).toContain("supervisor");
    expect(index.normalizer.normalize("who is the honcho in a lab").related).toContain("supervisor");
    expect(index.normalizer.normalize("who is the bossy one in a lab").related).not.toContain("supervisor");
  });

  it("stores only the stems that are not the word itself", () => {
    expect(stemsOf(["boss", "bosses", "nursing"])).toEqual({ bosses: "boss", nursing: "nurs" });
  });

  it("is refused when a word's links or stem are not words", () => {
    const file = { source: "test", packWords: [], words: { boss: ["supervisor"] } };
    expect(lexiconFileSchema.safeParse(file).success).toBe(true);
    expect(lexiconFileSchema.safeParse({ ...file, stems: { bosses: "boss" } }).success).toBe(true);
    expect(lexiconFileSchema.safeParse({ ...file, words: { boss: "supervisor" } }).success).toBe(false);
    expect(lexiconFileSchema.safeParse({ ...file, words: { boss: [1] } }).success).toBe(false);
    expect(lexiconFileSchema.safeParse({ ...file, words: [] }).success).toBe(false);
    expect(lexiconFileSchema.safeParse({ ...file, stems: { bosses: ["boss"] } }).success).toBe(false);
  });
});
