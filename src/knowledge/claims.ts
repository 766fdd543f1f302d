// Finds the checkable claims in a text: figures (amounts, percentages, years, any number in digits) and names.
// A curator writes numbers in digits and names with capitals; that is what makes them checkable.

const FIGURE = /(?<![\p{L}\p{N}])\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s?%|\s?percent\b)?/gu;

/** One spelling per figure: "6 percent", "6 %" and "6%" are the same claim. */
export function normalizeFigure(figure: string): string {
  return figure.replace(/\s?percent$/, "%").replace(/\s/g, "");
}

/** The figures of a text, normalised, in order of appearance. */
export function figuresIn(text: string): string[] {
  return [...text.matchAll(FIGURE)].map((m) => normalizeFigure(m[0]));
}

/** Whether `text` is one figure and nothing else ("$60,290", "6%"), so a fact can be told apart from a name. */
export function isFigure(text: string): boolean {
  const found = [...text.trim().matchAll(FIGURE)];
  return found.length === 1 && found[0]![0] === text.trim();
}

// "U.S.", "Indeed.com", "X-ray", "College's" are one token each.
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*/gu;
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|edu|gov|io)$/iu;
const CONNECTORS = new Set(["of", "for", "the", "de", "&"]);
const ARTICLES = new Set(["The", "A", "An"]);
const SENTENCE_BREAK = /[.!?:;•\n]/;
/** What a known name is replaced by: it ends a run of capitals without starting a sentence. */
const BLANK = " | ";

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/** Whether a letter or digit ends just before `at` (a character outside the Basic Plane is two UTF-16 units). */
function wordBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
  const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
  const pair = at >= 2 && isLow(text.charCodeAt(at - 1)) && isHigh(text.charCodeAt(at - 2));
  return LETTER_OR_DIGIT.test(text.slice(pair ? at - 2 : at - 1, at));
}

/** Whether a letter or digit starts at `at`. */
const wordAt = (text: string, at: number) => at < text.length && LETTER_OR_DIGIT.test(text.slice(at, at + 2));

/**
 * Where a known name is written in a text as a whole word, with a plural or possessive ending ("MLTs", "ASCP's"):
 * each [start, end), left to right, none overlapping. A scan rather than a pattern per name: the pack's check at
 * every start looks for every known name in every answer and tip, and compiling a Unicode pattern for each of them
 * was most of what the check cost.
 */
function placesOfName(text: string, name: string): [number, number][] {
  const found: [number, number][] = [];
  for (let at = text.indexOf(name); at >= 0; ) {
    const after = at + name.length;
    if (!wordBefore(text, at)) {
      const ends = [
        ...(text[after] === "s" ? [after + 1] : []),
        ...((text[after] === "'" || text[after] === "’") && text[after + 1] === "s" ? [after + 2] : []),
        after,
      ];
      const end = ends.find((e) => !wordAt(text, e));
      if (end !== undefined) {
        found.push([at, end]);
        at = text.indexOf(name, end);
        continue;
      }
    }
    at = text.indexOf(name, at + 1);
  }
  return found;
}

/** The text with each place a known name is written replaced by `BLANK`. */
function blankOut(text: string, places: readonly [number, number][]): string {
  let out = "";
  let from = 0;
  for (const [start, end] of places) {
    out += text.slice(from, start) + BLANK;
    from = end;
  }
  return out + text.slice(from);
}

/** Longer names first, so a name inside a longer one ("Bureau of Labor Statistics" in "U.S. Bureau of …") leaves it whole. */
const longestFirst = (names: readonly string[]) => [...names].sort((a, b) => b.length - a.length);

interface Token {
  text: string;
  sentenceStart: boolean;
  /** Only spaces between this token and the one before. */
  joined: boolean;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  let end = 0;
  for (const m of text.matchAll(TOKEN)) {
    const gap = text.slice(end, m.index);
    out.push({
      text: m[0].replace(/['’]s$/, ""),
      sentenceStart: out.length === 0 || SENTENCE_BREAK.test(gap),
      joined: out.length > 0 && /^\s+$/.test(gap),
    });
    end = m.index + m[0].length;
  }
  return out;
}

/** Months and days are written with capitals but name no one ("in May 2024"). */
const CALENDAR = new Set(
  "January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(
    " ",
  ),
);
const isCapital = (t: Token) => /^\p{Lu}/u.test(t.text) && t.text.length > 1 && !CALENDAR.has(t.text);
const isAcronym = (t: Token) => /^\p{Lu}{2,}s?$/u.test(t.text);

/**
 * The names in a text that are not among `known` (sources, facts, plain terms): runs of capitalised words
 * ("Kaplan Career Institute"), capitalised words inside a sentence ("from Kaplan"), acronyms ("NAACLS") and
 * web addresses. A single capitalised word that opens a sentence is taken for an ordinary word.
 */
export function unknownNames(text: string, known: readonly string[]): string[] {
  let rest = text;
  for (const name of longestFirst(known)) {
    const places = placesOfName(rest, name);
    if (places.length > 0) rest = blankOut(rest, places);
  }
  const found: string[] = [];
  const finish = (run: Token[]) => {
    const words = run[0] && ARTICLES.has(run[0].text) ? run.slice(1) : run;
    if (words.length === 0) return;
    const single = words.length === 1 ? words[0]! : undefined;
    if (single && single === run[0] && single.sentenceStart && !isAcronym(single)) return;
    found.push(words.map((t) => t.text).join(" "));
  };
  let run: Token[] = [];
  let pending: Token[] = [];
  for (const t of tokens(rest)) {
    if (DOMAIN.test(t.text)) {
      found.push(t.text);
      continue;
    }
    if (run.length > 0 && t.joined && CONNECTORS.has(t.text)) {
      pending.push(t);
      continue;
    }
    if (isCapital(t) && t.joined && !t.sentenceStart && run.length > 0) {
      run.push(...pending, t);
    } else {
      finish(run);
      run = isCapital(t) ? [t] : [];
    }
    pending = [];
  }
  finish(run);
  return [...new Set(found)];
}

/** The known names a text mentions, longest first, each once. */
export function knownNamesIn(text: string, known: readonly string[]): string[] {
  const found: string[] = [];
  let rest = text;
  for (const name of longestFirst(known)) {
    const places = placesOfName(rest, name);
    if (places.length > 0) {
      found.push(name);
      rest = blankOut(rest, places);
    }
  }
  return found;
}
