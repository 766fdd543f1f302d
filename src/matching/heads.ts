// The head of a noun phrase names what is asked; a classifier noun before "of" ("kinds of tests"), a participle
// before the noun it describes ("the starting salary") and a noun of a way after the words naming which ("the no
// degree route") only narrow it. Read with plain English phrase rules.

/** Nouns that sort what follows "of" into kinds: "what kinds of tests" asks for tests. */
const CLASSIFIERS = new Set(
  "kind kinds type types sort sorts variety varieties category categories style styles".split(" "),
);

/**
 * Nouns of a way to somewhere, which the words before them name: "the no degree route", "a 2 year degree path", "the
 * online option" ask about the degree, the program online, as "kinds of tests" asks about tests.
 */
const WAYS = new Set("route routes path paths pathway pathways track tracks option options".split(" "));

/** Words that may open a noun phrase: a participle after one describes the noun it precedes ("a starting wage"). */
const OPENERS = new Set(
  `a an the my your his her their our its this that these those what whats what's which any some each every
for of in at on about with to from as per vs versus than`.split(/\s+/),
);

/** Function words that describe a noun between its opener and the rest of the phrase: "a typical starting wage". */
const DESCRIBING = new Set(
  "typical usual normal average good great best better bad real actual main".split(" "),
);

/** A word that reads as a participle used as an adjective: "starting", "certified". */
const PARTICIPLE = /^[a-z]{3,}(?:ing|ed)$/;

/**
 * A modifier in a message and the words of the phrase it modifies: `head` is the head's stretch of words, whose
 * first term (`at: "first"`, the noun right after a participle) or last term (`at: "last"`, the end of the phrase
 * after "of") is the head.
 */
export interface Modified {
  modifier: string;
  head: readonly string[];
  at: "first" | "last";
}

/**
 * The modifiers of a message's words (`isFunctionWord`: a stopword, which ends a run of content words):
 * - a classifier before "of" and its phrase: "kinds of blood tests" (head: tests);
 * - a participle inside a run of content words that a determiner, a preposition or a question word opens (or that
 *   opens the message), before the words it describes: "the starting salary", "what testing equipment".
 * `isVerbForm`: whether a word in -ing or -ed is a form of a verb rather than a noun of its own ("imaging").
 */
export function modifiersOf(
  ws: readonly string[],
  isFunctionWord: (w: string) => boolean,
  isVerbForm: (w: string) => boolean = () => true,
): Modified[] {
  const out: Modified[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (CLASSIFIERS.has(w) && ws[i + 1] === "of") {
      let k = i + 2;
      while (k < ws.length && OPENERS.has(ws[k]!) && isFunctionWord(ws[k]!)) k++;
      const head = runFrom(ws, k, isFunctionWord);
      if (head.length > 0) out.push({ modifier: w, head, at: "last" });
      continue;
    }
    // "no degree route", "2 year degree route?": a way that ends its phrase, after the words naming which.
    if (WAYS.has(w) && (i === ws.length - 1 || isFunctionWord(ws[i + 1]!))) {
      let k = i - 1;
      while (k >= 0 && !isFunctionWord(ws[k]!)) k--;
      if (k < i - 1) out.push({ modifier: w, head: ws.slice(k + 1, i), at: "last" });
      continue;
    }
    if (PARTICIPLE.test(w) && !isFunctionWord(w) && isVerbForm(w) && inOpenedRun(ws, i, isFunctionWord)) {
      const head = runFrom(ws, i + 1, isFunctionWord);
      // "getting hired": a participle before another is a verb, not a word describing a noun.
      if (head.length > 0 && !PARTICIPLE.test(head[0]!)) out.push({ modifier: w, head, at: "first" });
    }
  }
  return out;
}

/** The content words from `start` up to the next function word. */
function runFrom(ws: readonly string[], start: number, isFunctionWord: (w: string) => boolean): string[] {
  const run: string[] = [];
  for (let k = start; k < ws.length && !isFunctionWord(ws[k]!); k++) run.push(ws[k]!);
  return run;
}

/** Whether word `i` is inside a run of content words that an opener, or the message's start, opens. */
function inOpenedRun(ws: readonly string[], i: number, isFunctionWord: (w: string) => boolean): boolean {
  let k = i - 1;
  while (k >= 0 && (!isFunctionWord(ws[k]!) || DESCRIBING.has(ws[k]!))) k--;
  return k < 0 || OPENERS.has(ws[k]!);
}
