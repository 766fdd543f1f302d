// A question about doing something in a language ("can I take the exam in Spanish") or about words themselves ("translate
// obrigada"): the guide says nothing of languages.
import { readFileSync } from "node:fs";
import { LANGUAGE_NAMES_FILE } from "./tables/generate.ts";

/** Language names in English and in themselves, folded ("spanish", "espanol"), from ICU by `npm run tables`. */
const LANGUAGES: ReadonlySet<string> = new Set(
  readFileSync(LANGUAGE_NAMES_FILE, "utf8").trimEnd().split("\n"),
);

/** Words before "in <language>" that make it a subject studied, not the language something is done in. */
const STUDIED = new Set([
  "degree",
  "major",
  "minor",
  "bachelor",
  "bachelors",
  "masters",
  "diploma",
  "background",
]);

/** Verbs of speaking a language ("do I need to speak Tagalog"). */
const SPEAKING = new Set(["speak", "speaks", "speaking"]);
/** Verbs of learning a language or getting better at it ("learn English", "improve my Spanish"). */
const LEARNING = new Set(
  "learn learns learning learnt learned improve improving practice practise practicing practising".split(" "),
);
/** Words after a language that make it a subject of school: "English lit", "Spanish class". */
const COURSES = new Set(["lit", "literature", "class", "classes", "course", "courses", "grammar", "teacher"]);
/** Whose language it is, between the verb and the language: "improve my English". */
const OWN = new Set(["my", "our", "the", "some", "more"]);

/**
 * The language of a country (a region code), by its name in English and in itself, folded: "US" → english. Speaking it
 * is how the work is done there, a skill of talking to people, not a question of another language.
 */
export function countryLanguages(country: string | undefined): ReadonlySet<string> {
  if (country === undefined) return new Set();
  const code = new Intl.Locale(`und-${country}`).maximize().language;
  const names = [new Intl.DisplayNames(["en"], { type: "language" }).of(code)];
  names.push(new Intl.DisplayNames([code], { type: "language" }).of(code));
  return new Set(
    names.flatMap((n) => (n === undefined ? [] : [n.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()])),
  );
}

/** No language taken as the country's own: one set for every call. */
const NONE_SPOKEN: ReadonlySet<string> = new Set();

/**
 * Whether a question asks about doing something in a language: "in Spanish", "in español", or speaking one ("do I
 * need to speak Tagalog") or learning one ("how do I pick up English quickly"). "A degree in English" is a subject studied;
 * speaking the country's own language
 * (`spoken`: "do I need to speak English a lot" of a guide to the US) asks what talking the work takes.
 */
export function asksInALanguage(ws: readonly string[], spoken: ReadonlySet<string> = NONE_SPOKEN): boolean {
  for (let i = 0; i < ws.length - 1; i++) {
    const w = ws[i]!;
    if (!LANGUAGES.has(ws[i + 1]!)) continue;
    if (SPEAKING.has(w)) {
      if (spoken.has(ws[i + 1]!)) continue;
      return true;
    }
    // "how do i pick up english quickly", "improve my spanish": learning a language, not the career.
    // "I learned English lit in college": a subject studied, named by what follows.
    const subject = STUDIED.has(ws[i + 2] ?? "") || COURSES.has(ws[i + 2] ?? "");
    if ((LEARNING.has(w) || (OWN.has(w) && LEARNING.has(ws[i - 1] ?? ""))) && !subject) return true;
    if (w === "in" && !ws.slice(Math.max(0, i - 2), i).some((b) => STUDIED.has(b))) return true;
  }
  return false;
}

/** A word asked about: "what does kkk stand for", "what does obrigada mean"; not "what does that mean" of the answer. */
const WORD_MEANT =
  /\bwhat (?:does|do|is|s) (?!(?:that|this|it|you|u|they|those|these)\b)\S+(?: \S+)? (?:mean|means|stand for|stands for)\b/;
/** Asking for a word in other words: "translate …", "how do you say … in …", "how to say …", "the meaning of …". */
const WORDS_ASKED =
  /\b(?:translate|translates|translated|translation|translating|how (?:do|would|can|could) (?:you|u|i|we) say|how to say|how is .+ said|meaning of|spell|pronounce)\b/;

/**
 * Whether a message asks about words themselves, what one means or how it is said ("translate obrigada", "how do you
 * say thank you in Japanese"): the pleasantries it names are what it asks about, not said to the bot.
 */
export function asksAboutWords(ws: readonly string[]): boolean {
  const text = ws.join(" ");
  return WORD_MEANT.test(text) || WORDS_ASKED.test(text) || asksInALanguage(ws);
}
