// Follow-ups that keep the answer's question and change its subject ("and for the tissue ones?" after the pay, "what
// about for a technologist?" after how to become one), or set the answer's subject against the career at large ("is
// that harder than a plain lab tech job?" after a specialty): what they ask is the answer's, not their words'.
import { asksOf, kindBits } from "./asks.ts";
import { asksForAnother, pickedItem, pointsAtTheAnswer } from "./followup.ts";
import { FRAMES } from "./frames.ts";
import type { IndexedEntry, MatchIndex } from "./index.ts";
import { asksAnotherKind, namedBy } from "./neighbours.ts";
import { rank } from "./rank.ts";
import { isEverydayTerm } from "./subject.ts";
import { words } from "./text.ts";

/** The pack's words for its subjects, split by how many entries are asked with them. */
interface Subjects {
  /** A domain word few entries are asked with names a subject of its own: a specialty, a credential, another role. */
  particular: ReadonlySet<string>;
  /** Every term of the pack's domain words: the career at large ("lab tech", "lab") as well as the particular ones. */
  all: ReadonlySet<string>;
  /** Each entry's question: its terms besides the domain's (what it asks) and its particular subjects, by entry id. */
  facets: ReadonlyMap<string, string[]>;
  subjects: ReadonlyMap<string, string[]>;
}

/** A domain word asked with more than this share of the entries names the career at large, not a subject of its own. */
const PARTICULAR_SHARE = 1 / 8;

// Kept by the entries, which a message's copy of the index shares with the pack's.
const kept = new WeakMap<readonly IndexedEntry[], Subjects>();

function subjectsOf(index: MatchIndex): Subjects {
  const known = kept.get(index.entries);
  if (known) return known;
  const all = new Set(index.domainTerms.flat());
  const askedWith = (t: string) => index.entries.filter((e) => e.bag.has(t)).length;
  const particular = new Set([...all].filter((t) => askedWith(t) <= index.entries.length * PARTICULAR_SHARE));
  const facets = new Map<string, string[]>();
  const subjects = new Map<string, string[]>();
  for (const e of index.entries) {
    const terms = index.normalizer.terms(e.entry.question);
    facets.set(
      e.entry.id,
      terms.filter((t) => !all.has(t) && index.weights.has(t)),
    );
    subjects.set(
      e.entry.id,
      terms.filter((t) => particular.has(t)),
    );
  }
  const read = { particular, all, facets, subjects };
  kept.set(index.entries, read);
  return read;
}

/** What an entry's question asks of its subject: its terms besides the subject's ("salary" of "how much does an MLT earn"). */
function facetOf(index: MatchIndex, entry: IndexedEntry): readonly string[] {
  return subjectsOf(index).facets.get(entry.entry.id) ?? [];
}

/** The particular subjects an entry's question names ("phlebotomist" of "what does a phlebotomist do"). */
function subjectOf(index: MatchIndex, id: string): readonly string[] {
  return subjectsOf(index).subjects.get(id) ?? [];
}

/** Workers told of by what they do or work with: "the tissue ones", "the people who do the blood draws". */
const WORKERS_DESCRIBED = /\b(?:ones|people|guys|folks|workers|staff)\b/i;

/** The follow-up asks what they do: the subject's own entry, not the answer's question of it. */
const ASKS_THE_DOING = kindBits("doing");

/**
 * The entry a follow-up means when it names only another subject, asking of it what the answer just given was asked
 * ("n cytotechs?" after where technicians work): the entry asked with the answer's question and that subject, if one
 * is ("how do I become a technologist"), else the answer itself, the pack's word on that question for the career as a
 * whole, when the subject is someone in a line of work; a credential ("and the AMT?" after the pay) is asked about in its
 * own right. A subject beside the answer ("and phlebotomists?" after the specialties) is its own entry, and an answer
 * about a subject (what a histotech does) has no question to carry.
 */
export function askedOfAnotherSubject(
  index: MatchIndex,
  previous: IndexedEntry,
  beside: readonly string[],
  text: string,
  terms: readonly string[],
): string | undefined {
  const facet = facetOf(index, previous);
  // A subject named bare ("phlebotomy") is a question of its own; joined on ("n phlebotomy?") it is asked of. Asking
  // what it does, or a kind of question the answer is not asked with ("how long does it take to become a
  // technologist" after the pay), asks something of its own.
  const asks = asksOf(text);
  if (
    facet.length === 0 ||
    !pointsAtTheAnswer(text) ||
    (asks & ASKS_THE_DOING) !== 0 ||
    asksAnotherKind(previous, asks)
  )
    return undefined;
  const { particular, all } = subjectsOf(index);
  // Its words besides the question's; everyday ones ("get", "make") may ask the question, not name the subject.
  const rest = [
    ...new Set(
      terms.filter(
        (t) => index.weights.has(t) && !previous.bag.has(t) && (all.has(t) || !isEverydayTerm(index, t)),
      ),
    ),
  ];
  if (rest.length === 0) return undefined;
  // A subject beside the answer named in words the answer shares ("American" of the certifications' "American
  // Medical Technologists") is that entry's, though what is left of its name after those words names another.
  const [whole] = rank(index, [...new Set(terms.filter((t) => index.weights.has(t)))]);
  if (whole !== undefined && beside.includes(whole.entry.id) && subjectOf(index, whole.entry.id).length > 0)
    return undefined;
  const [named] = rank(index, rest);
  if (named === undefined || named.entry.id === previous.entry.id || beside.includes(named.entry.id))
    return undefined;
  // Its words are a subject's, whose entry is about it: a particular one with words of that entry ("the imaging
  // techs"), or workers described by them ("the tissue ones"; not "the top paid ones", which are the answer's).
  const itsOwn = index.byId.get(named.entry.id)!.bag;
  const subject =
    subjectOf(index, named.entry.id).length > 0 &&
    rest.every((t) => particular.has(t) || itsOwn.has(t)) &&
    (WORKERS_DESCRIBED.test(text) || rest.some((t) => particular.has(t)));
  if (!subject) return undefined;
  // The subject's own entry tells what it is; another asked with the question and the subject answers both.
  const both = rank(index, [...facet, ...rest]).find(
    (c) =>
      c.entry.id !== previous.entry.id &&
      c.entry.id !== named.entry.id &&
      [...facet, ...rest].every((t) => index.byId.get(c.entry.id)!.bag.has(t)),
  );
  if (both !== undefined) return both.entry.id;
  // The answer's question is the career's, asked of someone in a line of work ("n cytotechs?" after the pay); a thing
  // of its own, a credential ("and the AMT?" after the pay), is what is asked about, not asked the pay of.
  return namesSomeone(index, named.entry.question) ? previous.entry.id : undefined;
}

/** How many words may stand between an article and the subject it introduces: "a medical imaging technician". */
const ARTICLE_REACH = 2;

/**
 * Whether an entry's question names its particular subject as someone one may be, with "a" or "an" ("what does a
 * phlebotomist do", "…between a medical technician and a medical technologist"), not as one named thing ("what is
 * the ASCP certification").
 */
function namesSomeone(index: MatchIndex, question: string): boolean {
  const { particular } = subjectsOf(index);
  const ws = words(question.toLowerCase());
  const at = ws.findIndex((w) => index.normalizer.terms(w).some((t) => particular.has(t)));
  return at >= 0 && ws.slice(Math.max(0, at - ARTICLE_REACH - 1), at).some((w) => w === "a" || w === "an");
}

/** Where a comparison turns to what the subject is set against: "than", "compared to", "vs". */
const AGAINST = /\b(?:than|compared? (?:to|with)|vs\.?|versus)\b/i;

/** The subject pointed at as the one just answered: "is that…", "does it…". */
const POINTED = /\b(?:it|its|that|this|they|them|those)\b/i;

/**
 * Whether a follow-up sets the subject just answered ("that", "it") against the career at large ("is that harder than
 * being a regular lab tech?" after what a phlebotomist does): the answer about that subject is what the pack has to
 * compare with. Only an answer about one particular subject, asking nothing else of it (what a histotech does), is one.
 */
export function comparedWithTheCareer(index: MatchIndex, previous: IndexedEntry, text: string): boolean {
  const m = AGAINST.exec(text);
  if (!m || !POINTED.test(text.slice(0, m.index))) return false;
  const { particular, all } = subjectsOf(index);
  if (facetOf(index, previous).length > 0 || subjectOf(index, previous.entry.id).length === 0) return false;
  const against = index.normalizer.terms(text.slice(m.index + m[0].length));
  return against.some((t) => all.has(t) && !particular.has(t)) && !against.some((t) => particular.has(t));
}

/** Asking yes or no: "does he use a microscope?", "is it done by hand too?". */
const ASKS_YES_NO = kindBits("yes-no");

/**
 * Whether a follow-up asks yes or no of the one particular subject just answered, in that answer's own words ("he is
 * working with a microscope also?" after what a histotechnician does, whose answer says the microscope): the answer
 * already says it, though another entry (the equipment) is asked with the same word. Only an answer about one
 * particular subject that asks nothing else of it (what a histotech does), and a follow-up saying nothing of the pack
 * that answer does not.
 */
export function confirmsOfTheSubject(
  index: MatchIndex,
  previous: IndexedEntry,
  text: string,
  terms: readonly string[],
): boolean {
  // "does he…", "he is working with…?": no other kind of question (where, how much) than yes or no.
  if ((asksOf(text) & ~ASKS_YES_NO) !== 0) return false;
  if (facetOf(index, previous).length > 0 || subjectOf(index, previous.entry.id).length === 0) return false;
  // Everyday words ("use", "work") may ask it; the others must be the answer's.
  const own = terms.filter((t) => index.weights.has(t) && !isEverydayTerm(index, t));
  return (
    own.some((t) => previous.answer.has(t)) && own.every((t) => previous.answer.has(t) || previous.bag.has(t))
  );
}

/**
 * The entries about another particular subject than the one just answered, when a follow-up names none but that one
 * ("is that in demand?" after what a phlebotomist does is not the cytotechnologist's, though "growth" of cells is one
 * of its words): they are not its aspects, nor where it turns. Empty when the answer is about no particular subject,
 * or the follow-up names another or asks for another ("the other one").
 */
export function otherSubjects(
  index: MatchIndex,
  previous: IndexedEntry,
  terms: readonly string[],
): ReadonlySet<string> {
  const { particular } = subjectsOf(index);
  const own = new Set(subjectOf(index, previous.entry.id));
  if (own.size === 0 || terms.some((t) => particular.has(t) && !own.has(t))) return new Set();
  return new Set(
    index.entries
      .filter((e) => e !== previous)
      .filter((e) => {
        const its = subjectOf(index, e.entry.id);
        return its.length > 0 && its.every((t) => !own.has(t));
      })
      .map((e) => e.entry.id),
  );
}

/**
 * Whether an entry asks a question of the career at large, of no particular subject ("how do I become an MLT", not
 * "what does a phlebotomist do"): after an answer about a particular subject, a follow-up finding it on its own words
 * asks that question of the subject ("how do I get into that" after the imaging technician), and the pack's answer is
 * the career's.
 */
export function asksOfTheCareer(index: MatchIndex, id: string): boolean {
  const entry = index.byId.get(id);
  if (entry === undefined || facetOf(index, entry).length === 0) return false;
  return subjectOf(index, id).length === 0;
}

/**
 * Ways of asking how to obtain the thing just answered: apply, sign up or register for it, take or sit it, book it
 * ("how do I sign up for that one", "how to sign up to take it", "where do I register?"); not "get into that", which enters
 * a line of work.
 */
const OBTAINING =
  /\b(?:apply|applying|sign(?:ing)? up|register|registering|book|booking|schedule|scheduling|sit|sitting|take|taking)\b(?:\s+(?:for|to take|to sit|to do))?\s*(?:it|that|this|that one|this one|one|the (?:exam|test))?\s*[?!.…]*\s*$/i;

/**
 * Whether a follow-up asks how to obtain the one particular thing just answered ("ok how do I sign up for that one" after what
 * the ASCP certification is): that answer says what it takes, where an entry on the general question (whether one needs
 * a certification) or on enrolling somewhere would otherwise be found. Only a thing, not a line of work (after what a
 * phlebotomist does, how to get in is the career's own question), and a follow-up naming no other particular subject.
 */
export function obtainsTheSubject(
  index: MatchIndex,
  previous: IndexedEntry,
  text: string,
  terms: readonly string[],
): boolean {
  if (!OBTAINING.test(text.replace(/\b(?:like|just|even|actually)\s+/gi, ""))) return false;
  const own = subjectOf(index, previous.entry.id);
  if (own.length === 0 || (asksOf(previous.entry.question) & ASKS_THE_DOING) !== 0) return false;
  const { particular } = subjectsOf(index);
  return !terms.some((t) => particular.has(t) && !own.includes(t));
}

/** The term the pack reads every way into a line of work as: "become", "get into", "start out", "get started". */
const becomingTerm = (index: MatchIndex) => index.normalizer.terms("become")[0];

/** The follow-up asks a way: "how would I…", "how do I…". */
const ASKS_A_WAY = kindBits("how");

/**
 * The entry a follow-up means when it asks how to become what the answer just given was about, the career at large
 * ("how could I become one at fifty" after what a technician does, "how does someone start out in this at 40" after
 * the pay): the pack's question of the way in and nothing else (how do I become a technician), not an entry beside the
 * answer that the person's own circumstances lean to ("at my age" asks no question of fit). Only after an answer that
 * asks no way itself (after how to advance, "how would I become one" is about that way) and of no particular subject
 * (after a specialty, its own entry), and for a follow-up naming nothing but the becoming and everyday words no entry
 * is asked with.
 */
export function becomingAsked(
  index: MatchIndex,
  previous: IndexedEntry,
  text: string,
  terms: readonly string[],
): string | undefined {
  const become = becomingTerm(index);
  if (become === undefined || !terms.includes(become) || (asksOf(text) & ASKS_A_WAY) === 0) return undefined;
  if (subjectOf(index, previous.entry.id).length > 0 || (asksOf(previous.entry.question) & ASKS_A_WAY) !== 0)
    return undefined;
  // Everyday words of the person's circumstances ("at my age", "with kids") ask nothing; a word some entry is asked
  // with ("without a degree") asks that entry's question.
  const asked = (t: string) =>
    !isEverydayTerm(index, t) || index.entries.some((e) => facetOf(index, e).includes(t));
  if (terms.some((t) => t !== become && index.weights.has(t) && asked(t))) return undefined;
  const way = index.entries.find((e) => {
    const facet = facetOf(index, e);
    return facet.length === 1 && facet[0] === become && subjectOf(index, e.entry.id).length === 0;
  });
  return way === undefined || way === previous ? undefined : way.entry.id;
}

/**
 * The entry asking of the career at large that a follow-up asks of an item it picks out ("the blood drawing one, does
 * it pay well?" after the specialties; "any openings for the technician one?" after the two roles): its words besides
 * the item's, beyond everyday ones, find that entry first and name it by a word of its question or keywords, and the
 * item's own entry is not asked with them all. The pack answers that question for the career as a whole.
 */
export function careerAskedOfAnItem(
  index: MatchIndex,
  previous: IndexedEntry,
  text: string,
  terms: readonly string[],
): string | undefined {
  const item = pickedItem(text);
  if (item.length === 0 || asksForAnother(text)) return undefined;
  // The item is a line of work: the career itself ("the technician one") or a subject whose entry asks what it does
  // ("the tissue one"); not a credential, a route or an option ("the short one").
  const itemTerms = new Set(index.normalizer.terms(item.join(" ")));
  const [itsOwn] = rank(index, [...itemTerms]);
  const { all, particular } = subjectsOf(index);
  const career = itemTerms.size > 0 && [...itemTerms].every((t) => all.has(t) && !particular.has(t));
  const doing =
    itsOwn !== undefined &&
    subjectOf(index, itsOwn.entry.id).length > 0 &&
    (asksOf(itsOwn.entry.question) & ASKS_THE_DOING) !== 0;
  if (!career && !doing) return undefined;
  const rest = [
    ...new Set(terms.filter((t) => index.weights.has(t) && !itemTerms.has(t) && !isEverydayTerm(index, t))),
  ];
  if (rest.length === 0) return undefined;
  const [top] = rank(index, rest);
  if (top === undefined || top.entry.id === previous.entry.id || !asksOfTheCareer(index, top.entry.id))
    return undefined;
  const names = namedBy(index, index.byId.get(top.entry.id)!);
  if (!rest.some((t) => names.has(t))) return undefined;
  const itemEntry = itsOwn === undefined ? undefined : index.byId.get(itsOwn.entry.id);
  return itemEntry !== undefined && rest.every((t) => itemEntry.bag.has(t)) ? undefined : top.entry.id;
}

/**
 * Words of what it takes to get into a line of work: schooling, training, a course, a certificate, a degree, becoming
 * one or getting into it ("do you need extra schooling for that one", "is there a separate certificate for it").
 */
const WAY_IN =
  /\b(?:school|schooling|train|training|trained|course|courses|coursework|class|classes|certificate|certificates|certification|certifications|certified|cert|certs|degree|degrees|diploma|program|programs|qualify|qualified|qualification|qualifications|study|studies|studying|become|becoming|get (?:into|in to|started in)|break into)\b/i;

/** Where to go, or what it costs, is the career's own question of the way in ("where do I study for it"). */
const ASKS_WHERE_OR_PRICE = kindBits("where", "how-much");

/** Whether an entry is about one particular line of work, asking what it does (what a histotechnician does). */
function isALineOfWork(index: MatchIndex, id: string | undefined): id is string {
  if (id === undefined) return false;
  const entry = index.byId.get(id);
  return (
    entry !== undefined &&
    subjectOf(index, id).length > 0 &&
    (asksOf(entry.entry.question) & ASKS_THE_DOING) !== 0
  );
}

/**
 * The line of work a follow-up asks the way into ("is there a credential of its own for that" after what a
 * histotechnician does, "the tissue one — what training does it take" after the specialties): the one just answered that it
 * points at, or the one it picks out of the answer. The pack tells no specialty's own training, and its entries on the
 * way in are the career's, so the line of work's own entry is the nearest answer. Not where to study or what it costs
 * (the career's question of the way in), nor when another particular subject is named or another asked for.
 */
export function wayIntoTheSubject(
  index: MatchIndex,
  previous: IndexedEntry,
  text: string,
  terms: readonly string[],
  entryOf: (said: string) => string | undefined,
): string | undefined {
  if (!WAY_IN.test(text) || (asksOf(text) & ASKS_WHERE_OR_PRICE) !== 0 || asksForAnother(text))
    return undefined;
  const item = pickedItem(text);
  const picked = item.length > 0 ? entryOf(item.join(" ")) : undefined;
  const subject = isALineOfWork(index, picked)
    ? picked
    : isALineOfWork(index, previous.entry.id) && pointsAtTheAnswer(text)
      ? previous.entry.id
      : undefined;
  if (subject === undefined) return undefined;
  const { particular } = subjectsOf(index);
  const own = new Set(subjectOf(index, subject));
  return terms.some((t) => particular.has(t) && !own.has(t)) ? undefined : subject;
}

/**
 * Asking whether the writer could do the work just described: "reckon I could manage that?", "think someone
 * like me could handle that", "I could see myself doing that, right?"; not "can I do it online", a way of doing it.
 */
const COULD_I_DO_IT =
  /\b(?:something|a (?:job|thing|career)|the (?:kind|sort) of (?:thing|job|work))\s+(?:i\s+(?:could|can|would|might)|i'?d)\b|\b(?:i|someone like me)\s+(?:could|would)\s+(?:handle|manage|hack|cope with)\s+(?:it|that|this)\b|\bsee myself doing\b/i;

/** The kinds of question that ask the way or the particulars, not whether it suits the writer ("how could I do that"). */
const ASKS_OTHERWISE = kindBits("how", "where", "when", "how-long", "how-much", "who", "why");

/** Where the question of fit stands among the frames (`FRAMES`). */
const FITTING = FRAMES.indexOf("fitting");

/**
 * The entry a follow-up means when it asks whether the writer could do the work the answer just described, the
 * career at large ("seems like work I could handle, yes or no" after the duties): the entry whose phrasings lead the
 * question of fit. Not after an answer about a particular line of work (its own entry is the answer), nor when it asks
 * a way or names something of the pack beyond everyday words ("could I do that without a degree").
 */
export function fitAskedOfTheWork(
  index: MatchIndex,
  previous: IndexedEntry,
  text: string,
  terms: readonly string[],
): string | undefined {
  if (!COULD_I_DO_IT.test(text) || (asksOf(text) & ASKS_OTHERWISE) !== 0) return undefined;
  if (subjectOf(index, previous.entry.id).length > 0) return undefined;
  if (terms.some((t) => index.weights.has(t) && !isEverydayTerm(index, t))) return undefined;
  const fit = index.entries.find((e) => e.frames[FITTING] === 1);
  return fit === undefined || fit === previous ? undefined : fit.entry.id;
}
