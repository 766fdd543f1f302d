// The learned model's taught wordings nearest a message, and the classes they vote for: a reader that remembers what
// it was taught word for word, where the model weighs each feature over every wording at once.

/** The wordings a model learned from: each one's class, and its features as the model's rows (`starts` bounds each). */
export interface Wordings {
  classes: Uint16Array;
  starts: Uint32Array;
  rows: Uint32Array;
}

/** How the nearest wordings vote: how many, the power of their likeness, and the doubt spread over every class. */
export interface NearestOptions {
  learnedNeighbours: number;
  learnedNeighbourPower: number;
  learnedNeighbourDoubt: number;
}

/** The wordings by feature, with each feature's weight and each wording's length by those weights. */
interface Inverted {
  starts: Uint32Array;
  wordings: Uint32Array;
  weight: Float32Array;
  norm: Float32Array;
  /** The weight of a feature no wording holds (the rarest's). */
  unseen: number;
  /** Each wording's dot product with the message being read, zeroed after. */
  dots: Float64Array;
  /**
   * The wordings the message being read reaches, in the order first reached: a list grown for each message was a
   * twentieth of what matching one allocates.
   */
  touched: Uint32Array;
}

const kept = new WeakMap<Wordings, Inverted>();

/**
 * Features by kind weigh what they tell of a wording: the lexicon's links and the words as typed repeat what its
 * terms say, so half.
 */
const HALF_KINDS = new Set(["r", "w"]);

function invertedOf(wordings: Wordings, features: readonly string[]): Inverted {
  let inverted = kept.get(wordings);
  if (inverted !== undefined) return inverted;
  const n = wordings.classes.length;
  const df = new Uint32Array(features.length);
  for (const r of wordings.rows) df[r]!++;
  const starts = new Uint32Array(features.length + 1);
  for (let f = 0; f < features.length; f++) starts[f + 1] = starts[f]! + df[f]!;
  const fill = starts.slice(0, features.length);
  const byFeature = new Uint32Array(wordings.rows.length);
  for (let w = 0; w < n; w++)
    for (let i = wordings.starts[w]!; i < wordings.starts[w + 1]!; i++)
      byFeature[fill[wordings.rows[i]!]!++] = w;
  // Inverse document frequency, halved for the kinds that repeat the terms.
  const weight = new Float32Array(features.length);
  for (const [f, name] of features.entries()) {
    const idf = Math.log(1 + n / Math.max(1, df[f]!));
    weight[f] = HALF_KINDS.has(name.slice(0, name.indexOf(":"))) ? idf / 2 : idf;
  }
  const norm = new Float32Array(n);
  for (let w = 0; w < n; w++) {
    let s = 0;
    for (let i = wordings.starts[w]!; i < wordings.starts[w + 1]!; i++) s += weight[wordings.rows[i]!]! ** 2;
    norm[w] = Math.sqrt(s) || 1;
  }
  inverted = {
    starts,
    wordings: byFeature,
    weight,
    norm,
    unseen: Math.log(1 + n),
    dots: new Float64Array(n),
    touched: new Uint32Array(n),
  };
  kept.set(wordings, inverted);
  return inverted;
}

/**
 * The share of the vote of each class (`classCount` of them) among the `learnedNeighbours` taught wordings most like a
 * message (its features' rows the model knows, `unseen` more it does not): the cosine of their features weighed by
 * inverse document frequency, each wording's vote its likeness to the power `learnedNeighbourPower`, and
 * `learnedNeighbourDoubt` spread over every class (a message like no wording gets a nearly even vote).
 */
export function nearestVotes(
  wordings: Wordings,
  features: readonly string[],
  classCount: number,
  rows: readonly number[],
  unseen: number,
  { learnedNeighbours, learnedNeighbourPower, learnedNeighbourDoubt }: NearestOptions,
): Float64Array {
  const inv = invertedOf(wordings, features);
  const { dots, touched } = inv;
  let reached = 0;
  let q = unseen * inv.unseen ** 2;
  for (const r of rows) {
    const w = inv.weight[r]!;
    q += w * w;
    for (let i = inv.starts[r]!; i < inv.starts[r + 1]!; i++) {
      const id = inv.wordings[i]!;
      if (dots[id] === 0) touched[reached++] = id;
      dots[id]! += w * w;
    }
  }
  const qn = Math.sqrt(q) || 1;
  // The nearest `learnedNeighbours`, kept in order by insertion (a sort of every wording touched was most of the time).
  const near: number[] = [];
  const likeness: number[] = [];
  for (let k = 0; k < reached; k++) {
    const id = touched[k]!;
    const l = dots[id]! / (qn * inv.norm[id]!);
    dots[id] = 0;
    if (near.length === learnedNeighbours && l <= likeness[near.length - 1]!) continue;
    let at = Math.min(near.length, learnedNeighbours - 1);
    while (at > 0 && (likeness[at - 1]! < l || (likeness[at - 1] === l && near[at - 1]! > id))) at--;
    near.splice(at, 0, id);
    likeness.splice(at, 0, l);
    if (near.length > learnedNeighbours) {
      near.pop();
      likeness.pop();
    }
  }
  const votes = new Float64Array(classCount);
  let sum = learnedNeighbourDoubt;
  for (const [i, id] of near.entries()) {
    const v = likeness[i]! ** learnedNeighbourPower;
    votes[wordings.classes[id]!]! += v;
    sum += v;
  }
  if (sum === 0) return votes.fill(1 / classCount);
  for (let c = 0; c < classCount; c++) votes[c] = (votes[c]! + learnedNeighbourDoubt / classCount) / sum;
  return votes;
}
