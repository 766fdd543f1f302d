import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeLearned, encodeLearned, LEARNED_FILE } from "../src/knowledge/learned-file.ts";
import { KnowledgeError, loadKnowledge } from "../src/knowledge/load.ts";
import { buildIndex, match } from "../src/matching/engine.ts";
import { learnedProbabilities, toStored } from "../src/matching/learned.ts";
import { evalHalves, sameText } from "./eval/examples.ts";
import { copyOfKnowledge, KNOWLEDGE_DIR, realKnowledge } from "./helpers/knowledge.ts";

const outcome = (r: ReturnType<typeof match>) =>
  r.kind === "answer" ? r.entry.id : r.kind === "none" ? `none(${r.reason})` : r.kind;

/** The real pack with these examples instead of its own. */
async function packWith(examples: { text: string; means: string | string[] }[]) {
  const kb = await realKnowledge();
  return buildIndex({ ...kb, examples });
}

// Wordings of a kind the pack's phrasings do not hold: a night-shift worker's way of asking about the pay.
const TAUGHT = [
  "would the paychecks stretch to daycare",
  "could the paychecks stretch to daycare for two",
  "paychecks enough for daycare and groceries?",
  "do the paychecks stretch to groceries and daycare",
];

describe("learning from labelled wordings (examples.yaml)", () => {
  it("answers a wording like the ones it was taught, which the rules alone do not answer with that entry", async () => {
    const asked = "will the paychecks stretch to daycare and groceries";
    const rulesAlone = await packWith([]);
    expect(rulesAlone.learned()).toBeUndefined();
    expect(outcome(match(rulesAlone, asked))).not.toBe("salary");
    const taught = await packWith(TAUGHT.map((text) => ({ text, means: "salary" })));
    expect(outcome(match(taught, asked))).toBe("salary");
  });

  it("learns what is not the pack's as well: a wording taught as none is never answered from the examples", async () => {
    const index = await packWith([
      ...TAUGHT.map((text) => ({ text, means: "salary" })),
      { text: "do the paychecks of a bus driver cover daycare", means: "none" },
      { text: "bus driver paychecks and daycare", means: "none" },
      { text: "do bus drivers earn enough for daycare", means: "none" },
    ]);
    const p = learnedProbabilities(
      index.learned()!,
      index.normalizer.normalize("bus driver paychecks for daycare"),
    );
    expect(p.get("none")!).toBeGreaterThan(p.get("salary")!);
  });

  it("never overturns a refusal for coverage, small talk or a command", async () => {
    const index = await packWith([
      { text: "are lab techs unionized and what do they earn", means: "salary" },
      { text: "hi there, what do lab techs earn", means: "salary" },
      { text: "topics on pay", means: "salary" },
    ]);
    expect(outcome(match(index, "are lab techs unionized"))).toBe("none(uncovered)");
    expect(match(index, "hi there").kind).toBe("smalltalk");
    expect(match(index, "topics").kind).toBe("command");
  });

  it("leaves a 'did you mean' whose candidates explain different words of the message: two questions", async () => {
    const index = await packWith([{ text: "ascp and phlebotomy", means: "ascp" }]);
    expect(match(index, "ascp and phlebotomy").kind).toBe("ambiguous");
  });

  it("is the same model however often the pack is built", async () => {
    const kb = await realKnowledge();
    const [a, b] = [buildIndex(kb), buildIndex(kb)];
    expect(a.learned()!.weights).toEqual(b.learned()!.weights);
  });
});

describe("examples.yaml", () => {
  it("names an example that means no entry, with its file and line", async () => {
    const dir = await copyOfKnowledge();
    await writeFile(
      join(dir, "examples.yaml"),
      '- { text: "what do they earn", means: salary }\n- { text: "what do they earn a year", means: salery }\n',
    );
    // At a start too, though the pack stores a model: it was learned from other examples.
    for (const options of [{}, { storedModel: true }]) {
      const error = (await loadKnowledge(dir, options).catch((e: unknown) => e)) as KnowledgeError;
      expect(error).toBeInstanceOf(KnowledgeError);
      expect(error.message).toMatch(
        /examples\.yaml:2 \[1\]\.means: "salery" is no entry id, nor none or smalltalk/,
      );
    }
    await rm(dir, { recursive: true });
  });

  it("is optional: a pack without it learns nothing and matches by its rules", async () => {
    const dir = await copyOfKnowledge();
    await rm(join(dir, "examples.yaml"));
    for (const options of [{}, { storedModel: true }]) {
      const kb = await loadKnowledge(dir, options);
      expect(kb.examples).toEqual([]);
      expect(buildIndex(kb).learned()).toBeUndefined();
    }
    await rm(dir, { recursive: true });
  });

  it("holds no message of the halves that measure the matcher (the even blind batches and the held-out half)", async () => {
    const { unseen } = await evalHalves();
    const measured = new Set(unseen.map((c) => sameText(c.text)));
    const kb = await realKnowledge();
    expect(kb.examples.length).toBeGreaterThan(0);
    expect(kb.examples.filter((e) => measured.has(sameText(e.text))).map((e) => e.text)).toEqual([]);
  });

  it("is written from the design half as tests/eval/examples.ts writes it", async () => {
    const text = await readFile(join(import.meta.dirname, "..", "knowledge", "examples.yaml"), "utf8");
    expect(text).toMatch(/^# Labelled wordings/);
  });
});

describe("the model the pack stores (learned.bin.gz, written by npm run learn)", () => {
  const bytes = (w: Float32Array) => Buffer.from(w.buffer, w.byteOffset, w.byteLength);

  it("is the one the pack's files and the matcher learn now", async () => {
    const kb = await realKnowledge();
    const fresh = toStored(buildIndex(kb).learned()!, kb.digest);
    const stored = decodeLearned(await readFile(join(KNOWLEDGE_DIR, LEARNED_FILE)));
    const current =
      stored.digest === fresh.digest &&
      stored.examples === fresh.examples &&
      JSON.stringify([stored.classes, stored.features]) === JSON.stringify([fresh.classes, fresh.features]) &&
      bytes(stored.weights).equals(bytes(fresh.weights));
    expect(current, `knowledge/${LEARNED_FILE} is stale: run npm run learn`).toBe(true);
  });

  it("stands in for examples.yaml at a start, which then reads weights instead of wordings", async () => {
    const kb = await loadKnowledge(KNOWLEDGE_DIR, { storedModel: true });
    expect(kb.learned).toBeDefined();
    expect(kb.examples).toEqual([]);
    expect(kb.version).toBe((await realKnowledge()).version);
    const index = buildIndex(kb);
    expect(outcome(match(index, "will the paychecks stretch to rent and groceries"))).toBe(
      outcome(match(buildIndex(await realKnowledge()), "will the paychecks stretch to rent and groceries")),
    );
    expect(index.learned()!.weights).toBe(kb.learned!.weights);
  });

  it("is left aside when any file of the pack changed since it was learned: the examples are read and learned from", async () => {
    const dir = await copyOfKnowledge();
    for (const [file, add] of [
      ["examples.yaml", '- { text: "would the paychecks stretch to daycare", means: "salary" }\n'],
      ["lexicon.json", " "],
    ] as const) {
      const before = await readFile(join(dir, file), "utf8");
      await writeFile(join(dir, file), before + add);
      const kb = await loadKnowledge(dir, { storedModel: true });
      expect(kb.learned).toBeUndefined();
      expect(kb.examples.length).toBeGreaterThan(1_000);
      expect(buildIndex(kb).learned()).toBeDefined();
      await writeFile(join(dir, file), before);
    }
    await rm(dir, { recursive: true });
  });

  it("is a problem to fix when it cannot be read, named by its file", async () => {
    const dir = await copyOfKnowledge();
    await writeFile(join(dir, LEARNED_FILE), "not a model");
    await expect(loadKnowledge(dir, { storedModel: true })).rejects.toThrow(
      /learned\.bin\.gz: invalid .*run npm run learn/,
    );
    await rm(dir, { recursive: true });
  });

  it("round-trips through its file to the same weights, bit for bit", () => {
    const model = {
      digest: "d",
      classes: ["a", "b"],
      features: ["t:x", "b:x y"],
      weights: Float32Array.from([0.1, -2.5, 3e-8, 17, 1 / 3, -0]),
      examples: 2,
    };
    const back = decodeLearned(encodeLearned(model));
    expect({ ...back, weights: [...back.weights] }).toEqual({ ...model, weights: [...model.weights] });
    expect(Object.is(back.weights[5], -0)).toBe(true);
  });
});
