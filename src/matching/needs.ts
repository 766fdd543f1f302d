// A bare thing with a word of requirement ("degree required?", "cert mandatory?", "college a must?") asks whether the
// writer needs it: read as "do I need …".
import type { MatchIndex } from "./index.ts";
import type { MatchResult } from "./result.ts";

/** Words that say a thing is required, after it: "degree required", "certification a must", "exam needed or not". */
const REQUIRED =
  "(?:required|reqd|req|needed|necessary|mandatory|compulsory|obligatory|essential|a must|must|a requirement|a prerequisite|optional)(?: or (?:not|nah|optional|required))?";

/** Words that make the few words before them a clause or a question rather than a thing. */
const NOT_A_THING = new Set(
  `what whats how hows why when where who which is are was were be do does did can could should would will shall may
might i im me my you your u ur we our they their them he she it its this that these those there here and or but not
no yes`.split(/\s+/),
);

/** The thing, one to three words, and what follows the word of requirement ("for this", "to start"). */
const THING_REQUIRED = new RegExp(
  String.raw`^((?:(?:a|an|the)\s+)?[\p{L}\d'-]+(?:\s+[\p{L}\d'-]+){0,2}?)\s+(?:is\s+|a\s+)?${REQUIRED}((?:\s+(?:for|to)\s+[\p{L}\d' -]{1,30})?)$`,
  "u",
);

/**
 * The question a bare thing with a word of requirement asks, as "do I need …" ("degree required?" → "do I need degree?",
 * "cert mandatory for this job?" → "do I need cert for this job?"); undefined for anything else ("what is required?",
 * "is a degree required?").
 */
export function whetherNeeded(text: string): string | undefined {
  const found = thingRequired(text);
  return found && `do I need ${found.thing}${found.rest}?`;
}

/** The thing a bare thing with a word of requirement names ("degree" of "degree required?"). */
export function thingNeeded(text: string): string | undefined {
  return thingRequired(text)?.thing;
}

function thingRequired(text: string): { thing: string; rest: string } | undefined {
  const plain = text
    .trim()
    .toLowerCase()
    .replace(/(?:[\s?!.\p{Extended_Pictographic}]|\ufe0f)+$/u, "");
  const found = THING_REQUIRED.exec(plain);
  if (found === null) return undefined;
  if (found[1]!.split(/\s+/).some((w) => NOT_A_THING.has(w.replace(/'/g, "")))) return undefined;
  return { thing: found[1]!.replace(/^(?:a|an|the)\s+/, ""), rest: found[2] ?? "" };
}

/**
 * "degree required?", "cert mandatory?": a bare thing with a word of requirement asks whether the writer needs it, so
 * it is read as "do I need degree?" ("degree required" alone reads the associate's degree's "is an associate degree
 * required"; needing a degree at all is the entry on working without one), when no rule refuses the words alone and
 * the question's answer is an entry asked about that thing. `matchMessage` reads a text as a message on its own.
 */
export function asNeedQuestion(
  index: MatchIndex,
  text: string,
  matchMessage: (text: string) => MatchResult,
): string {
  const question = whetherNeeded(text);
  if (question === undefined) return text;
  const read = matchMessage(text);
  // Refused by a rule ("nursing degree required?" is another field's), it stays refused.
  if (
    read.kind === "none"
      ? read.reason !== "no-match" || read.ruled === true
      : read.kind !== "answer" && read.kind !== "ambiguous"
  )
    return text;
  const asked = matchMessage(question);
  if (asked.kind !== "answer" || asked.also !== undefined) return text;
  // The thing is one the entry is asked about: "do I need experience" finding the pay (which rises with it) is no
  // reading of "experience required?".
  const bag = index.byId.get(asked.entry.id)?.bag;
  const thing = index.normalizer.terms(thingNeeded(text) ?? "");
  return bag !== undefined && thing.length > 0 && thing.every((t) => bag.has(t)) ? question : text;
}
