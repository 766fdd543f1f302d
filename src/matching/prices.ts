// Which way the money goes: a price is paid by the one asking ("what does the college charge", "how much is the
// exam"), earnings are paid to the worker ("what do they make"). A question about a price is answered only by an entry
// that speaks of prices.
import { paidFor } from "./cost.ts";
import type { MatchIndex } from "./index.ts";
import type { Candidate } from "./rank.ts";
import { FUNCTION_WORDS } from "./text.ts";

/** Words that name a price or its size, whatever surrounds them. */
const PRICE_WORDS = new Set(
  `cost costs costing costly price prices priced pricey pricy pricing overpriced fee fees tuition expense expenses
  expensive inexpensive cheap cheaper cheapest affordable afford afforded`.split(/\s+/),
);

/** The verb of asking a price: "what do they charge", "any charges for…"; not "in charge of", "charge nurse". */
const CHARGING = new Set(["charge", "charges", "charged", "charging"]);

/** Verbs that take the asker and a price: "it'll set me back", "what will it run me", "what does it cost me". */
const PRICE_TO_ME = new Map([
  ["set", "back"],
  ["run", ""],
  ["runs", ""],
]);
const ME = new Set(["me", "you", "us", "ya"]);

/** Verbs of parting with money with their particle: "shell out", "fork over", "save up for". */
const PARTING = new Map([
  ["shell", ["out"]],
  ["fork", ["out", "over"]],
  ["save", ["up"]],
  ["spend", ["on"]],
]);

/** Words of money paid to the worker: with one of them, a question is about earnings. */
const EARNINGS = new Set(
  `earn earns earned earning earnings make makes making paid salary salaries wage wages income incomes paycheck
  paychecks payroll raise raises`.split(/\s+/),
);

/** Forms of "be" after "how much": "how much is the exam", "how much would the course be". */
const BE = new Set(["is", "are", "was", "were", "be", "s"]);

/** A form of paying that opens the thing after "how much is": the work paying, not a price ("how much is paying"). */
const PAYING = new Set(["paying", "pays", "pay"]);

/** A word naming a person by its ending ("technician", "phlebotomist") or a worker's clipped title ("tech"). */
const PERSON = /(?:ist|ian|tech|techs|ists|ians)$/;

const DETERMINERS = new Set("a an the this that these those my your their our his her its one".split(" "));

/** "how much is the ascp exam", "how much would the certificate be": the thing priced, when one follows. */
function pricedThing(ws: readonly string[]): string[] | undefined {
  for (let i = 0; i + 2 < ws.length; i++) {
    // "by how much is the number going up" asks a size of change, not a price.
    if (ws[i] !== "how" || ws[i + 1] !== "much" || ws[i - 1] === "by") continue;
    let j = i + 2;
    const be = BE.has(ws[j]!);
    // "how much would the course be": the form of "be" closes the thing.
    const modal = !be && (ws[j] === "would" || ws[j] === "will" || ws[j] === "does");
    if (!be && !modal) continue;
    j++;
    while (j < ws.length && DETERMINERS.has(ws[j]!)) j++;
    const thing: string[] = [];
    while (j < ws.length && !FUNCTION_WORDS.has(ws[j]!) && thing.length < 4) thing.push(ws[j++]!);
    if (thing.length === 0) continue;
    // "how much is paying the lab work here" (a second language's "cuánto paga"): what the work pays.
    if (PAYING.has(thing[0]!)) continue;
    if (modal && ws[j] !== "be") continue;
    return thing;
  }
  return undefined;
}

/** What is paid when a sum is named: "do I have to pay anything for…", "pay extra for…" ask a price even after need. */
const SUMS = new Set(["anything", "something", "extra", "money", "much"]);

function paysSomethingFor(ws: readonly string[]): boolean {
  return ws.some(
    (w, i) => (w === "pay" || w === "paying") && SUMS.has(ws[i + 1] ?? "") && ws[i + 2] === "for",
  );
}

/**
 * Whether a question asks what something costs the one asking: a word of price ("fee", "tuition", "pricey"), a verb
 * of charging or parting with money ("what does the college charge", "set me back", "shell out"), paying for a thing
 * ("how do I pay for school"), or "how much is" a thing that is no person ("how much is the exam") — and no word of
 * what the work pays ("how much do they make", "are they paid more than the fees") turns it to earnings.
 */
export function asksAPrice(ws: readonly string[]): boolean {
  if (ws.some((w) => EARNINGS.has(w))) return false;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (PRICE_WORDS.has(w)) return true;
    if (CHARGING.has(w) && ws[i - 1] !== "in" && ws[i + 1] !== "of" && ws[i + 1] !== "nurse") return true;
    const particle = PRICE_TO_ME.get(w);
    if (particle !== undefined && ME.has(ws[i + 1] ?? "") && (particle === "" || ws[i + 2] === particle))
      return true;
    if (PARTING.get(w)?.includes(ws[i + 1] ?? "")) return true;
  }
  // "how much do hospitals pay for a lab tech": paying for a person is what the work pays.
  const paid = paidFor(ws);
  if ((paid !== undefined && !PERSON.test(paid.at(-1)!)) || paysSomethingFor(ws)) return true;
  const thing = pricedThing(ws);
  return thing !== undefined && !PERSON.test(thing.at(-1)!);
}

/** The words whose terms show that a text speaks of prices (an entry's phrasings or answer). */
export const PRICE_TEXT = [...PRICE_WORDS, "charge", "charges"].join(" ");

/** The terms of the words of price, less any a word of earnings shares (a pack may read "fee" as its pay). */
const priceTermsOf = new WeakMap<MatchIndex, readonly string[]>();

function priceTerms(index: MatchIndex): readonly string[] {
  let terms = priceTermsOf.get(index);
  if (terms === undefined) {
    const earnings = new Set(index.normalizer.queryTerms([...EARNINGS, "pay"].join(" ")));
    terms = [...new Set(index.normalizer.queryTerms(PRICE_TEXT))].filter((t) => !earnings.has(t));
    priceTermsOf.set(index, terms);
  }
  return terms;
}

/**
 * Whether a question asks a price (`asksAPrice`) that none of the entries it would get speaks of, in its phrasings or
 * its answer: a guide that gives earnings is no price list.
 */
export function asksAnUnlistedPrice(
  index: MatchIndex,
  ws: readonly string[],
  candidates: readonly Candidate[],
): boolean {
  if (!asksAPrice(ws)) return false;
  const price = priceTerms(index);
  return !candidates.some((c) => {
    const entry = index.byId.get(c.entry.id)!;
    return price.some((t) => entry.bag.has(t) || entry.answer.has(t));
  });
}
