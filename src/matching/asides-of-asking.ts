// Words of a question that say nothing of what it asks: who talks about the thing asked of ("the ASCP exam everybody
// keeps mentioning"), how sure the writer wants the answer to be ("is it definitely two years"), and sitting an exam,
// which is taking it ("when can I sit the ASCP exam"). General English, true of any pack: the rules that refuse a
// question for a word no entry holds read the question without them.
import { editDistance, FUNCTION_WORDS } from "./text.ts";

/** Verbs of talking about a thing: the clause they head tells who mentions it, not what is asked of it. */
const SAYING = new Set([
  "mention",
  "mentions",
  "mentioning",
  "mentioned",
  "talk",
  "talks",
  "talking",
  "talked",
  "rave",
  "raves",
  "raving",
  "raved",
  "hype",
  "hypes",
  "hyping",
  "hyped",
  "recommend",
  "recommends",
  "recommending",
  "recommended",
]);

/** Verbs of talking that take a particle ("bringing up", "going on about"). */
const SAYING_WITH_PARTICLE = new Set([
  "bring",
  "brings",
  "bringing",
  "brought",
  "go",
  "goes",
  "going",
  "went",
]);

/** Verbs of talking that are talk of a thing only with "about" after them. */
const ABOUT_ONLY = ["talk", "rave"];

/** The particles after a verb of talking: "talking about", "bringing up", "going on about". */
const PARTICLES = new Set(["about", "up", "on"]);

/** How many words before the verb of talking its clause reaches: "that all my classmates keep mentioning". */
const TALKERS_REACH = 5;

/** Words that open the clause of who talks: "that", or the talkers themselves ("everybody", "my friends"). */
const CLAUSE_START = new Set(["that", "which", "who", "whom"]);
const TALKERS = new Set([
  "everybody",
  "everyone",
  "people",
  "folks",
  "they",
  "someone",
  "somebody",
  "all",
  "my",
  "our",
  "your",
  "his",
  "her",
  "their",
  "yall",
  "y'all",
]);

/**
 * The positions of `ws` in a clause telling who talks about the thing named before it ("…exam that everybody keeps
 * mentioning", "…test everybody keep talking about", "…boards my classmates keep bringing up"): from the clause's
 * "that" or its first talker, within `TALKERS_REACH` words of the verb, to the particles after the verb. Only after
 * a word that names the thing: a clause opening the message ("people keep talking about…") is its story.
 */
export function talkedAbout(ws: readonly string[]): Set<number> {
  const at = new Set<number>();
  ws.forEach((w, v) => {
    const particled = SAYING_WITH_PARTICLE.has(w);
    if (!SAYING.has(w) && !particled) return;
    // "going on about", "bringing up": the particle has to be there; "going" alone is going somewhere.
    const particle = w.startsWith("br") ? "up" : "on";
    if (particled && ws[v + 1] !== particle) return;
    // "talk to patients" is the work; "talking about" the exam is talk of it.
    if (ABOUT_ONLY.some((verb) => w.startsWith(verb)) && ws[v + 1] !== "about") return;
    let end = v + 1;
    while (end < ws.length && PARTICLES.has(ws[end]!)) end++;
    let start = -1;
    for (let i = v - 1; i > 0 && v - i <= TALKERS_REACH; i--)
      if (TALKERS.has(ws[i]!) || CLAUSE_START.has(ws[i]!)) start = i;
      else if (start >= 0) break;
    // After the thing named ("the exam that…"), not after a verb's helper ("what do they talk about").
    if (start <= 0 || FUNCTION_WORDS.has(ws[start - 1]!)) return;
    for (let i = start; i < end; i++) at.add(i);
  });
  return at;
}

/** Adverbs of how sure or how much: "is it definitely two years", "is it truly that hard". */
const CERTAINTY = [
  "definitely",
  "certainly",
  "surely",
  "absolutely",
  "truly",
  "undoubtedly",
  "obviously",
  "genuinely",
  "necessarily",
];

/** A word this long may be two slips from the adverb meant ("definately", "deffinitly"). */
const SLIPPED_MIN_LENGTH = 7;

/**
 * Whether a word says how sure the writer wants the answer ("definitely", "surely"), as typed or misspelt (two edits
 * at most, the same first three letters, still an adverb in -ly: "absolute" is a word of its own): "is it definately
 * two years" asks the length, not a thing called definately.
 */
export function saysHowSure(w: string): boolean {
  return CERTAINTY.some(
    (a) =>
      a === w ||
      (w.length >= SLIPPED_MIN_LENGTH &&
        w.endsWith("ly") &&
        w.slice(0, 3) === a.slice(0, 3) &&
        editDistance(w, a) <= 2),
  );
}

/**
 * The positions of `ws` that say nothing of what is asked: a clause of who talks about the thing (`talkedAbout`) and an
 * adverb of how sure the answer should be (`saysHowSure`).
 */
export function unaskedWords(ws: readonly string[]): Set<number> {
  const at = talkedAbout(ws);
  ws.forEach((w, i) => {
    if (saysHowSure(w)) at.add(i);
  });
  return at;
}
