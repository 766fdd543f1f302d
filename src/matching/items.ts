// The things a text names one after another — a bulleted list, "the ASCP and the AMT", "a technician and a
// technologist" — in their order, so that "the second one", "the latter" or "both" can say which of them is meant.

/** One thing a list names: its words as written, and the entry those words find alone, if one. */
export interface Item {
  text: string;
  entry?: string;
  /** A bullet's whole line, what it says of its thing too ("Cytotechnology: checking cells for abnormalities"). */
  line?: string;
}

/** A list and the words that lead into it ("The main duties are", the line before the bullets). */
export interface ItemList {
  items: Item[];
  lead: string;
  /** Where it was written: the question an entry answers, its answer's bullets, or a sentence of its answer. */
  from: "question" | "bullets" | "sentence";
}

/** A bullet, a dash or a number opening a line of a list. */
const BULLET = /^\s*(?:[•*·▪◦-]|\d+[.)])\s+/;
/** What joins the things of a list. */
const JOINS = /\s*(?:,|\b(?:and|or|vs\.?|versus)\b)\s*/i;
const HAS_JOIN = /\b(?:and|or|vs\.?|versus)\b/i;
/** A conjunct longer than this ends the list: it is a clause, not a thing named. */
const MAX_WORDS = 5;

/** A part opening with a question word or an auxiliary asks; it is a clause, not a thing named. */
const ASKS =
  /^(?:which|what|whats|what's|how|who|where|when|why|is|are|do|does|can|could|should|would|will)\b/i;

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;
const lastWords = (s: string, n: number) => s.split(/\s+/).filter(Boolean).slice(-n).join(" ");

/** The lines of a text that are bullets, in runs of two or more, each with the line before it as its lead. */
export function bulletLists(text: string): { items: string[]; lead: string; lines: string[] }[] {
  const lists: { items: string[]; lead: string; lines: string[] }[] = [];
  const lines = text.split("\n");
  let run: string[] = [];
  let bodies: string[] = [];
  let lead = "";
  const close = () => {
    if (run.length >= 2) lists.push({ items: run, lead, lines: bodies });
    run = [];
    bodies = [];
  };
  for (const line of lines) {
    if (BULLET.test(line)) {
      // The head of a bullet names it: what comes before its colon ("Phlebotomy (phlebotomist): drawing blood").
      const body = line.replace(BULLET, "");
      const head = body.includes(":") ? body.slice(0, body.indexOf(":")) : body;
      bodies.push(body.trim());
      run.push(
        head
          .replace(/[,;.]?\s*(?:\b(?:and|or)\b)?[\s,;.]*$/i, "")
          .replace(/^(?:an?|the)\s+/i, "")
          .trim(),
      );
    } else {
      close();
      if (line.trim() !== "") lead = line.trim();
    }
  }
  close();
  return lists;
}

/**
 * The things a sentence names joined by "and", "or", "vs" or commas ("the ASCP and the AMT"; "laboratory testing,
 * collecting and handling specimens, …"), each as written. The first thing's words are cut to the length of the
 * longest of the others, as the things of a list are written alike; a part longer than a few words is a clause and
 * ends the list.
 */
export function coordinations(sentence: string): { items: string[]; lead: string }[] {
  const lists: { items: string[]; lead: string }[] = [];
  for (const clause of sentence.split(/[.;:?!()\n]+/)) {
    if (!HAS_JOIN.test(clause)) continue;
    const parts = clause
      .split(JOINS)
      .map((p) => p.trim())
      .filter((p) => p !== "");
    // "phlebotomist vs cytotechnologist, which would suit me": a question after the things is no thing of theirs.
    while (parts.length > 0 && ASKS.test(parts.at(-1)!)) parts.pop();
    if (parts.length < 2) continue;
    // From the end, the things of a list are alike in length; the first one longer than the rest (by more than a
    // word) or than a few words holds the words leading in, and ends the list.
    let start = parts.length - 1;
    let width = wordCount(parts[start]!);
    while (start > 0) {
      const n = wordCount(parts[start - 1]!);
      if (n > MAX_WORDS || n > width + 1) break;
      start--;
      width = Math.max(width, n);
    }
    if (start === 0) {
      lists.push({ items: parts, lead: "" });
      continue;
    }
    const first = parts[start - 1]!;
    const cut = Math.min(4, width);
    lists.push({
      items: [lastWords(first, cut), ...parts.slice(start)],
      lead: first.split(/\s+/).slice(0, -cut).join(" "),
    });
  }
  return lists;
}

/** How many words a thing is named in, as `listsOf`'s `maxWords` counts them. */
const wordsIn = (text: string) => text.split(/\s+/).length;

/**
 * Whether a list as written has two things side by side named in at most `maxWords` words each: a thing of the list
 * read is one or more of them joined, so without such a pair no list of short things comes of it.
 */
function mayNameShortThings(items: readonly string[], maxWords: number): boolean {
  for (let i = 1; i < items.length; i++)
    if (wordsIn(items[i - 1]!) <= maxWords && wordsIn(items[i]!) <= maxWords) return true;
  return false;
}

/**
 * The lists an entry's question and answer name, each thing with the entry its words find (`entryOf`), things that
 * find the same entry side by side counted once ("collecting and handling specimens"). A list keeps at least two
 * things; with `maxWords`, only lists whose things are each named in that many words at most, and the things of a
 * list that cannot be one are never looked up (each look-up matches the words as a message).
 */
export function listsOf(
  question: string,
  answer: string,
  entryOf: (text: string) => string | undefined,
  maxWords = Number.POSITIVE_INFINITY,
): ItemList[] {
  const lists: ItemList[] = [];
  const add = (raw: { items: string[]; lead: string; lines?: string[] }, from: ItemList["from"]) => {
    if (maxWords !== Number.POSITIVE_INFINITY && !mayNameShortThings(raw.items, maxWords)) return;
    const items: Item[] = [];
    for (let i = 0; i < raw.items.length; i++) {
      let text = raw.items[i]!;
      // "running and maintaining equipment": a word that finds nothing alone shares the next thing's object.
      const next = raw.items[i + 1];
      if (from !== "bullets" && next !== undefined && wordCount(text) === 1 && entryOf(text) === undefined) {
        text = `${text} and ${next}`;
        i++;
      }
      const entry = entryOf(text);
      const last = items.at(-1);
      // Bullets are things of their own; "collecting and handling specimens" is one.
      if (from !== "bullets" && last !== undefined && entry !== undefined && last.entry === entry)
        last.text = `${last.text} and ${text}`;
      else {
        const line = raw.lines?.[i];
        items.push({
          text,
          ...(entry === undefined ? {} : { entry }),
          ...(line === undefined ? {} : { line }),
        });
      }
    }
    // In a sentence, words that find nothing at either end are the clause around the things, not one of them.
    if (from !== "bullets") {
      while (items.length > 0 && items.at(-1)!.entry === undefined) items.pop();
      while (items.length > 0 && items[0]!.entry === undefined) items.shift();
    }
    if (items.length >= 2 && items.every((i) => wordsIn(i.text) <= maxWords))
      lists.push({ items, lead: raw.lead, from });
  };
  for (const raw of coordinations(question)) add(raw, "question");
  for (const raw of bulletLists(answer)) add(raw, "bullets");
  const prose = answer
    .split("\n")
    .filter((line) => !BULLET.test(line))
    .join("\n");
  for (const raw of coordinations(prose)) add(raw, "sentence");
  return lists;
}
