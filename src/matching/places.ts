// Other countries by name, from the region names of Node's ICU data (Intl.DisplayNames, kept in a table that
// `npm run tables` writes): "what do phlebotomists make in Canada" names a country other than the guide's, and the
// pack lists no countries to know it.
import { readFileSync } from "node:fs";
import { REGION_NAMES_FILE } from "./tables/generate.ts";
import { punctuatedClauses } from "./text.ts";

/** Region names by code. A table, not Intl.DisplayNames at each start: asking ICU for 676 codes took 20–60 ms of a start. */
const REGION_NAMES: Readonly<Record<string, string>> = JSON.parse(readFileSync(REGION_NAMES_FILE, "utf8"));

/** Region names that are no country, or a word of everyday English or a US state as well ("Georgia", "Jersey"). */
const NOT_A_COUNTRY =
  /[&().]|\b(?:islands?|territor\w*|outlying|unknown|pseudo|union|eurozone|nations|sar)\b/i;
const AMBIGUOUS = new Set(["georgia", "jersey", "jordan", "chad", "guinea", "turkey", "man"]);

/** What people also call a country: the code they type for it, or one of its parts. */
const ALSO_CALLED: Readonly<Record<string, string[]>> = {
  GB: ["uk", "england", "britain", "scotland", "wales"],
  AE: ["uae"],
};

/** A country's territories, which share its careers and credentials. */
const TERRITORIES: Readonly<Record<string, string[]>> = { US: ["AS", "GU", "MP", "PR", "UM", "VI"] };

/** The names of every country but `home` (a region code, "US") and its territories, lower case. */
export function otherCountryNames(home: string): string[] {
  const skip = new Set([home, ...(TERRITORIES[home] ?? [])]);
  const names = new Set<string>();
  for (const [code, name] of Object.entries(REGION_NAMES)) {
    if (skip.has(code) || NOT_A_COUNTRY.test(name)) continue;
    if (name === REGION_NAMES[home]) continue;
    const lower = name.toLowerCase();
    if (!AMBIGUOUS.has(lower)) names.add(lower);
    for (const alias of ALSO_CALLED[code] ?? []) names.add(alias);
  }
  return [...names];
}

/** Country names by their first word, each as its words: "south africa" → ["south", "africa"]. */
export type CountryTable = ReadonlyMap<string, readonly (readonly string[])[]>;

export function countryTable(
  names: readonly string[],
  toWords: (text: string) => readonly string[],
): CountryTable {
  const table = new Map<string, (readonly string[])[]>();
  for (const name of names) {
    const ws = toWords(name);
    if (ws.length > 0) table.set(ws[0]!, [...(table.get(ws[0]!) ?? []), ws]);
  }
  return table;
}

/** The first country of the table the words name; one after "new" is another place ("New Mexico", "New England"). */
export function countryIn(ws: readonly string[], table: CountryTable): string | undefined {
  for (let i = 0; i < ws.length; i++) {
    if (ws[i - 1] === "new") continue;
    const name = table.get(ws[i]!)?.find((n) => n.every((w, k) => ws[i + k] === w));
    if (name) return name.join(" ");
  }
  return undefined;
}

/** Words comparing with a place: "scarce like in Peru", "more than in Canada", "unlike the Philippines". */
const COMPARING = new Set(["like", "than", "unlike"]);
const BEFORE_A_PLACE = new Set(["in", "the"]);

/**
 * The words less the countries they compare with ("will openings be scarce for me, like in Peru?"): the question
 * asks of the guide's country, the other one is the writer's yardstick.
 */
export function withoutCompared(ws: readonly string[], table: CountryTable): readonly string[] {
  const kept: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (COMPARING.has(ws[i]!)) {
      let at = i + 1;
      while (at <= i + 2 && BEFORE_A_PLACE.has(ws[at] ?? "")) at++;
      const name = table.get(ws[at] ?? "")?.find((n) => n.every((w, k) => ws[at + k] === w));
      if (name !== undefined) {
        i = at + name.length - 1;
        continue;
      }
    }
    kept.push(ws[i]!);
  }
  return kept;
}

/**
 * A particular school or employer the question names after "at" ("is the MLT program at Keiser accredited", "what do
 * MLTs make at Mayo Clinic"): a name written capitalised that is not the pack's (`isPackWord`, by its lower case). The
 * guide speaks of the career as a whole, not of one school's or employer's terms. A place in the pack's country ("in
 * Ohio", "in New Mexico") still gets the country's answer. A message written mostly in capitals says nothing by them.
 */
export function particularPlace(text: string, isPackWord: (word: string) => boolean): string | undefined {
  if (mostlyCapitals(text)) return undefined;
  for (const clause of clausesOf(text)) {
    for (let i = 1; i < clause.length; i++) {
      const t = clause[i]!;
      if (clause[i - 1]!.toLowerCase() !== "at" || AT_NO_PLACE.has(clause[i - 2]?.toLowerCase() ?? ""))
        continue;
      if (someoneElses(clause, i - 1)) continue;
      if (/^\p{Lu}[\p{L}'-]*\p{Ll}/u.test(t) && !isPackWord(t.toLowerCase())) return t;
    }
  }
  return undefined;
}

/** A text's words as written, case and inner apostrophes and hyphens kept ("St.", "O'Neil", "Wilkes-Barre"). */
const tokensOf = (text: string): string[] => text.split(/[^\p{L}\p{N}'-]+/u).filter((t) => t.length > 0);

/** Whether a message is written mostly in capitals, so that capitals name nothing in it. */
function mostlyCapitals(text: string): boolean {
  const tokens = tokensOf(text);
  return tokens.filter((t) => /^\p{Lu}/u.test(t)).length > tokens.length / 2;
}

/** A text's clauses, each as its words: a comma, a stop or a dash ends one ("…the difference, she works at Mayo"). */
const clausesOf = (text: string): string[][] => punctuatedClauses(text).map(tokensOf);

/**
 * Words after which "at" says what is looked at or done well, not where: "look at Pap smears", "good at Excel". General
 * English, not the pack's.
 */
const AT_NO_PLACE = new Set(
  `look looks looked looking stare stares staring glance glancing peer peering gaze gazing aim aiming point pointing
  laugh laughing good bad better best great terrible`.split(/\s+/),
);

/** Someone other than the writer or the career's people, in the few words before a place. */
const SOMEONE = new Set(["he", "she", "his", "her", "my", "our"]);

/**
 * Whether the clause says where someone else is ("she works at Mayo", "my cousin draws blood at Quest"): the place is
 * the story of another person, not the terms asked of one employer, as in "what do MLTs make at Kaiser" or "can I get
 * hired at LabCorp". `at`: the position of "at" (or the word before the name) in the clause.
 */
function someoneElses(clause: readonly string[], at: number): boolean {
  const before = clause.slice(Math.max(0, at - 4), at).map((w) => w.toLowerCase());
  return (
    before.some((w) => SOMEONE.has(w)) ||
    wherePlaced(
      clause.map((w) => w.toLowerCase()),
      at,
    )
  );
}

/** "I", as typed with what it is joined to: "I've", "I'm", "im", "ive". */
const isTheWriter = (w: string) => w === "i" || w === "im" || w === "ive" || /^i['’]/.test(w);

/** Verbs of working somewhere now or before: "I work at Quest", "I've been working at Kaiser". */
const WORKING = new Set(["work", "worked", "working"]);

/** Words that make "I work" a wish or a question of the future: "could I work at Mayo", "will I work at…". */
const MODALS = new Set(["could", "can", "would", "will", "should", "might", "may", "to"]);

/**
 * Whether the writer says where they already are: a clause opening "as a phlebotomist at LabCorp…", or "I work at
 * Quest", "I've been working at Kaiser" (not "could I work at Mayo", "can I get hired at LabCorp").
 */
function wherePlaced(clause: readonly string[], at: number): boolean {
  if (clause[0] === "as" && ["a", "an"].includes(clause[1] ?? "") && at <= 5) return true;
  return clause.slice(Math.max(0, at - 4), at).some((w, k, ws) => {
    if (!WORKING.has(w)) return false;
    const i = ws.slice(0, k).findLastIndex(isTheWriter);
    return i >= 0 && !ws.slice(Math.max(0, i - 1), k).some((x) => MODALS.has(x));
  });
}

/** Words before a name that give it as an example of a kind: "a big hospital like Mayo Clinic", "such as Quest". */
const EXAMPLE_OF = new Set(["like", "as", "including"]);

/** Words that end the name of a school or another body: "Riverside Community College", "Mayo Clinic". */
const INSTITUTIONS = new Set(
  `college colleges university institute academy school clinic hospital center centre healthcare labs laboratories
  laboratory diagnostics corps foundation department agency`.split(/\s+/),
);

/** Whether a text holds a word of `INSTITUTIONS` at all: most do not, and need no reading word by word. */
const ANY_INSTITUTION = new RegExp(`\\b(?:${[...INSTITUTIONS].join("|")})\\b`, "i");

/** The institutions a name typed in lower case may end with: "riverside community college", "ozarks university". */
const SCHOOLS = new Set(["college", "university", "institute", "academy"]);

/** Words between a name and its institution: "Riverside Community College", "San Jose City College". */
const KINDS_OF_SCHOOL = new Set(["community", "junior", "technical", "state", "city", "county", "career"]);

/**
 * A particular school or body the question names anywhere in it, not only after "at" (`particularPlace`): "does
 * Riverside Community College have the program", "will Mayo Clinic hire new grads". A run of capitalised words ending
 * with a word for an institution (`INSTITUTIONS`) that holds a word the pack does not write; one opening the message
 * is a name only when it is no plain word (`isPlainWord`: "Community college", "Local hospital"). The pack's own
 * schools ("Brookline College") are its. A message written mostly in capitals says nothing by them.
 */
export function namedInstitution(
  text: string,
  isPackWord: (word: string) => boolean,
  isPlainWord: (word: string) => boolean,
): string | undefined {
  if (!ANY_INSTITUTION.test(text)) return undefined;
  if (mostlyCapitals(text)) return undefined;
  const named = (t: string) => /^\p{Lu}\p{Ll}/u.test(t);
  for (const clause of clausesOf(text)) {
    for (let i = 1; i < clause.length; i++) {
      const head = clause[i]!;
      if (!INSTITUTIONS.has(head.toLowerCase()) || !named(head)) continue;
      let s = i - 1;
      while (s >= 0 && named(clause[s]!)) s--;
      const name = clause.slice(s + 1, i).map((w) => w.toLowerCase());
      const opening = s + 1 === 0;
      if (EXAMPLE_OF.has(clause[s]?.toLowerCase() ?? "") || (s >= 0 && someoneElses(clause, s))) continue;
      if (name.some((w) => !isPackWord(w) && !(opening && isPlainWord(w))))
        return clause.slice(s + 1, i + 1).join(" ");
    }
  }
  return undefined;
}

/**
 * A school named in lower case, by its words as read (spelling mended): a word before "college", "university" (past
 * a kind of school such as "community") that is not the pack's and is a name, not a plain word (`isPlainWord`: "my
 * local community college", "an online college", "a good college"): "riverside community college".
 */
export function namedSchool(
  ws: readonly string[],
  isPackWord: (word: string) => boolean,
  isPlainWord: (word: string) => boolean,
): string | undefined {
  for (let i = 1; i < ws.length; i++) {
    if (!SCHOOLS.has(ws[i]!)) continue;
    let s = i - 1;
    while (s >= 0 && KINDS_OF_SCHOOL.has(ws[s]!)) s--;
    const name = ws[s];
    if (name !== undefined && /^\p{L}{3,}$/u.test(name) && !isPackWord(name) && !isPlainWord(name))
      return ws.slice(s, i + 1).join(" ");
  }
  return undefined;
}

/** What only a school or body does that a question may ask of it by name: offers, runs, accepts, teaches. */
const OFFERING = new Set(["offer", "offers", "run", "runs", "accept", "accepts", "teach", "teaches"]);
/**
 * What a person asked about by name has too ("does Maria have a degree"): a school's only when a program or course is
 * what it has ("does Delgado have openings in its lab program").
 */
const HAVING = new Set(["have", "has"]);
/** Taking that only a school does: "Hartwell take students in january" (not "can Jose take the exam"). */
const TAKING = new Set(["take", "takes"]);
const TAKEN = new Set(["students", "applicants", "applications", "transfers", "adults"]);
/** People a writer asks for, whose names then stand where a school's would: "my son Kevin… does Kevin have…". */
const KIN = new Set(
  `son daughter kid kids child children nephew niece grandson granddaughter grandkid friend wife husband cousin brother
  sister boyfriend girlfriend partner mom dad mother father`.split(/\s+/),
);
/** Auxiliaries that open a question before its subject ("does Delgado…"), and adverbs between a subject and its verb. */
const OPENING_AUX = new Set(["do", "does", "did", "will", "would", "can", "could", "is", "are"]);
const BETWEEN = new Set(["still", "even", "really", "actually", "also", "already"]);
/** One school's or program's words: "the college in Spokane", "the MLT program in Boise". */
const ONE_SCHOOL = new Set([
  "college",
  "school",
  "program",
  "programme",
  "course",
  "university",
  "class",
  "campus",
]);
const PLACED = new Set(["in", "near", "around", "outside"]);
/** Words of a question seeking where to study, which a place only narrows: "where…", "which…", "the best school in…". */
const SEEKING = new Set(["where", "which", "best", "good", "closest", "nearest", "find", "any", "cheapest"]);

/**
 * A particular school or body the question names by a proper name that is no plain word (`isPlainWord`) and not the
 * pack's, without "at" (`particularPlace`) or a word for an institution (`namedInstitution`): as the subject of what it
 * offers, takes students or has of a program ("Does Delgado still have openings in its lab program", "Gallaudet have the
 * program?"; not "does Maria need a degree", nor a name in a message asking for a son or a friend), or
 * as the place of one school or program ("does the college in Spokane have night classes", "is the MLT program in Boise
 * accredited"). Not a question seeking where to study, which a place only narrows ("where can I find a program near
 * Orlando", "the best school in Tucson"). A message written mostly in capitals says nothing by them.
 */
export function namedBody(
  text: string,
  isPackWord: (word: string) => boolean,
  isPlainWord: (word: string) => boolean,
): string | undefined {
  if (mostlyCapitals(text)) return undefined;
  const isName = (t: string) =>
    /^\p{Lu}\p{Ll}+$/u.test(t) && !isPackWord(t.toLowerCase()) && !isPlainWord(t.toLowerCase());
  const asksForSomeone = tokensOf(text).some((t) => KIN.has(t.toLowerCase()));
  for (const clause of clausesOf(text)) {
    const lower = clause.map((w) => w.toLowerCase());
    if (lower.some((w) => SEEKING.has(w))) continue;
    for (let i = 0; i < clause.length; i++) {
      if (!isName(clause[i]!)) continue;
      let v = i + 1;
      while (BETWEEN.has(lower[v] ?? "")) v++;
      const verb = lower[v] ?? "";
      const schoolsVerb =
        OFFERING.has(verb) ||
        (HAVING.has(verb) && lower[v + 1] !== "to" && lower.slice(v + 1).some((w) => ONE_SCHOOL.has(w))) ||
        (TAKING.has(verb) && TAKEN.has(lower[v + 1] ?? ""));
      const subject = (i === 0 || (i === 1 && OPENING_AUX.has(lower[0]!))) && schoolsVerb && !asksForSomeone;
      const placeOfOne =
        PLACED.has(lower[i - 1] ?? "") &&
        ONE_SCHOOL.has(lower[i - 2] ?? "") &&
        lower.slice(Math.max(0, i - 5), i - 2).includes("the");
      if (subject || placeOfOne) return clause[i];
    }
  }
  return undefined;
}
