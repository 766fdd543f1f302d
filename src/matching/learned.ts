// A model learned from labelled wordings (examples.yaml, with the entries' own phrasings): a multinomial logistic
// regression over a message's terms, the pack words the lexicon links it to and its pairs of terms. It settles only
// what the rules leave open or rank in a near tie: it re-ranks an answer among the candidates the caller names as its
// rivals, picks among a "did you mean", and answers a "did you mean" or a message refused as mostly unknown when it is
// sure. Refusals for coverage, small talk and commands are never its to change, and "none" is one of its classes, so
// it learns what is not the pack's too.
import type { StoredModel } from "../knowledge/compiled.ts";
import type { Entry, KnowledgeBase } from "../knowledge/schema.ts";
import type { NormalizedText, Normalizer } from "./normalize.ts";
import type { MatchResult } from "./result.ts";

/** The classes besides the entries: a message not about the pack, and small talk. */
const NONE = "none";
const SMALLTALK = "smalltalk";

export interface LearnedModel {
  /** Entry ids, then "none" and "smalltalk". */
  classes: string[];
  /** Feature → its row in `weights`. */
  features: Map<string, number>;
  /**
   * One row of `classes.length` weights per feature, then the biases; learned in double precision and kept in single
   * (half the memory, and what the pack stores: every eval answer is the same either way).
   */
  weights: Float32Array;
  /** How many examples it learned from (the entries' phrasings, small talk's and examples.yaml's). */
  examples: number;
}

/** What the model reads in a text: its terms, the pack words the lexicon links its other words to, and term pairs. */
export function featuresOf(q: Pick<NormalizedText, "terms" | "related">): string[] {
  const f = new Set<string>();
  for (const t of q.terms) f.add(`t:${t}`);
  for (const t of q.related) f.add(`r:${t}`);
  for (let i = 1; i < q.terms.length; i++) f.add(`b:${q.terms[i - 1]} ${q.terms[i]}`);
  return [...f];
}

interface Labelled {
  features: string[];
  label: string;
}

/** An entry's wordings as the index build read them: the terms of each phrasing, and of each keyword. */
export interface EntryWordings {
  id: string;
  phrasings: readonly (readonly string[])[];
  keywords: readonly (readonly string[])[];
}

/**
 * The wordings to learn from: each entry's question, alternates, everyday alternates, phrases and keywords (the terms
 * the index build already read); small talk's phrasings; the examples. A wording is read for its terms alone, with
 * the pack words the lexicon links them to, as `normalize` finds them: reading every example in full (spelling and
 * all) costs a start several times what learning from them does.
 */
function labelled(kb: KnowledgeBase, normalizer: Normalizer, wordings: readonly EntryWordings[]): Labelled[] {
  const out: Labelled[] = [];
  const addTerms = (terms: readonly string[], label: string) => {
    const own = new Set(terms);
    const related = new Set<string>();
    for (const t of terms) for (const r of normalizer.linksOf(t)) if (!own.has(r)) related.add(r);
    out.push({ features: featuresOf({ terms: [...terms], related: [...related] }), label });
  };
  for (const e of wordings) {
    for (const terms of e.phrasings) addTerms(terms, e.id);
    addTerms(e.keywords.flat(), e.id);
  }
  for (const intent of kb.smalltalk)
    for (const p of intent.phrasings) addTerms(normalizer.terms(p), SMALLTALK);
  for (const example of kb.examples) {
    const terms = normalizer.terms(example.text);
    for (const id of typeof example.means === "string" ? [example.means] : example.means) addTerms(terms, id);
  }
  return out;
}

const EPOCHS = 10;
const LEARNING_RATE = 2;

/**
 * Trains the model by stochastic gradient descent on the softmax loss, in a fixed order (the same pack gives the same
 * model). A feature's value is 1/√(the text's feature count), so a long text does not outvote a short one.
 */
export function learnedModel(
  kb: KnowledgeBase,
  normalizer: Normalizer,
  wordings: readonly EntryWordings[],
): LearnedModel {
  const classes = [...kb.entries.map((e) => e.id), NONE, SMALLTALK];
  const classOf = new Map(classes.map((c, i) => [c, i]));
  const data = labelled(kb, normalizer, wordings);
  const features = new Map<string, number>();
  for (const { features: fs } of data)
    for (const f of fs) if (!features.has(f)) features.set(f, features.size);
  const k = classes.length;
  const weights = new Float64Array((features.size + 1) * k);
  const bias = features.size * k;
  const rows = data.map((d) => ({ x: d.features.map((f) => features.get(f)!), y: classOf.get(d.label)! }));
  const z = new Float64Array(k);
  let seed = 1;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = rows.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [rows[i], rows[j]] = [rows[j]!, rows[i]!];
    }
    const eta = LEARNING_RATE / (1 + epoch * 0.1);
    for (const { x, y } of rows) {
      const v = 1 / Math.sqrt(Math.max(1, x.length));
      softmax(weights, x, v, bias, z);
      z[y]! -= 1;
      for (let c = 0; c < k; c++) {
        z[c] = eta * z[c]!;
        weights[bias + c]! -= z[c]!;
      }
      for (const j of x) {
        const row = j * k;
        for (let c = 0; c < k; c++) weights[row + c]! -= z[c]! * v;
      }
    }
  }
  return { classes, features, weights: Float32Array.from(weights), examples: data.length };
}

/**
 * The model of a pack: the one it stores (compiled.bin.gz, when learned from its very files), else learned from its
 * examples when first asked for (none without examples); kept either way.
 */
export function learnedOnce(
  kb: KnowledgeBase,
  normalizer: Normalizer,
  wordings: readonly EntryWordings[],
): () => LearnedModel | undefined {
  let model: LearnedModel | undefined;
  return () => {
    if (model === undefined && kb.learned) model = fromStored(kb.learned);
    if (model === undefined && kb.examples.length > 0) model = learnedModel(kb, normalizer, wordings);
    return model;
  };
}

const fromStored = ({ classes, features, weights, examples }: StoredModel): LearnedModel => ({
  classes,
  features: new Map(features.map((f, i) => [f, i])),
  weights,
  examples,
});

/** The model as the pack stores it, with the digest of the files it was learned from. */
export const toStored = (
  { classes, features, weights, examples }: LearnedModel,
  digest: string,
): StoredModel => ({
  digest,
  classes,
  features: [...features.keys()],
  weights,
  examples,
});

/** The class probabilities of a text's features (`x`, as rows), into `z`. */
function softmax(
  weights: Float32Array | Float64Array,
  x: readonly number[],
  v: number,
  bias: number,
  z: Float64Array,
): void {
  const k = z.length;
  for (let c = 0; c < k; c++) z[c] = weights[bias + c]!;
  for (const j of x) {
    const row = j * k;
    for (let c = 0; c < k; c++) z[c]! += weights[row + c]! * v;
  }
  let max = -Infinity;
  for (let c = 0; c < k; c++) if (z[c]! > max) max = z[c]!;
  let sum = 0;
  for (let c = 0; c < k; c++) {
    z[c] = Math.exp(z[c]! - max);
    sum += z[c]!;
  }
  for (let c = 0; c < k; c++) z[c]! /= sum;
}

/** Each class's probability for a message. */
export function learnedProbabilities(model: LearnedModel, q: NormalizedText): Map<string, number> {
  const fs = featuresOf(q);
  const x = fs.map((f) => model.features.get(f)).filter((j): j is number => j !== undefined);
  const z = new Float64Array(model.classes.length);
  softmax(
    model.weights,
    x,
    1 / Math.sqrt(Math.max(1, fs.length)),
    model.features.size * model.classes.length,
    z,
  );
  return new Map(model.classes.map((c, i) => [c, z[i]!]));
}

/** Whether the two best candidates share none of the message's terms in their phrasings and keywords. */
function explainApart(
  entries: ReadonlyMap<string, { bag: ReadonlySet<string> }>,
  q: NormalizedText,
  candidates: readonly { entry: Entry }[],
): boolean {
  const [a, b] = candidates.map((c) => entries.get(c.entry.id)!.bag);
  if (a === undefined || b === undefined) return false;
  return !q.terms.some((t) => a.has(t) && b.has(t));
}

export interface LearnedOptions {
  /** Probability at which the model answers a "did you mean" or a refusal of a mostly unknown message. */
  learnedMin: number;
  /** Weight of the model's probability beside the rules' confidence when it re-ranks an answer's candidates. */
  learnedWeight: number;
}

/**
 * The matcher's result for a message, with the model's say where the rules are unsure: an answer goes to the one of
 * itself and its `rivals` (the candidates the rules rank in a near tie with it) with the best confidence plus
 * `learnedWeight` × its probability; a "did you mean" to the candidate it gives at least half of `learnedMin`;
 * a "did you mean" or a message refused as mostly unknown to the class it gives `learnedMin`, when that is an entry.
 */
export function withLearned(
  model: LearnedModel,
  entries: ReadonlyMap<string, { entry: Entry; bag: ReadonlySet<string> }>,
  q: NormalizedText,
  result: MatchResult,
  { learnedMin, learnedWeight }: LearnedOptions,
  rivals: ReadonlySet<string>,
): MatchResult {
  const open =
    result.kind === "answer" ||
    result.kind === "ambiguous" ||
    (result.kind === "none" && result.reason === "no-match");
  if (!open || (result.kind === "answer" && rivals.size === 0)) return result;
  const p = learnedProbabilities(model, q);
  const prob = (id: string) => p.get(id) ?? 0;
  const { candidates } = result;
  if (result.kind === "answer") {
    if (rivals.size === 0) return result;
    let best = candidates[0]!;
    let bestScore = -Infinity;
    for (const c of candidates) {
      if (c.entry.id !== result.entry.id && !rivals.has(c.entry.id)) continue;
      const score = c.confidence + learnedWeight * prob(c.entry.id);
      if (score > bestScore) [best, bestScore] = [c, score];
    }
    if (best.entry.id === result.entry.id) return result;
    const { also, ...rest } = result;
    const moved: MatchResult = { ...rest, entry: best.entry, confidence: best.confidence };
    return also === undefined || also.id === best.entry.id ? moved : { ...moved, also };
  }
  const answer = (id: string): MatchResult => {
    const candidate = candidates.find((c) => c.entry.id === id);
    return {
      kind: "answer",
      entry: candidate?.entry ?? entries.get(id)!.entry,
      confidence: candidate?.confidence ?? prob(id),
      candidates,
      query: result.query,
    };
  };
  if (result.kind === "ambiguous") {
    // "ascp and phlebotomy": candidates that explain different words of the message are two questions, not a choice.
    if (explainApart(entries, q, candidates)) return result;
    let favourite = candidates[0]!;
    for (const c of candidates) if (prob(c.entry.id) > prob(favourite.entry.id)) favourite = c;
    if (prob(favourite.entry.id) >= learnedMin / 2) return answer(favourite.entry.id);
  }
  let top = NONE;
  for (const [c, v] of p) if (v > prob(top)) top = c;
  return top !== NONE && top !== SMALLTALK && prob(top) >= learnedMin ? answer(top) : result;
}
