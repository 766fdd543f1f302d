// A question about a device named by what it does or looks like, not by its name ("the gadget that whirls the tubes
// round", "that beeping thing on the bench", "what do they put the slides under to see them"): it asks about the
// pack's entry of devices, whatever the described thing's other words (the tubes, the blood) find.
import { readFileSync } from "node:fs";
import type { IndexedEntry, MatchIndex } from "./index.ts";
import { keywordLeader } from "./keyword-leader.ts";
import { DEVICES_FILE } from "./tables/generate.ts";

/** Words naming a device, equipment or a tool (`npm run tables`, from WordNet): "machine", "gadget", "needle". */
const DEVICES: ReadonlySet<string> = new Set(readFileSync(DEVICES_FILE, "utf8").split("\n").filter(Boolean));

/** Nouns that name a thing without saying what: "the thing that beeps", "the spinny stuff". */
const ANY_THING = new Set(["thing", "things", "thingy", "thingies", "stuff", "doohickey", "gizmo", "gizmos"]);

/** What opens a description after a thing: "the box that counts", "the gadget you look into", "the thing to…". */
const DESCRIBING = new Set(["that", "which", "you", "u", "they", "we", "used", "where"]);

/** Words pointing at a thing seen: "that spinny thing", "those beeping boxes" (not "a nursing thing", a kind of matter). */
const POINTED = new Set(["the", "that", "those", "this", "these", "them"]);

/** Words before a thing that pick it among others rather than name it: "the last thing you fill in", "the main stuff". */
const PICKING =
  /^(?:\w+est|first|last|next|only|main|same|whole|other|one|every|real|important|biggest|hardest)$/;

/** "what do they load the vials into to whirl them", "what do you peer through": the device asked for by what it is for. */
const ASKED_BY_USE =
  /\bwhat (?:do|does|did|would|will|can|could) (?:they|you|u|techs?|people|we) (?:[\p{L}']+ ){1,4}?(?:in|into|through|under|with)(?: to [\p{L}']+(?: (?:them|it|those|these))?)?(?= ?[,;?.!]| and\b| or\b|$)/iu;

/** Where a description ends: a mark, or a word joining on another clause. */
const CLAUSE_END = /[,;:?.!]|\b(?:and|or|but|so|because|cause|cuz)\b/iu;

/** A question's device described: the text before and after the description, and the describing words. */
export interface DescribedDevice {
  before: string;
  description: string;
  after: string;
  /** What the description says the device works on or is with: "the blood tubes" of "that whirls the blood tubes". */
  objects: string;
}

/** Words opening what a device does: "that", "they", "do you"… */
const OPENING = new Set([...DESCRIBING, "i", "do", "does", "did", "can", "could", "would", "will"]);

/** The describing words after the opening words and the verb they open: "that cuts the grass" → "the grass". */
function objectsOf(describing: string): string {
  const ws = describing.trim().split(/\s+/);
  let k = 0;
  while (k < ws.length && OPENING.has(ws[k]!.toLowerCase())) k++;
  return ws.slice(k + 1).join(" ");
}

/** Where a question names a device by what it does or looks like, if it does. */
export function describedDevice(
  text: string,
  anotherEntrys: (word: string) => boolean = () => false,
): DescribedDevice | undefined {
  const byUse = ASKED_BY_USE.exec(text);
  if (byUse !== null) {
    const description = byUse[0].replace(/^what\s+/i, "");
    return {
      before: `${text.slice(0, byUse.index)}what `,
      description,
      after: text.slice(byUse.index + byUse[0].length),
      objects: objectsOf(description),
    };
  }
  // Most texts name no device nor thing at all: their words are not walked with their places.
  const named = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (!named.some((w) => DEVICES.has(w) || ANY_THING.has(w))) return undefined;
  const tokens = [...text.matchAll(/[\p{L}']+/gu)];
  const ws = tokens.map((t) => t[0].toLowerCase());
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const general = ANY_THING.has(w);
    // "who keeps the records they print": a word another entry of the pack is asked with names that entry's thing.
    if (general ? PICKING.test(ws[i - 1] ?? "") : !DEVICES.has(w) || anotherEntrys(w)) continue;
    // "that spinny thing", "the beeping machines": a thing named by how it moves or sounds.
    const before = ws[i - 1] ?? "";
    const moving =
      general && /(?:[^aeiou]y|ing)$/.test(before) && before.length > 4 && POINTED.has(ws[i - 2] ?? "");
    // The description follows the thing in the same clause: "bones, they are…" describes nothing.
    const next = tokens[i + 1];
    const joined = next !== undefined && /^\s+$/.test(text.slice(tokens[i]!.index + w.length, next.index));
    if (!moving && !(joined && DESCRIBING.has(ws[i + 1]!) && i + 2 < ws.length)) continue;
    const from = tokens[moving ? i - 1 : i]!.index;
    const head = tokens[i]!.index + w.length;
    const rest = text.slice(head);
    const stop = CLAUSE_END.exec(rest);
    const to = head + (stop === null ? rest.length : stop.index);
    return {
      before: text.slice(0, from),
      description: text.slice(from, to),
      after: text.slice(to),
      objects: objectsOf(text.slice(head, to)),
    };
  }
  return undefined;
}

const devicesLeader = keywordLeader(DEVICES, 2);

/**
 * The pack's entry of devices, the one whose keywords name the most of them (at least two) if one leads, and the first of
 * its keywords naming one: the pack's own word for a device ("equipment").
 */
export function devicesEntry(index: MatchIndex): { entry: IndexedEntry; word: string } | undefined {
  const entry = devicesLeader(index);
  const word = entry?.entry.keywords.find((k) => DEVICES.has(k.toLowerCase()));
  return entry === undefined || word === undefined ? undefined : { entry, word };
}

const bagTermsOf = new WeakMap<readonly IndexedEntry[], ReadonlySet<string>>();

/**
 * Whether some entry is asked with `term` (its phrasings or keywords): one set per pack, since a scan of every entry for
 * each device word a message names cost a 10,000-entry pack about 9 ms a message.
 */
export function inSomeBag(index: MatchIndex, term: string): boolean {
  let terms = bagTermsOf.get(index.entries);
  if (terms === undefined) {
    terms = new Set(index.entries.flatMap((e) => [...e.bag]));
    bagTermsOf.set(index.entries, terms);
  }
  return terms.has(term);
}
