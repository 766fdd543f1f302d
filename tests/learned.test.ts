import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { syntheticKnowledge } from "../bench/matcher.ts";
import { compilePack } from "../src/knowledge/compile-cli.ts";
import { COMPILED_FILE, decodeCompiled, encodeCompiled } from "../src/knowledge/compiled.ts";
import { KnowledgeError, loadKnowledge } from "../src/knowledge/load.ts";
import { buildIndex, match } from "../src/matching/engine.ts";
import {
  askedIn,
  featuresOf,
  learnedProbabilities,
  modelReading,
  nearestReading,
  withLearned,
} from "../src/matching/learned.ts";
import { modelLeads } from "../src/matching/model-leads.ts";
import { DEFAULT_MATCH_OPTIONS } from "../src/matching/options.ts";
import type { MatchResult } from "../src/matching/result.ts";
import type { EvalCase } from "./eval/evaluate.ts";
import { answeredFirst, evalHalves, examplesOf, sameText } from "./eval/examples.ts";
import { copyOfKnowledge, KNOWLEDGE_DIR, realKnowledge } from "./helpers/knowledge.ts";

const outcome = (r: ReturnType<typeof match>) =>
  r.kind === "answer" ? r.entry.id : r.kind === "none" ? `none(${r.reason})` : r.kind;

/** The real pack with these examples instead of its own. */
async function packWith(examples: { text: string; means: string | string[]; after?: string }[]) {
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
    const text = "bus driver paychecks for daycare";
    const p = learnedProbabilities(
      index.learned()!,
      index.normalizer.normalize(text),
      askedIn(index.normalizer, text),
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

  it("leads under learnedLeadMin when the nearest taught wordings vote for the entry it leans to (learnedLeadVotedMin)", async () => {
    const index = buildIndex(await realKnowledge());
    // The model leans to whether the career suits the writer, under its bar; the wordings nearest it say so too.
    const text = "for a shy guy?";
    const reading = modelReading(index, text)!;
    expect(reading.get("career-fit")).toBeGreaterThan(0.2);
    expect(reading.get("career-fit")).toBeLessThan(index.options.learnedLeadMin);
    const votes = nearestReading(index, text)!;
    expect(Math.max(...votes.values())).toBe(votes.get("career-fit"));
    // The model's own offer over the rules' refusal (learnedOfferMin) set aside: the votes alone make the answer.
    const answer = (options = {}) => {
      const r = match({ ...index, options: { ...index.options, learnedOfferMin: 1.01, ...options } }, text);
      return r.kind === "answer" ? r.entry.id : r.kind;
    };
    expect(answer()).toBe("career-fit");
    // Without the votes, or with the model's lean just under the bar they may confirm: not answered.
    expect(answer({ learnedLeadVotedMin: 1.01 })).not.toBe("career-fit");
    expect(answer({ learnedLeadVotedMin: reading.get("career-fit")! + 0.01 })).not.toBe("career-fit");
  });

  it("leads over a refusal of a message with no word the pack knows when all but sure of one entry (learnedLeadMin)", async () => {
    const index = buildIndex(await realKnowledge());
    // Every word is a function word or one the pack lacks, so the rules find nothing to read; the model reads the
    // words as typed and knows the question.
    const text = "i get squeamish, could this still be for me?";
    const answer = (options = {}) => {
      const r = match({ ...index, options: { ...index.options, ...options } }, text);
      return r.kind === "answer" ? r.entry.id : `${r.kind}(${r.kind === "none" ? r.reason : ""})`;
    };
    expect(answer()).toBe("career-fit");
    expect(answer({ learnedLeadMin: 1.01 })).toBe("none(empty)");
    // Small talk of function words alone stays small talk: the model reads it so too.
    expect(match(index, "and you?").kind).not.toBe("answer");
    // A question of no pack word after a specialty is named asks of that specialty, not a second thing.
    const named = match(index, "cytotech, what is that? what they do");
    expect(named.kind === "answer" && [named.entry.id, named.also?.id]).toEqual([
      "cytotechnologist",
      undefined,
    ]);
  });

  it("leads over the rules' answer, 'did you mean' or refusal for want of words when all but sure of one entry (learnedLeadMin)", async () => {
    const index = buildIndex(await realKnowledge());
    const text = "how much money do lab techs take home a year";
    const query = index.normalizer.normalize(text);
    const entry = (id: string) => index.byId.get(id)!.entry;
    const candidates = [
      { entry: entry("work-settings"), topic: index.byId.get("work-settings")!.topic, confidence: 0.5 },
    ];
    const led = (result: MatchResult, options = {}) => {
      const r = modelLeads({ ...index, options: { ...index.options, ...options } }, text, result);
      return r.kind === "answer" ? r.entry.id : r.kind;
    };
    const refused: MatchResult = { kind: "none", reason: "no-match", topics: [], candidates, query };
    expect(led(refused)).toBe("salary");
    expect(led({ kind: "ambiguous", candidates, query })).toBe("salary");
    const answered: MatchResult = {
      kind: "answer",
      entry: entry("work-settings"),
      confidence: 0.5,
      candidates,
      query,
    };
    expect(led(answered)).toBe("salary");
    // Under the bar, or over a refusal a rule decided or a coverage refusal: left as it is.
    expect(led(refused, { learnedLeadMin: 1.01 })).toBe("none");
    expect(led({ ...refused, ruled: true })).toBe("none");
    expect(led({ ...refused, reason: "uncovered" })).toBe("none");
    // Two answers the model all but rules out both give way to its entry; when the second is its entry, that comes
    // first and the other is still answered after it.
    const two = (result: MatchResult, asked = text) => {
      const r = modelLeads(index, asked, result);
      return r.kind === "answer" ? [r.entry.id, r.also?.id] : r.kind;
    };
    expect(two({ ...answered, also: entry("job-outlook") })).toEqual(["salary", undefined]);
    expect(two({ ...answered, also: entry("salary") })).toEqual(["salary", "work-settings"]);
    // A first answer the model, reading one of the questions alone, does not all but rule out keeps its place, though
    // reading the whole message it hears only the pay.
    const asked = `where would I work? ${text}`;
    const both = { ...answered, also: entry("job-outlook"), query: index.normalizer.normalize(asked) };
    expect(two(both, asked)).toEqual(["work-settings", "job-outlook"]);
    // An answer the model does not all but rule out keeps its place (here: any answer, the bar under every probability).
    expect(led(answered, { learnedDoubtMax: -1 })).toBe("work-settings");
  });

  it("leads over an answer to a question said in a frame, but not one of whether what the writer is like counts", async () => {
    const index = buildIndex(await realKnowledge());
    const led = (text: string, wrong: string) => {
      const entry = index.byId.get(wrong)!.entry;
      const query = index.normalizer.normalize(text);
      const r = modelLeads(index, text, { kind: "answer", entry, confidence: 0.5, candidates: [], query });
      return r.kind === "answer" ? r.entry.id : r.kind;
    };
    // Said in the frame of what goes on once one works: the model, sure of the ongoing classes, leads.
    expect(led("will I still have to do training every year once I work there", "job-outlook")).toBe(
      "continuing-education",
    );
    // What the writer is like: the frame step's reading (the skills) stands, whatever the model leans to.
    expect(led("I'm shy and careful, would that help me in this work", "skills")).toBe("skills");
  });

  it("moves an answer without a near tie to a close candidate only when sure of it and all but sure the answer is wrong", async () => {
    const index = await packWith(TAUGHT.map((text) => ({ text, means: "salary" })));
    const text = "will the paychecks stretch to daycare and groceries";
    const q = index.normalizer.normalize(text);
    const asked = askedIn(index.normalizer, text);
    const candidate = (id: string, confidence: number) => {
      const { entry, topic } = index.byId.get(id)!;
      return { entry, topic, confidence };
    };
    const candidates = [candidate("work-settings", 0.6), candidate("salary", 0.45)];
    const answered: MatchResult = {
      kind: "answer",
      entry: candidates[0]!.entry,
      confidence: 0.6,
      candidates,
      query: q,
    };
    const say = (close: string[], options = DEFAULT_MATCH_OPTIONS, far = false, result = answered) => {
      const r = withLearned(index.learned()!, index.byId, q, asked, result, options, {
        tie: new Set(),
        close: new Set(close),
        far,
      });
      return r.kind === "answer" && r.entry.id;
    };
    expect(say(["salary"])).toBe("salary");
    // Not a candidate the caller let it move to, or the model not sure enough that the answer is wrong: it stays.
    expect(say([])).toBe("work-settings");
    expect(say(["salary"], { ...DEFAULT_MATCH_OPTIONS, learnedDoubtMax: 0 })).toBe("work-settings");
    expect(say(["salary"], { ...DEFAULT_MATCH_OPTIONS, learnedMin: 1 })).toBe("work-settings");
    // An entry the rules do not rank at all: the model moves the answer there only when the caller lets it go far and
    // the model all but rules the answer out.
    const alone: MatchResult = { ...answered, candidates: [candidates[0]!] };
    expect(say([], DEFAULT_MATCH_OPTIONS, false, alone)).toBe("work-settings");
    expect(say([], DEFAULT_MATCH_OPTIONS, true, alone)).toBe("salary");
    expect(say([], { ...DEFAULT_MATCH_OPTIONS, learnedOverruleMax: 0 }, true, alone)).toBe("work-settings");
  });

  it("reads how a message asks: its kinds of question, and its asking clause apart from a story", () => {
    const terms = { terms: ["program"], related: [] };
    const where = featuresOf(terms, { asks: 1, asking: [], typed: [] });
    expect(where).toContain("a:where");
    const story = featuresOf(
      { terms: ["draw", "blood", "special"], related: [] },
      { asks: 0, asking: ["special"], typed: [] },
    );
    expect(story).toContain("q:special");
    expect(story).not.toContain("q:blood");
  });

  it("answers a 'did you mean' with an entry the model gives learnedMin, more than every other class together", async () => {
    // Taught its own wordings, so that no retraining of the pack's model moves what is checked.
    const index = await packWith(TAUGHT.map((text) => ({ text, means: "salary" })));
    // "lab": a word both candidates below are asked with, so they are no two questions (as "ascp and phlebotomy" are).
    const text = "will the lab paychecks stretch to daycare and groceries";
    const q = index.normalizer.normalize(text);
    const asked = askedIn(index.normalizer, text);
    const p = learnedProbabilities(index.learned()!, q, asked);
    const lean = p.get("salary")!;
    expect(lean).toBeGreaterThan(0.5);
    const candidate = (id: string, confidence: number) => {
      const { entry, topic } = index.byId.get(id)!;
      return { entry, topic, confidence };
    };
    // A "did you mean" of entries the model gives little: it answers with the entry it leans to at learnedMin.
    const candidates = [candidate("lab-testing", 0.5), candidate("equipment", 0.48)];
    for (const c of candidates) expect(p.get(c.entry.id)!).toBeLessThan(lean / 2 - 0.01);
    const offered: MatchResult = { kind: "ambiguous", candidates, query: q };
    const say = (learnedMin: number) => {
      const r = withLearned(
        index.learned()!,
        index.byId,
        q,
        asked,
        offered,
        { ...DEFAULT_MATCH_OPTIONS, learnedMin },
        {
          tie: new Set(),
          close: new Set(),
          far: false,
        },
      );
      return r.kind === "answer" ? r.entry.id : r.kind;
    };
    expect(say(lean - 0.01)).toBe("salary");
    expect(say(lean + 0.01)).toBe("ambiguous");
  });

  it("answers the entry it leans to at learnedRefusalMin for a message the rules refuse for want of known words", async () => {
    const asked = "would leaving the warehouse for this swell my take-home";
    expect(outcome(match(await packWith([]), asked))).toBe("none(no-match)");
    // Taught on wordings of its own kind (pay said as take-home swelling) and on everyday questions that are no one's.
    const index = await packWith([
      ...[
        "would this swell my take-home",
        "will my take-home swell doing this",
        "does the take-home swell after a year",
      ].map((text) => ({ text, means: "salary" })),
      ...[
        "what credit score do i need for a loan",
        "how do i get my deposit back",
        "when is my rent due",
      ].map((text) => ({ text, means: "none" })),
    ]);
    const p = learnedProbabilities(
      index.learned()!,
      index.normalizer.normalize(asked),
      askedIn(index.normalizer, asked),
    );
    // Over learnedRefusalMin, and none and small talk far behind.
    expect(p.get("salary")!).toBeGreaterThanOrEqual(DEFAULT_MATCH_OPTIONS.learnedRefusalMin);
    expect(outcome(match(index, asked))).toBe("salary");
    // The model leaning to "none" keeps the refusal (the topic menu).
    expect(outcome(match(index, "what credit score do i need for a mortgage"))).toBe("none(no-match)");
    expect(outcome(match(index, "how do i get my deposit back from my landlord"))).toBe("none(no-match)");
  });

  it("reads a message's words as typed, function words and words the pack lacks included", async () => {
    const index = buildIndex(await realKnowledge());
    const text = "are you around people all day or by yourself";
    const features = featuresOf(index.normalizer.normalize(text), askedIn(index.normalizer, text));
    expect(features).toContain("w:around");
    expect(features).toContain("w:yourself");
    expect(features).not.toContain("t:around");
  });

  it("answers a 'did you mean' whose candidates explain different words of the message only when all but sure", async () => {
    const index = await packWith([{ text: "ascp and phlebotomy", means: "ascp" }]);
    expect(outcome(match(index, "ascp and phlebotomy"))).toBe("ascp");
    // Under learnedLeadMin the two questions' candidates are offered, not decided between.
    const unsure = { ...index, options: { ...index.options, learnedLeadMin: 1.01 } };
    expect(match(unsure, "ascp and phlebotomy").kind).toBe("ambiguous");
  });

  it("learns none for a pack too large to learn one, which is answered by its rules alone", async () => {
    // 1,000 entries: 26,000 features for 1,002 classes, 20 s and 200 MB to learn.
    const kb = syntheticKnowledge(await realKnowledge(), 1_000);
    const index = buildIndex(kb);
    expect(kb.examples.length).toBeGreaterThan(0);
    expect(index.learned()).toBeUndefined();
    // Its clones of an entry are as alike as they look: a "did you mean" among them.
    const result = match(index, "how much does a lab tech earn");
    expect(result.kind).toBe("ambiguous");
    expect(result.kind === "ambiguous" && result.candidates[0]!.entry.id).toMatch(/^salary-/);
  });

  it("lifts none for a message by learnedNoneUnseen times the share of its features the model never learned", async () => {
    const index = buildIndex(await realKnowledge());
    const model = index.learned()!;
    // Half of it words no wording taught: the model alone would read the pay in it as surely as in the known half.
    const text = "how much do lab techs make flurbing the quizzle snorkbat";
    const q = index.normalizer.normalize(text);
    const asked = askedIn(index.normalizer, text);
    const features = featuresOf(q, asked);
    const share = features.filter((f) => !model.features.has(f)).length / features.length;
    expect(share).toBeGreaterThan(0.2);
    const odds = (learnedNoneUnseen: number) => {
      const p = learnedProbabilities(model, q, asked, { learnedTemperature: 1, learnedNoneUnseen });
      return p.get("none")! / p.get("salary")!;
    };
    expect(odds(2) / odds(0)).toBeCloseTo(Math.exp(2 * share), 6);
    expect(DEFAULT_MATCH_OPTIONS.learnedNoneUnseen).toBeGreaterThan(0);
  });

  it("learns from follow-ups what the answer before adds, and nothing of how a message alone is read", async () => {
    // After the pay, short questions about the odd hours ask about the pay again; alone they name no entry.
    const followUps = [
      "and for weekends?",
      "what about the overnight crew",
      "ok and holidays",
      "n if i only do nights?",
    ].map((text) => ({ text, means: "salary", after: "salary" }));
    const without = await packWith(TAUGHT.map((text) => ({ text, means: "salary" })));
    const taught = await packWith([...TAUGHT.map((text) => ({ text, means: "salary" })), ...followUps]);
    const read = (index: typeof taught, text: string, after?: { entry: string; topic: string }) =>
      learnedProbabilities(index.learned()!, index.normalizer.normalize(text), {
        ...askedIn(index.normalizer, text),
        ...(after && { after }),
      });
    for (const text of ["will the paychecks stretch to daycare", "and for sundays?"])
      expect(read(taught, text)).toEqual(read(without, text));
    const afterPay = { entry: "salary", topic: "jobs" };
    expect(read(taught, "and for sundays?", afterPay).get("salary")!).toBeGreaterThan(
      2 * read(taught, "and for sundays?").get("salary")!,
    );
    // After another entry the pay is no likelier than alone: the answer before says it, not the words.
    const afterSkills = { entry: "skills", topic: "skills" };
    expect(read(taught, "and for sundays?", afterSkills).get("salary")!).toBeLessThanOrEqual(
      read(taught, "and for sundays?").get("salary")!,
    );
  });

  it("learns each wording where what it says puts it, not where it stands: the examples listed backwards teach the same weights", async () => {
    // So a wording added or changed moves only its own place in the order and its own left-out features.
    const kb = await realKnowledge();
    const [a, b] = [
      buildIndex(kb).learned()!,
      buildIndex({ ...kb, examples: [...kb.examples].reverse() }).learned()!,
    ];
    const k = a.classes.length;
    const rowOf = (m: typeof a, f: string) => [
      ...m.weights.subarray(m.features.get(f)! * k, (m.features.get(f)! + 1) * k),
    ];
    expect(b.classes).toEqual(a.classes);
    expect([...b.features.keys()].sort()).toEqual([...a.features.keys()].sort());
    for (const f of a.features.keys()) expect(rowOf(b, f)).toEqual(rowOf(a, f));
    expect([...b.weights.subarray(a.features.size * k)]).toEqual([
      ...a.weights.subarray(a.features.size * k),
    ]);
  }, 60_000);

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
    for (const options of [{}, { compiled: true }]) {
      const error = (await loadKnowledge(dir, options).catch((e: unknown) => e)) as KnowledgeError;
      expect(error).toBeInstanceOf(KnowledgeError);
      expect(error.message).toMatch(
        /examples\.yaml:2 \[1\]\.means: "salery" is no entry id, nor none or smalltalk/,
      );
    }
    await rm(dir, { recursive: true });
  });

  it("names a follow-up whose answer before is no entry", async () => {
    const dir = await copyOfKnowledge();
    await writeFile(
      join(dir, "examples.yaml"),
      '- { text: "and at night?", means: salary, after: sallary }\n',
    );
    const error = (await loadKnowledge(dir).catch((e: unknown) => e)) as KnowledgeError;
    expect(error).toBeInstanceOf(KnowledgeError);
    expect(error.message).toMatch(/examples\.yaml:1 \[0\]\.after: "sallary" is no entry id/);
    await rm(dir, { recursive: true });
  });

  it("is optional: a pack without it learns nothing and matches by its rules", async () => {
    const dir = await copyOfKnowledge();
    await rm(join(dir, "examples.yaml"));
    for (const options of [{}, { compiled: true }]) {
      const kb = await loadKnowledge(dir, options);
      expect(kb.examples).toEqual([]);
      expect(buildIndex(kb).learned()).toBeUndefined();
    }
    await rm(dir, { recursive: true });
  });

  it("holds no message of the held-out half, which measures the matcher", async () => {
    const { unseen } = await evalHalves();
    const measured = new Set(unseen.map((c) => sameText(c.text)));
    const kb = await realKnowledge();
    expect(kb.examples.length).toBeGreaterThan(0);
    expect(kb.examples.filter((e) => measured.has(sameText(e.text))).map((e) => e.text)).toEqual([]);
  });

  it("teaches a follow-up with the entry its first message is answered with, and leaves one out without it", async () => {
    const index = buildIndex(await realKnowledge());
    const cases: EvalCase[] = [
      { category: "short", expect: "salary", text: "lab tech wages?" },
      {
        category: "followup",
        expect: "job-outlook",
        text: "and will there be openings",
        after: "lab tech wages?",
      },
      { category: "followup", expect: "salary", text: "and at night?", after: "hello there" },
    ];
    expect(examplesOf(cases, [], answeredFirst(index))).toEqual([
      { text: "lab tech wages?", means: "salary" },
      { text: "and will there be openings", means: "job-outlook", after: "salary" },
    ]);
    // Without a way to find the entry before, no follow-up is taught.
    expect(examplesOf(cases, [])).toEqual([{ text: "lab tech wages?", means: "salary" }]);
  });

  it("is written from the tuning half as tests/eval/examples.ts writes it", async () => {
    const text = await readFile(join(import.meta.dirname, "..", "knowledge", "examples.yaml"), "utf8");
    expect(text).toMatch(/^# Labelled wordings/);
  });
});

describe("the pack's compiled form (compiled.bin, written by npm run kb:compile)", () => {
  it("is the one the pack's files and the matcher give now: every YAML file's data and the model learned", async () => {
    const committed = await readFile(join(KNOWLEDGE_DIR, COMPILED_FILE));
    const fresh = encodeCompiled(await compilePack(KNOWLEDGE_DIR));
    expect(
      encodeCompiled(decodeCompiled(committed)).equals(fresh),
      `knowledge/${COMPILED_FILE} is stale: run npm run kb:compile`,
    ).toBe(true);
  }, 60_000);

  it("stands in for the YAML and for examples.yaml at a start: the same pack, with the stored model", async () => {
    const kb = await loadKnowledge(KNOWLEDGE_DIR, { compiled: true });
    const full = await realKnowledge();
    expect(kb.learned).toBeDefined();
    expect(kb.examples).toEqual([]);
    const { examples: _, learned: __, ...rest } = kb;
    const { examples: ___, ...fullRest } = full;
    expect(rest).toEqual(fullRest);
    const index = buildIndex(kb);
    expect(index.learned()!.weights).toBe(kb.learned!.weights);
    expect([...index.learned()!.weights]).toEqual([...buildIndex(full).learned()!.weights]);
    expect(index.learned()!.wordings).toEqual(buildIndex(full).learned()!.wordings);
  }, 60_000);

  it("is left aside for a file changed since: that file is read from its YAML, and the examples are learned from", async () => {
    const dir = await copyOfKnowledge();
    const [first] = (await readdir(join(dir, "entries"))).sort();
    for (const [file, change] of [
      [
        "examples.yaml",
        (t: string) => `${t}- { text: "would the paychecks stretch to daycare", means: "salary" }\n`,
      ],
      ["lexicon.json", (t: string) => `${t} `],
      [`entries/${first}`, (t: string) => t.replace(/question: /, "question: Changed, ")],
    ] as const) {
      const before = await readFile(join(dir, file), "utf8");
      await writeFile(join(dir, file), change(before));
      const kb = await loadKnowledge(dir, { compiled: true });
      expect(kb.learned, file).toBeUndefined();
      expect(kb.examples.length).toBeGreaterThan(1_000);
      expect(buildIndex(kb).learned()).toBeDefined();
      expect(kb).toEqual(await loadKnowledge(dir));
      await writeFile(join(dir, file), before);
    }
    await rm(dir, { recursive: true });
    // Three models learned, each in five orders: some 20 s on a loaded machine.
  }, 60_000);

  it("names the line of a problem found in a file it holds, when a file changed since makes one", async () => {
    const dir = await copyOfKnowledge();
    const tip = (await realKnowledge()).tips[0]!;
    const files = await readdir(join(dir, "entries"));
    for (const f of files) {
      const text = await readFile(join(dir, "entries", f), "utf8");
      await writeFile(
        join(dir, "entries", f),
        text.replace(`id: ${tip.entry}\n`, `id: ${tip.entry}-renamed\n`),
      );
    }
    const error = (await loadKnowledge(dir, { compiled: true }).catch((e: unknown) => e)) as KnowledgeError;
    expect(error).toBeInstanceOf(KnowledgeError);
    expect(error.message).toMatch(
      new RegExp(`examples\\.yaml:\\d+ \\[\\d+\\]\\.means: "${tip.entry}" is no entry id`),
    );
    await rm(dir, { recursive: true });
  });

  it("is a problem to fix when it cannot be read, named by its file", async () => {
    const dir = await copyOfKnowledge();
    await writeFile(join(dir, COMPILED_FILE), "not a compiled pack");
    await expect(loadKnowledge(dir, { compiled: true })).rejects.toThrow(
      /compiled\.bin: invalid .*run npm run kb:compile/,
    );
    await rm(dir, { recursive: true });
  });

  it("round-trips through its file to the same data and weights, bit for bit, as the model learns them (16-bit)", () => {
    const model = {
      digest: "d",
      classes: ["a", "b"],
      features: ["t:x", "b:x y"],
      weights: Float16Array.from([0.1, -2.5, 3e-8, 17, 1 / 3, -0]),
      examples: 2,
    };
    const data = { a: [1, "b", null] };
    const files = new Map([["pack.yaml", { hash: "h", data: () => data }]]);
    const back = decodeCompiled(encodeCompiled({ files, model }));
    expect([...back.files].map(([path, f]) => [path, f.hash, f.data()])).toEqual([["pack.yaml", "h", data]]);
    expect({ ...back.model!, weights: [...back.model!.weights] }).toEqual({
      ...model,
      weights: [...model.weights],
    });
    expect(Object.is(back.model!.weights[5], -0)).toBe(true);
    expect(decodeCompiled(encodeCompiled({ files })).model).toBeUndefined();
  });

  it("keeps the wordings the model learned from, each one's class and features, for the nearest-wordings reader", () => {
    const wordings = {
      classes: Uint16Array.from([1, 0, 1]),
      starts: Uint32Array.from([0, 2, 2, 3]),
      rows: Uint32Array.from([1, 0, 70_000]),
    };
    const model = {
      digest: "d",
      classes: ["a", "b"],
      features: ["t:x", "b:x y"],
      weights: Float16Array.from([0.5, 1, 2, 4, 8, 16]),
      examples: 3,
      wordings,
    };
    // A file's data of an odd length before the numbers: they are still read in place, aligned.
    const files = new Map([["pack.yaml", { hash: "h", data: () => "odd" }]]);
    const back = decodeCompiled(encodeCompiled({ files, model })).model!;
    expect(back.wordings).toEqual(wordings);
    expect([...back.weights]).toEqual([...model.weights]);
    // Views of the file's unzipped bytes, not copies: a start decodes no number.
    expect(back.weights.buffer).toBe(back.wordings!.rows.buffer);
    expect(back.wordings!.classes.buffer).toBe(back.wordings!.rows.buffer);
  });
});

describe("the model's say over a refusal of a message about a thing of everyday life", () => {
  it("does not answer a message about a food or a name that names nothing of the career, however it leans", async () => {
    // Taught that a market climbing is the outlook: the words "climb", "market" and "next year" lean that way.
    const index = await packWith(
      [
        "will the market for it climb next year",
        "is the market for this climbing",
        "will the market climb next year",
        "does the market keep climbing",
      ].map((text) => ({ text, means: "job-outlook" })),
    );
    expect(outcome(match(index, "will the market climb next year"))).toBe("job-outlook");
    expect(outcome(match(index, "will the barley market climb next year"))).toBe("none(no-match)");
  });
});
