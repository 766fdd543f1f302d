// A model learned from labelled wordings (examples.yaml, with the entries' own phrasings): a multinomial logistic
// regression over a message's terms, the pack words the lexicon links it to, its pairs of terms, its words as typed,
// the kinds of question it asks and, in a message with a story, the terms of its asking clauses. It settles only what the rules leave open
// or weakly decided: it re-ranks an answer among the candidates the caller names as its rivals, moves an answer to a
// close candidate when it is sure of that one and all but sure the answer is wrong, picks among a "did you mean", and
// answers a "did you mean" or a message refused as mostly unknown when it is sure (and offers such a refusal the entry
// it leans to when it is not). Refusals for coverage, small talk
// and commands are never its to change, and "none" is one of its classes, so it learns what is not the pack's too.
// A follow-up is read with the entry answered before it, which the labelled follow-ups teach apart from the words.
import type { StoredModel } from "../knowledge/compiled.ts";
import type { Entry, KnowledgeBase, Topic } from "../knowledge/schema.ts";
import { type Asks, asksOf, QUESTION_KINDS } from "./asks.ts";
import { chatSpelled } from "./chat-spelling.ts";
import { messageParts } from "./clauses.ts";
import type { MatchIndex } from "./index.ts";
import { keptForIndex } from "./memo.ts";
import { nearestVotes, type Wordings } from "./nearest-wordings.ts";
import type { NormalizedText, Normalizer } from "./normalize.ts";
import { DEFAULT_MATCH_OPTIONS } from "./options.ts";
import type { MatchResult } from "./result.ts";
import { stem, words } from "./text.ts";

/** The classes besides the entries: a message not about the pack, and small talk. */
const NONE = "none";
const SMALLTALK = "smalltalk";

export interface LearnedModel {
  /** Entry ids, then "none" and "smalltalk". */
  classes: string[];
  /** Feature → its row in `weights`. */
  features: Map<string, number>;
  /**
   * One row of `classes.length` weights per feature, then the biases; learned in double precision and rounded to
   * half (every eval answer is the same as in single), kept so: the pack's stored model is a view of its file's bytes
   * (the matcher reads a half as fast as a single).
   */
  weights: Float16Array;
  /** How many examples it learned from (the entries' phrasings, small talk's and examples.yaml's). */
  examples: number;
  /** The wordings it learned from, as its features' rows, for the nearest-wordings reader (`nearest-wordings.ts`). */
  wordings?: Wordings;
  /** Its features by row (`features`' keys in order). */
  names?: readonly string[];
}

/**
 * How a text asks, which its terms do not say (stopwords are dropped, and a story's words weigh as much as the
 * question's): the kinds of question (where, how much, how long…), the terms of its asking clauses when it also
 * tells a story ("I draw blood all day. What else could I do?"), and the stems of its words as typed, function words
 * and words the pack lacks included: an indirect question says its idea in them ("are you around people all day or
 * by yourself", "does someone key it in").
 */
export interface Asked {
  asks: Asks;
  asking: readonly string[];
  typed: readonly string[];
  /**
   * For a follow-up, the entry answered just before it and that entry's topic: "and the highest?" asks for the pay
   * after the pay, "who offers those" for the schools after a certificate, which the words alone do not say.
   */
  after?: AnsweredBefore;
}

/** The entry a follow-up came after, and its topic: what the model reads of the answer before. */
export interface AnsweredBefore {
  entry: string;
  topic: string;
}

/**
 * The stems of a text's words as typed (no spelling mended, no word dropped), function words spelled as a dialect
 * writes them read as small talk reads them ("how much yuh make" asks what "how much you make" does).
 */
const typedIn = (text: string): string[] => chatSpelled(words(text)).map(stem);

/** How a text asks, read as the model learns it. */
export function askedIn(normalizer: Normalizer, text: string): Asked {
  const parts = messageParts(text);
  return {
    asks: asksOf(text),
    asking: parts.background.length > 0 ? parts.asking.flatMap((a) => normalizer.terms(a)) : [],
    typed: typedIn(text),
  };
}

/**
 * `askedIn`, kept by text for a view of the index: a message is matched with one of its own (`forOneMessage`), and the
 * rules' say (`learnedSay`) and the model's lead (`modelLeads`) ask how the same message asks. At most 64 texts.
 */
export const askedOnce = keptForIndex((index, text) => askedIn(index.normalizer, text), 64);

/**
 * What the model reads in a text: its terms, the pack words the lexicon links its other words to, term pairs, and how
 * it asks (a bare phrasing of the pack's is read for its kinds of question alone).
 */
export function featuresOf(q: Pick<NormalizedText, "terms" | "related">, asked: Asked): string[] {
  const f = new Set<string>();
  for (const t of q.terms) f.add(`t:${t}`);
  for (const t of q.related) f.add(`r:${t}`);
  for (let i = 1; i < q.terms.length; i++) f.add(`b:${q.terms[i - 1]} ${q.terms[i]}`);
  for (const [i, kind] of QUESTION_KINDS.entries()) if (asked.asks & (1 << i)) f.add(`a:${kind}`);
  for (const t of asked.asking) f.add(`q:${t}`);
  for (const t of asked.typed) f.add(`w:${t}`);
  return [...f];
}

interface Labelled {
  features: string[];
  label: string;
  /** For a follow-up, the entry answered before it and its topic. */
  after?: AnsweredBefore;
}

/** An entry's wordings as the index build read them: the terms of each phrasing, and of each keyword. */
export interface EntryWordings {
  id: string;
  phrasings: readonly (readonly string[])[];
  /** The kinds of question of its first phrasings (question, alternates, everyday alternates), in their order. */
  asks: readonly Asks[];
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
  const addTerms = (terms: readonly string[], label: string, asked: Asked) => {
    const own = new Set(terms);
    const related = new Set<string>();
    for (const t of terms) for (const r of normalizer.linksOf(t)) if (!own.has(r)) related.add(r);
    const features = featuresOf({ terms: [...terms], related: [...related] }, asked);
    out.push({ features, label, ...(asked.after && { after: asked.after }) });
  };
  const only = (asks: Asks, text = ""): Asked => ({ asks, asking: [], typed: typedIn(text) });
  const byId = new Map(kb.entries.map((e) => [e.id, e]));
  for (const e of wordings) {
    const entry = byId.get(e.id)!;
    // The texts of the phrasings, in the order the index build read them.
    const texts = [entry.question, ...entry.alternates, ...entry.everyday, ...entry.phrases];
    for (const [i, terms] of e.phrasings.entries()) addTerms(terms, e.id, only(e.asks[i] ?? 0, texts[i]));
    addTerms(e.keywords.flat(), e.id, only(0));
  }
  for (const intent of kb.smalltalk)
    for (const p of intent.phrasings) addTerms(normalizer.terms(p), SMALLTALK, only(asksOf(p), p));
  for (const example of kb.examples) {
    const terms = normalizer.terms(example.text);
    const before = example.after === undefined ? undefined : byId.get(example.after);
    const asked: Asked = {
      ...askedIn(normalizer, example.text),
      ...(before && { after: { entry: before.id, topic: before.topic } }),
    };
    for (const id of typeof example.means === "string" ? [example.means] : example.means)
      addTerms(terms, id, asked);
  }
  return out;
}

const EPOCHS = 10;
/**
 * The share of a wording's features left out, at random, each time it is learned from, counted as unseen
 * (`UNSEEN_SHARE`): a new writer's message holds words no wording taught, and a model that learned without some of
 * each wording's leans on the rest of them too, not on one telling word (with `learnedNoneUnseen`, the cross-check's
 * in-domain 1,914 → 1,926 of 2,104; 0.2 and 0.25 cost an out-of-domain message).
 */
const DROPOUT = 0.15;
const LEARNING_RATE = 2;
/** How many orders of the examples the model is learned in, its weights the mean of theirs. */
const ORDERS = 5;
/** The most weights a model is learned in several orders for: the real pack's 0.65 M, not a synthetic pack's millions. */
const ORDERS_MAX_WEIGHTS = 1_000_000;

/**
 * The most weights (classes × features) a model may have: 32 MB as stored, 64 MB while it learns. Both its memory
 * and its learning time grow with classes × wordings, so about as the square of the entries: the real pack's 30
 * entries make 0.65 M weights learned in five orders in 2–4 s, 250 entries of the synthetic packs 4 M in 2 s, 1,000 entries 26 M in
 * 15–20 s, and 10,000 entries would need 1.3 G weights (5 GB) and hours. A larger pack is answered by the rules
 * alone (docs/measured.md, "The learned model on a large pack").
 */
export const MAX_MODEL_WEIGHTS = 8_000_000;

/**
 * Trains the model by stochastic gradient descent on the softmax loss, in `ORDERS` fixed orders whose weights it averages
 * (the same pack gives the same model), each wording's features thinned by `DROPOUT`. A feature's value is 1/√(the
 * text's feature count), so a long text does not outvote a short one. None when
 * it would have more than `maxWeights` weights.
 */
export function learnedModel(
  kb: KnowledgeBase,
  normalizer: Normalizer,
  wordings: readonly EntryWordings[],
  maxWeights = MAX_MODEL_WEIGHTS,
): LearnedModel | undefined {
  const classes = [...kb.entries.map((e) => e.id), NONE, SMALLTALK];
  const k = classes.length;
  // The terms and pairs of the entries' own wordings are some of its features: enough to know a large pack's model
  // too large before reading every example (a second at 1,000 entries).
  const own = new Set<string>();
  const plain: Asked = { asks: 0, asking: [], typed: [] };
  for (const e of wordings) {
    for (const terms of [...e.phrasings, e.keywords.flat()])
      for (const f of featuresOf({ terms: [...terms], related: [] }, plain)) own.add(f);
    if ((own.size + 1) * k > maxWeights) return undefined;
  }
  const classOf = new Map(classes.map((c, i) => [c, i]));
  const data = labelled(kb, normalizer, wordings);
  // A message is read from what the wordings alone teach; the follow-ups then teach only what the answer before adds.
  const alone = data.filter((d) => d.after === undefined);
  const features = new Map<string, number>();
  for (const { features: fs } of alone)
    for (const f of fs) if (!features.has(f)) features.set(f, features.size);
  if ((features.size + 1) * k > maxWeights) return undefined;
  const rows = alone.map((d) => ({ x: d.features.map((f) => features.get(f)!), y: classOf.get(d.label)! }));
  // What each row says and each feature's name, hashed: where a row is learned, and which of its features it is
  // learned without, depend on them alone (`descend`).
  const keys = rowKeys(alone.map((d) => [d.label, ...d.features]));
  const named = Uint32Array.from(features.keys(), hashOf);
  // Each order of learning flips a few answers the examples leave open: the mean of the weights learned in `ORDERS`
  // orders keeps what they agree on (a large pack's model is learned in one, as its time grows with the orders).
  const weights = new Float64Array((features.size + 1) * k);
  const orders = weights.length <= ORDERS_MAX_WEIGHTS ? ORDERS : 1;
  for (let order = 1; order <= orders; order++) {
    const learned = descend(rows, keys, named, features.size, k, order);
    for (let i = 0; i < weights.length; i++) weights[i]! += learned[i]! / orders;
  }
  const followUps = data.filter((d) => d.after !== undefined);
  const all = withAnswersBefore(
    Float64Array.from(Float16Array.from(weights)),
    features,
    k,
    followUps,
    classOf,
  );
  return {
    classes,
    features,
    weights: Float16Array.from(all),
    examples: data.length,
    wordings: wordingsOf(rows),
  };
}

/** How many times the follow-ups are learned from, and how fast, for what the answer before adds. */
const CONTEXT_EPOCHS = 10;
const CONTEXT_RATE = 0.5;

/**
 * The weights with a row for each entry and each topic a follow-up came after ("p:salary", "pt:jobs"), learned from
 * the follow-ups with every other weight held: what the answer before adds to a follow-up's words (after the pay, "and
 * the highest?" is the pay again; after a certificate, "who offers those" is the schools). A message alone reads no
 * such row, so what the wordings teach it is the same with follow-ups taught or not. `features` gains their names.
 */
function withAnswersBefore(
  learned: Float64Array,
  features: Map<string, number>,
  k: number,
  followUps: readonly Labelled[],
  classOf: ReadonlyMap<string, number>,
): Float64Array {
  const size = features.size;
  for (const { after } of followUps)
    for (const f of beforeFeatures(after!)) if (!features.has(f)) features.set(f, features.size);
  if (features.size === size) return learned;
  const weights = new Float64Array((features.size + 1) * k);
  weights.set(learned.subarray(0, size * k));
  weights.set(learned.subarray(size * k), features.size * k);
  const bias = features.size * k;
  const rows = followUps.map(({ features: fs, label, after }) => {
    const x = fs.map((f) => features.get(f)).filter((j) => j !== undefined);
    return {
      x,
      v: featureValue(x.length, fs.length - x.length),
      ones: beforeFeatures(after!).map((f) => features.get(f)!),
      y: classOf.get(label)!,
    };
  });
  const z = new Float64Array(k);
  const keys = rowKeys(
    followUps.map(({ features: fs, label, after }) => [label, ...beforeFeatures(after!), ...fs]),
  );
  for (let epoch = 0; epoch < CONTEXT_EPOCHS; epoch++) {
    const eta = CONTEXT_RATE / (1 + epoch * 0.1);
    for (const i of orderOf(epochKeys(keys, epoch, 1))) {
      const { x, v, ones, y } = rows[i]!;
      softmax(weights, x, v, bias, z, 1, 0, ones);
      z[y]! -= 1;
      for (const j of ones) for (let c = 0; c < k; c++) weights[j * k + c]! -= eta * z[c]!;
    }
  }
  return weights;
}

/** The features that carry the answer before a follow-up: its entry's and its topic's. */
function beforeFeatures(after: AnsweredBefore): string[] {
  return [`p:${after.entry}`, `pt:${after.topic}`];
}

/** The wordings learned from, each as its class and its features' rows. */
function wordingsOf(rows: readonly { x: readonly number[]; y: number }[]): Wordings {
  const starts = new Uint32Array(rows.length + 1);
  for (const [i, r] of rows.entries()) starts[i + 1] = starts[i]! + r.x.length;
  return {
    classes: Uint16Array.from(rows, (r) => r.y),
    starts,
    rows: Uint32Array.from(rows.flatMap((r) => r.x)),
  };
}

/**
 * Stochastic gradient descent on the softmax loss from zero weights, each epoch's rows in the order of their keys
 * hashed with the epoch and `seed`, and each row's features left out at `DROPOUT` by that hash and the feature name's:
 * both hash what a row says (its class and features), not where it stands, so a wording added or changed moves only
 * its own place and its own left-out features, not every row's.
 */
function descend(
  data: readonly { x: readonly number[]; y: number }[],
  keys: Uint32Array,
  named: Uint32Array,
  size: number,
  k: number,
  seed: number,
): Float64Array {
  const weights = new Float64Array((size + 1) * k);
  const bias = size * k;
  const z = new Float64Array(k);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const eta = LEARNING_RATE / (1 + epoch * 0.1);
    const at = epochKeys(keys, epoch, seed);
    for (const i of orderOf(at)) {
      const row = data[i]!;
      const y = row.y;
      const x = row.x.filter(
        (j) => mixed(mixed(mixed(keys[i]!, named[j]!), epoch), seed) / 0x100000000 >= DROPOUT,
      );
      // The features left out count as a message's unseen ones do (`learnedProbabilities`).
      const v = featureValue(x.length, row.x.length - x.length);
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
  return weights;
}

/** A 32-bit FNV-1a hash of `text`: the same on every run. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** `a` and `b` mixed into one well-spread 32-bit number (murmur3's finaliser). */
function mixed(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Each row's key, the hash of its parts; the n-th row saying the same as an earlier one gets n mixed in. */
function rowKeys(rows: readonly (readonly string[])[]): Uint32Array {
  const seen = new Map<string, number>();
  return Uint32Array.from(rows, (parts) => {
    const text = parts.join("\u0001");
    const n = seen.get(text) ?? 0;
    seen.set(text, n + 1);
    return mixed(hashOf(text), n);
  });
}

/** The rows' keys for an epoch of an order (`seed`): the same row, the same number, wherever it stands. */
function epochKeys(keys: Uint32Array, epoch: number, seed: number): Uint32Array {
  return keys.map((key) => mixed(mixed(key, epoch), seed));
}

/** The rows' positions sorted by their epoch's keys: the epoch's order. */
function orderOf(at: Uint32Array): Uint32Array {
  return Uint32Array.from(at, (_, i) => i).sort((a, b) => at[a]! - at[b]! || a - b);
}

/**
 * The model of a pack: the one it stores (compiled.bin, when learned from its very files), else learned from its
 * examples when first asked for (none without examples, or for a pack too large to learn); kept either way.
 */
export function learnedOnce(
  kb: KnowledgeBase,
  normalizer: Normalizer,
  wordings: readonly EntryWordings[],
): () => LearnedModel | undefined {
  let model: LearnedModel | undefined;
  let tried = false;
  return () => {
    if (tried) return model;
    tried = true;
    if (kb.learned) model = fromStored(kb.learned);
    else if (kb.examples.length > 0) model = learnedModel(kb, normalizer, wordings);
    return model;
  };
}

const fromStored = ({ classes, features, weights, examples, wordings }: StoredModel): LearnedModel => ({
  classes,
  features: new Map(features.map((f, i) => [f, i])),
  weights,
  examples,
  ...(wordings === undefined ? {} : { wordings, names: features }),
});

/** The model as the pack stores it, with the digest of the files it was learned from. */
export const toStored = (
  { classes, features, weights, examples, wordings }: LearnedModel,
  digest: string,
): StoredModel => ({
  digest,
  classes,
  features: [...features.keys()],
  weights,
  examples,
  ...(wordings === undefined ? {} : { wordings }),
});

/** The class probabilities of a text's features (`x`, as rows), into `z`; `noneLift` is added to none's score (next to last). */
function softmax(
  weights: Float16Array | Float64Array,
  x: readonly number[],
  v: number,
  bias: number,
  z: Float64Array,
  temperature = 1,
  noneLift = 0,
  ones: readonly number[] = [],
): void {
  const k = z.length;
  for (let c = 0; c < k; c++) z[c] = weights[bias + c]!;
  z[k - 2]! += noneLift;
  for (const j of ones) {
    const row = j * k;
    for (let c = 0; c < k; c++) z[c]! += weights[row + c]!;
  }
  for (const j of x) {
    const row = j * k;
    for (let c = 0; c < k; c++) z[c]! += weights[row + c]! * v;
  }
  if (temperature !== 1) for (let c = 0; c < k; c++) z[c]! /= temperature;
  let max = -Infinity;
  for (let c = 0; c < k; c++) if (z[c]! > max) max = z[c]!;
  let sum = 0;
  for (let c = 0; c < k; c++) {
    z[c] = Math.exp(z[c]! - max);
    sum += z[c]!;
  }
  for (let c = 0; c < k; c++) z[c]! /= sum;
}

/**
 * How much a feature of a message the model never learned counts in the 1/√(count) of its value: under 1, as its
 * learning had none (on the cross-check, 1 → 0.75 with a refusal answered at 3x answered 2 more of new writers and 5 more of the
 * checking half, 0 lost out-of-domain messages on both).
 */
const UNSEEN_SHARE = 0.75;

/** The value of each of a text's `known` features: 1/√ of their count, each of its `unseen` counting `UNSEEN_SHARE`. */
function featureValue(known: number, unseen: number): number {
  return 1 / Math.sqrt(Math.max(1, known + UNSEEN_SHARE * unseen));
}

/** A reading's likeliest class (an entry, none or small talk) and its probability; the first listed wins a tie. */
export function likeliest(p: ReadonlyMap<string, number>): { id: string; sure: number } {
  let id = "";
  let sure = -1;
  for (const [c, v] of p) if (v > sure) [id, sure] = [c, v];
  return { id, sure };
}

/** The entry a reading gives at least `min`, when its likeliest class is an entry: what the model may answer alone. */
export function sureEntry(
  p: ReadonlyMap<string, number>,
  min: number,
): { id: string; sure: number } | undefined {
  const top = likeliest(p);
  return top.id === NONE || top.id === SMALLTALK || top.sure < min ? undefined : top;
}

/**
 * The learned model's probabilities for a text as the matcher reads it (normalised, how it asks, the index's options),
 * or undefined when the pack has no model: what its say, its lead, its refusal and its reading of a follow-up weigh. A
 * follow-up is read with the entry answered before it (`after`), as the model was taught follow-ups.
 */
export function modelReading(
  index: MatchIndex,
  text: string,
  after?: AnsweredBefore,
): ReadonlyMap<string, number> | undefined {
  const model = index.learned();
  if (model === undefined) return undefined;
  const asked = askedOnce(index, text);
  return learnedProbabilities(
    model,
    index.normalizer.normalize(text),
    after === undefined ? asked : { ...asked, after },
    index.options,
  );
}

/**
 * The model's reading of a message as its refusal weighs it (`model-refuses.ts`): none raised, never lowered, by the
 * votes of the taught wordings nearest it (`withNoneRaised`). On the leave-one-writer-out folds (k 5) the odd batches
 * 439 → 442 of 454 out of domain and the even 424 → 426 of 442, in-domain unchanged on both; the same votes given to
 * the model's lead or its say gained in-domain messages but sharpened its wrong leans past their bars (hand-written
 * readings broke: docs/measured.md).
 */
export function refusalReading(index: MatchIndex, text: string): ReadonlyMap<string, number> | undefined {
  const alone = modelReading(index, text);
  if (alone === undefined) return undefined;
  // Most messages the model reads as an entry: no vote could lift their none to the bar, so none are counted (finding
  // the nearest wordings was a third of matching an answered message).
  const { learnedRefuseMin, learnedNeighbourShare } = index.options;
  if (noneRaisedAtMost(index.learned()!, alone, index.options) < learnedRefuseMin) return alone;
  const votes = nearestReading(index, text);
  return votes === undefined || learnedNeighbourShare === 0
    ? alone
    : withNoneRaised(alone, votes, learnedNeighbourShare);
}

/**
 * The votes of the taught wordings nearest a message (`nearest-wordings.ts`), each class's share, or undefined when the
 * pack has no model or no wordings: what confirms a lean of the model's (`model-leads.ts`).
 */
export function nearestReading(index: MatchIndex, text: string): ReadonlyMap<string, number> | undefined {
  const model = index.learned();
  const { learnedNeighbours } = index.options;
  if (model === undefined || model.wordings === undefined || learnedNeighbours === 0) return undefined;
  const q = index.normalizer.normalize(text);
  const asked = askedOnce(index, text);
  const kept = keptVotes.get(q);
  if (
    kept !== undefined &&
    kept.model === model &&
    kept.options === index.options &&
    sameAsked(kept.asked, asked)
  )
    return kept.votes;
  const { rows, count } = featureRows(model, q, asked);
  const z = nearestVotes(
    model.wordings,
    featureNames(model),
    model.classes.length,
    rows,
    count - rows.length,
    index.options,
  );
  const votes = new Map(model.classes.map((c, i) => [c, z[i]!]));
  keptVotes.set(q, { model, options: index.options, asked, votes });
  return votes;
}

/** A message's nearest wordings' votes, kept with its normalisation while it is matched. */
const keptVotes = new WeakMap<
  NormalizedText,
  { model: LearnedModel; options: object; asked: Asked; votes: ReadonlyMap<string, number> }
>();

/**
 * The most the nearest wordings' votes can raise none (`withNoneRaised`) from the model's reading `p`: every class's vote
 * is at least its share of the doubt, none's at most all the rest (each vote a likeness of at most 1), so none's odds
 * against the entries grow at most by that ratio to the power of the votes' share.
 */
function noneRaisedAtMost(
  model: LearnedModel,
  p: ReadonlyMap<string, number>,
  options: Pick<LearnedOptions, "learnedNeighbours" | "learnedNeighbourShare" | "learnedNeighbourDoubt">,
): number {
  const none = p.get(NONE) ?? 0;
  const { learnedNeighbours, learnedNeighbourShare, learnedNeighbourDoubt } = options;
  if (learnedNeighbours === 0 || learnedNeighbourShare === 0 || model.wordings === undefined || none === 0)
    return none;
  const least = learnedNeighbourDoubt / model.classes.length;
  const odds = ((learnedNeighbours + least) / least) ** learnedNeighbourShare;
  const smalltalk = p.get(SMALLTALK) ?? 0;
  const entries = Math.max(0, 1 - none - smalltalk);
  return Math.max(none, (1 - smalltalk) / (1 + entries / (none * odds)));
}

/**
 * Each class's probability for a message (`asked`: how its text asks, `askedIn`), none's score raised by
 * `learnedNoneUnseen` times the share of its features the model never learned. Read once per normalised text and way
 * of asking (`keptReadings`).
 */
export function learnedProbabilities(
  model: LearnedModel,
  q: NormalizedText,
  asked: Asked,
  options: ReadingOptions = DEFAULT_MATCH_OPTIONS,
): ReadonlyMap<string, number> {
  const kept = keptReadings.get(q);
  const same = (r: KeptReading) =>
    r.model === model &&
    READING_OPTIONS.every((o) => r.options[o] === options[o]) &&
    sameAsked(r.asked, asked);
  const found = kept?.find(same);
  if (found !== undefined) return found.p;
  const p = probabilities(model, q, asked, options);
  const reading = { model, asked, options, p };
  if (kept === undefined) keptReadings.set(q, [reading]);
  else kept.push(reading);
  return p;
}

/** A text's probabilities as one reading of it (`q`, asked so) gave them. */
interface KeptReading {
  model: LearnedModel;
  asked: Asked;
  options: ReadingOptions;
  p: ReadonlyMap<string, number>;
}

/** The options a reading's probabilities depend on. */
const READING_OPTIONS = ["learnedTemperature", "learnedNoneUnseen"] as const;

type ReadingOptions = Pick<LearnedOptions, (typeof READING_OPTIONS)[number]>;

/**
 * The model's readings of a normalised text: a message's normalisations are kept while it is matched (`memo.ts`), and
 * the rules' say (`learnedSay`) and the model's lead (`modelLeads`) read the same message, so it is read once.
 */
const keptReadings = new WeakMap<NormalizedText, KeptReading[]>();

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

const sameAsked = (a: Asked, b: Asked) =>
  a === b ||
  (a.asks === b.asks &&
    sameList(a.asking, b.asking) &&
    sameList(a.typed, b.typed) &&
    a.after?.entry === b.after?.entry);

function probabilities(
  model: LearnedModel,
  q: NormalizedText,
  asked: Asked,
  options: ReadingOptions,
): Map<string, number> {
  const { learnedTemperature, learnedNoneUnseen } = options;
  const { rows: x, count } = featureRows(model, q, asked);
  const z = new Float64Array(model.classes.length);
  // The answer before a follow-up weighs whole, beside its words (`withAnswersBefore`).
  const ones =
    asked.after === undefined
      ? []
      : beforeFeatures(asked.after)
          .map((f) => model.features.get(f))
          .filter((j) => j !== undefined);
  // Features it never learned dilute the ones it did (a text full of the unknown is less the pack's), at UNSEEN_SHARE.
  const unseen = count - x.length;
  softmax(
    model.weights,
    x,
    featureValue(x.length, unseen),
    model.features.size * model.classes.length,
    z,
    learnedTemperature,
    // Its learning saw none of the unknown, so the model alone reads a half-unknown message as surely as a known one.
    count > 0 ? (learnedNoneUnseen * unseen) / count : 0,
    ones,
  );
  return new Map(model.classes.map((c, i) => [c, z[i]!]));
}

/** The model's features by row, from `features`' keys the first time the votes need them (a stored model keeps none). */
function featureNames(model: LearnedModel): readonly string[] {
  model.names ??= [...model.features.keys()];
  return model.names;
}

/**
 * The model's reading `p` with none raised by the votes of the taught wordings nearest the message: the model times
 * the votes to the power `share`, normalised, gives none at least the model's; small talk stays as the model gives it,
 * and the entries share the rest as the blend has them. A message worded as other writers' refusals were is refused as
 * they were taught; near wordings of an entry, sharing a word or two with another trade's question, are no evidence
 * against a refusal.
 */
function withNoneRaised(
  p: ReadonlyMap<string, number>,
  votes: ReadonlyMap<string, number>,
  share: number,
): ReadonlyMap<string, number> {
  const blend = new Map<string, number>();
  let sum = 0;
  for (const [c, v] of p) {
    if (c === SMALLTALK) continue;
    const b = v * (votes.get(c) ?? 0) ** share;
    blend.set(c, b);
    sum += b;
  }
  const smalltalk = p.get(SMALLTALK) ?? 0;
  const blendedNone = blend.get(NONE) ?? 0;
  const none = Math.max(p.get(NONE) ?? 0, sum > 0 ? (blendedNone / sum) * (1 - smalltalk) : 0);
  const entries = sum - blendedNone;
  const raised = new Map<string, number>();
  for (const [c, v] of p)
    raised.set(
      c,
      c === NONE
        ? none
        : c === SMALLTALK || entries <= 0
          ? v
          : (blend.get(c)! / entries) * (1 - smalltalk - none),
    );
  return raised;
}

/**
 * The rows of a text's features the model learned, in `featuresOf`'s order, each once, and how many distinct features
 * the text has: what `featuresOf` gives, looked up without writing each feature out ("t:…") again, which was most of
 * reading a long story with the model.
 */
function featureRows(model: LearnedModel, q: Pick<NormalizedText, "terms" | "related">, asked: Asked) {
  const { kinds, taken } = kindsOf(model);
  const rows: number[] = [];
  // Each kind's features looked up in its own map, a feature the model lacks kept once within its kind, and a row
  // marked taken in one array the model keeps (left clear after use): no "kind:name" written out per feature and no
  // set of rows built, which a long story's hundreds of features paid for each.
  const add = (named: Named, name: string) => {
    const row = named.rows?.get(name);
    if (row === undefined) named.unknown.add(name);
    else if (taken[row] === 0) {
      taken[row] = 1;
      rows.push(row);
    }
  };
  const named = (kind: string): Named => ({ rows: kinds.get(kind), unknown: new Set() });
  const t = named("t");
  for (const term of q.terms) add(t, term);
  const r = named("r");
  for (const term of q.related) add(r, term);
  const b = named("b");
  for (let i = 1; i < q.terms.length; i++) add(b, `${q.terms[i - 1]} ${q.terms[i]}`);
  const a = named("a");
  for (const [i, kind] of QUESTION_KINDS.entries()) if (asked.asks & (1 << i)) add(a, kind);
  const asking = named("q");
  for (const term of asked.asking) add(asking, term);
  const w = named("w");
  for (const term of asked.typed) add(w, term);
  for (const row of rows) taken[row] = 0;
  let unknown = 0;
  for (const kind of [t, r, b, a, asking, w]) unknown += kind.unknown.size;
  return { rows, count: rows.length + unknown };
}

/** One kind's features the model learned (none when it learned no feature of that kind), and those a text has it lacks. */
interface Named {
  rows: ReadonlyMap<string, number> | undefined;
  unknown: Set<string>;
}

const kindsKept = new WeakMap<LearnedModel, ModelLookup>();

/** A model's features by kind, and a mark for each of its rows that `featureRows` sets and clears while it reads. */
interface ModelLookup {
  kinds: Map<string, Map<string, number>>;
  taken: Uint8Array;
}

/** A model's features by kind ("t", "r", "b"…), each by its name: "t:lab" is "lab" of "t". */
function kindsOf(model: LearnedModel): ModelLookup {
  let lookup = kindsKept.get(model);
  if (lookup === undefined) {
    const kinds = new Map<string, Map<string, number>>();
    for (const [f, row] of model.features) {
      const colon = f.indexOf(":");
      const kind = f.slice(0, colon);
      let named = kinds.get(kind);
      if (named === undefined) {
        named = new Map();
        kinds.set(kind, named);
      }
      named.set(f.slice(colon + 1), row);
    }
    lookup = { kinds, taken: new Uint8Array(model.features.size) };
    kindsKept.set(model, lookup);
  }
  return lookup;
}

/** Whether the two best candidates share none of the message's terms in their phrasings and keywords. */
export function explainApart(
  entries: ReadonlyMap<string, { bag: ReadonlySet<string> }>,
  q: NormalizedText,
  candidates: readonly { entry: Entry }[],
): boolean {
  const [a, b] = candidates.map((c) => entries.get(c.entry.id)!.bag);
  if (a === undefined || b === undefined) return false;
  return !q.terms.some((t) => a.has(t) && b.has(t));
}

export interface LearnedOptions {
  /** Probability at which the model answers a "did you mean", or moves an answer to one of its close candidates. */
  learnedMin: number;
  /** Probability at which the model answers a refusal of a mostly unknown message it leans to (`leansTo`). */
  learnedRefusalMin: number;
  /** Weight of the model's probability beside the rules' confidence when it re-ranks an answer's candidates. */
  learnedWeight: number;
  /** The model's probability of an answer under which it may move it to a close candidate it gives `learnedMin`. */
  learnedDoubtMax: number;
  /** The model's probability of an answer under which it may move it to any entry it gives `learnedMin`. */
  learnedOverruleMax: number;
  /** The least probability of the entry a refusal is offered instead (`leansTo`). */
  learnedOfferMin: number;
  /** How many times none and small talk together that entry must have to be offered. */
  learnedOfferOverRefusal: number;
  /** How many times none and small talk together that entry must have to be answered with. */
  learnedAnswerOverRefusal: number;
  /** What the model's scores are divided by before its softmax: under 1 surer, over 1 less sure. */
  learnedTemperature: number;
  /** What none's score rises by for a message whose features the model all never learned (in proportion below). */
  learnedNoneUnseen: number;
  /** How many of the taught wordings nearest a message vote beside the model (`nearest-wordings.ts`; 0: none). */
  learnedNeighbours: number;
  /** The power of a near wording's likeness (cosine) in its vote. */
  learnedNeighbourPower: number;
  /** The vote spread over every class besides the near wordings': a message like none of them is left to the model. */
  learnedNeighbourDoubt: number;
  /** The power of the votes in the blend with the model's probabilities (0: the model alone). */
  learnedNeighbourShare: number;
}

/**
 * The candidates the model may move an answer to: `tie`, those in a near tie with it (re-ranked with the rules'
 * confidence); `close`, those not far behind it, which it moves the answer to only when sure.
 */
export interface Rivals {
  tie: ReadonlySet<string>;
  close: ReadonlySet<string>;
  /**
   * Whether an answer in no near tie may go to any entry, however far the rules rank it, when the model is sure of
   * that one and all but rules the answer out.
   */
  far: boolean;
}

/**
 * The matcher's result for a message, with the model's say where the rules are unsure: an answer goes to the one of
 * itself and its `rivals.tie` (the candidates the rules rank in a near tie with it) with the best confidence plus
 * `learnedWeight` × its probability, or, with no near tie, to the one of `rivals.close` the model gives `learnedMin`
 * when it gives the answer at most `learnedDoubtMax`; a "did you mean" to the candidate it gives at least half of
 * `learnedMin`, or to the class it gives `learnedMin`, when that is an entry; a message refused as mostly unknown to the
 * entry it leans to (`leansTo`) at `learnedRefusalMin`, and to a "did you mean" of that entry below it (`offerInstead`).
 */
export function withLearned(
  model: LearnedModel,
  entries: ReadonlyMap<string, { entry: Entry; topic: Topic; bag: ReadonlySet<string> }>,
  q: NormalizedText,
  asked: Asked,
  result: MatchResult,
  options: LearnedOptions,
  rivals: Rivals,
): MatchResult {
  const { learnedMin, learnedRefusalMin, learnedWeight, learnedDoubtMax, learnedOverruleMax } = options;
  const open =
    result.kind === "answer" ||
    result.kind === "ambiguous" ||
    (result.kind === "none" && result.reason === "no-match");
  const none = rivals.tie.size === 0 && rivals.close.size === 0 && !rivals.far;
  if (!open || (result.kind === "answer" && none)) return result;
  const p = learnedProbabilities(model, q, asked, options);
  const prob = (id: string) => p.get(id) ?? 0;
  const { candidates } = result;
  const top = likeliest(p).id;
  if (result.kind === "answer") {
    let best = candidates[0]!;
    if (rivals.tie.size > 0) {
      let bestScore = -Infinity;
      for (const c of candidates) {
        if (c.entry.id !== result.entry.id && !rivals.tie.has(c.entry.id)) continue;
        const score = c.confidence + learnedWeight * prob(c.entry.id);
        if (score > bestScore) [best, bestScore] = [c, score];
      }
    } else {
      // Sure of a close candidate and all but sure of the answer's being wrong: an answer that won on general words
      // ("time", "day", "doing") over the entry the rest of the message names. Sure of an entry the rules rank far
      // behind, or not at all, and ruling the answer out: a question saying its idea in words the entry's phrasings
      // do not hold ("the person who cuts and stains tissue, what is their title" is not the technologist's).
      const doubt = prob(result.entry.id);
      const sure =
        top !== NONE &&
        top !== SMALLTALK &&
        prob(top) >= learnedMin &&
        ((rivals.close.has(top) && doubt <= learnedDoubtMax) || (rivals.far && doubt <= learnedOverruleMax));
      if (!sure) return result;
      const { entry, topic } = entries.get(top)!;
      best = candidates.find((c) => c.entry.id === top) ?? { entry, topic, confidence: prob(top) };
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
    return top !== NONE && top !== SMALLTALK && prob(top) >= learnedMin ? answer(top) : result;
  }
  if (!leansTo(p, top, options)) return result;
  // "wat kinda tests do they run on peoples blood": a message refused for want of words the pack knows, which the model
  // reads as an entry's at `learnedRefusalMin`, with none and small talk far behind (`learnedAnswerOverRefusal`), is that
  // entry's. "will I still need my inhaler next year" (the outlook 0.68 against 0.21, once batches 56-61 had joined) is
  // only offered it.
  if (prob(top) >= learnedRefusalMin && prob(top) >= options.learnedAnswerOverRefusal * refusing(p))
    return answer(top);
  return offerInstead(entries, p, top, result);
}

/**
 * Whether the model leans to an entry (`top`) over refusing: it gives it at least `learnedOfferMin`, and
 * `learnedOfferOverRefusal` times what none and small talk have together (when these bars were set, "what day of the week was I born", duties
 * 0.43 against 0.32, was no lean, nor "which year did the war end", a technologist's advance at 0.27 with every class
 * low; retaught on more wordings the model may lean further, and such messages get a "did you mean", never an answer).
 */
function leansTo(
  p: ReadonlyMap<string, number>,
  top: string,
  { learnedOfferMin, learnedOfferOverRefusal }: LearnedOptions,
): boolean {
  if (top === NONE || top === SMALLTALK) return false;
  const best = p.get(top) ?? 0;
  return best >= learnedOfferMin && best >= learnedOfferOverRefusal * refusing(p);
}

/** What the model gives refusing a message: none and small talk together. */
const refusing = (p: ReadonlyMap<string, number>) => (p.get(NONE) ?? 0) + (p.get(SMALLTALK) ?? 0);

/** How many entries a refusal turned into a "did you mean" offers at most. */
const OFFERED_INSTEAD = 3;

/**
 * "calibration stuff?", "would leaving EMS for this fatten my wallet": a message refused for want of words the pack
 * knows, which the model leans to an entry for (`leansTo`), though under `learnedRefusalMin`, is offered that entry
 * as a "did you mean" (and any the model gives half as much) instead of the topic menu: one tap away if it is right,
 * no answer forced on it if it is not.
 */
function offerInstead(
  entries: ReadonlyMap<string, { entry: Entry; topic: Topic }>,
  p: ReadonlyMap<string, number>,
  top: string,
  result: Extract<MatchResult, { kind: "none" }>,
): MatchResult {
  const best = p.get(top)!;
  const candidates = [...p]
    .filter(([id, v]) => id !== NONE && id !== SMALLTALK && v >= best / 2)
    .sort((a, b) => b[1] - a[1])
    .slice(0, OFFERED_INSTEAD)
    .map(([id, v]) => {
      const { entry, topic } = entries.get(id)!;
      return { entry, topic, confidence: v };
    });
  return { kind: "ambiguous", candidates, query: result.query };
}
