// Whether the other careers a message names are parties to the work it asks about, not the careers it asks about.
// General English, true of any pack: "if a doctor sends down blood, what is it checked for" and "how does the doctor
// get the numbers" ask about the work done on what the doctor sends or gets; "how much do nurses make" asks about
// nurses.
import { stem } from "./text.ts";

/** What another career does with the work's things when it is a party to the work: asks for it, hands it, gets it. */
const HANDS = new Set([
  "order",
  "orders",
  "ordered",
  "ordering",
  "send",
  "sends",
  "sent",
  "sending",
  "request",
  "requests",
  "requested",
  // Sending said as it is said on a ward: "fires a tube down the chute", "pops it in the pneumatic", "ships it off".
  "fire",
  "fires",
  "fired",
  "shoot",
  "shoots",
  "shot",
  "pop",
  "pops",
  "popped",
  "chuck",
  "chucks",
  "chucked",
  "ship",
  "ships",
  "shipped",
  "drop",
  "drops",
  "dropped",
  "want",
  "wants",
  "wanted",
  "read",
  "reads",
]);

/** Taking the work's things from a patient, or filling them: "the nurse takes my blood and then it goes where", "after the nurse fills the vials". */
const TAKES = new Set([
  "take",
  "takes",
  "took",
  "draw",
  "draws",
  "drew",
  "collect",
  "collects",
  "collected",
  "fill",
  "fills",
  "filled",
]);

/**
 * Getting the work's things, or word of them: "how the doctor gets the numbers", "how does the doctor find out the
 * results", "when does the physician hear the findings" ask how they reach the doctor, whoever asks.
 */
const GETS = new Set([
  "get",
  "gets",
  "got",
  "getting",
  "receive",
  "receives",
  "received",
  "see",
  "sees",
  "saw",
  "find",
  "finds",
  "found",
  "learn",
  "learns",
  "learned",
  "hear",
  "hears",
  "heard",
]);

/**
 * Words that hand the work's things, or word of them, to another career: "back to the doctor", "for the nurse", "gives
 * the doctor", "do they phone the doctor with the numbers".
 */
const TOWARDS = new Set([
  "to",
  "for",
  "call",
  "calls",
  "phone",
  "phones",
  "ring",
  "rings",
  "notify",
  "notifies",
  "inform",
  "informs",
  "give",
  "gives",
  "gave",
  "send",
  "sends",
  "sent",
  "tell",
  "tells",
  "show",
  "shows",
]);

/** Words between a verb and the career it hands to, or a career and its verb ("the doctor then gets…", "actually gets"). */
const FILLERS = new Set([
  "the",
  "a",
  "an",
  "my",
  "your",
  "his",
  "her",
  "their",
  "our",
  "then",
  "just",
  "usually",
  "also",
  "finally",
  "actually",
  "eventually",
  "normally",
  "typically",
  "really",
]);

/**
 * What one career hands another in the course of a lab's work, as stems: the work's things ("the numbers", "a tube of
 * blood", "my results"). General English of any clinic, not this pack's wording.
 */
const THINGS = new Set(
  [
    "result",
    "sample",
    "specimen",
    "test",
    "tube",
    "vial",
    "blood",
    "bloodwork",
    "urine",
    "pee",
    "stool",
    "swab",
    "culture",
    "panel",
    "report",
    "number",
    "value",
    "slide",
    "tissue",
    "biopsy",
    "labs",
    "finding",
  ].map(stem),
);

/** Whether a word names one of the work's things. */
export function isWorkThing(word: string): boolean {
  return THINGS.has(stem(word));
}

/** Words after a verb of getting that make it learning a skill ("learn to", "find how"), not getting a thing. */
const SKILL_AFTER = new Set(["to", "how"]);

/** The particles of a verb of getting word of a thing: "find out", "hear about", "learn of". */
const PARTICLES = new Set(["out", "about", "of"]);

/** Pronouns after the verb that point back at what the message named before ("gets them", "sends it"). */
const BACK = new Set(["it", "them", "those", "these"]);

/** The auxiliaries that open a question about what the career does ("does the doctor order…", "can nurses draw…"). */
const AUXILIARIES = new Set(["do", "does", "did", "can", "could", "will", "would", "should", "must"]);

/** How far from the career the work's thing may stand ("the sample the nurse sends in", "sends down blood and urine"). */
const REACH = 4;

/**
 * Whether every word naming another career (`isOther`) stands as a party to the work: it asks for, sends, reads or
 * gets one of the work's things (`isThing`) near it, or those things go to it. "how do doctors read results" asks the
 * doctor's way of doing their own work, so asking what the career does is not being a party; asking how it gets
 * the things is ("how the doctor get the numbers").
 */
export function othersAsParties(
  words: readonly string[],
  isOther: (word: string) => boolean,
  isThing: (word: string) => boolean,
): boolean {
  const at = words.flatMap((w, i) => (isOther(w) ? [i] : []));
  return at.length > 0 && at.every((i) => isParty(words, i, isThing));
}

function isParty(words: readonly string[], i: number, isThing: (word: string) => boolean): boolean {
  const near = (from: number, to: number) => words.slice(Math.max(0, from), to).some(isThing);
  let v = i + 1;
  while (FILLERS.has(words[v] ?? "")) v++;
  const verb = words[v] ?? "";
  const acts = (HANDS.has(verb) || TAKES.has(verb)) && !asksWhatItDoes(words, i);
  // "how do nurses learn to draw blood", "can doctors find how to…": a skill got, not the work's things.
  const gets = GETS.has(verb) && !SKILL_AFTER.has(words[v + 1] ?? "");
  const object = PARTICLES.has(words[v + 1] ?? "") ? v + 2 : v + 1;
  // "once the results are done, how does the nurse get them": the pronoun stands for a thing named before.
  if (BACK.has(words[object] ?? "") && near(0, i)) return gets || acts;
  // "once the swab is run, how does the physician hear (what grew)?": getting word of what the scene named.
  if (gets && (object > v + 1 || words[object] === "what") && near(0, i)) return true;
  if (gets || acts) return near(i - REACH, i) || near(v + 1, v + 1 + REACH);
  const b = before(words, i);
  // "what do you call a nurse who draws blood": calling as naming the career asked about, not phoning it.
  if (b >= 0 && namesIt(words, b)) return false;
  // "if the culture grows something, how does it go to the doctor": "it" stands for a thing named before.
  const handedBack = () => words.slice(Math.max(0, b - REACH), b).some((w) => BACK.has(w)) && near(0, b);
  if (b >= 0 && TOWARDS.has(words[b]!))
    return near(b - REACH, b) || near(i + 1, i + 1 + REACH) || handedBack();
  return false;
}

/** Where the word before the career stands, past fillers ("to the doctor", "does the physician"); -1 when none is. */
/** "what do you call", "what would they call": the verb at `b` names what follows rather than phoning it. */
function namesIt(words: readonly string[], b: number): boolean {
  return (
    /^call(?:s|ed)?$/.test(words[b]!) &&
    /\bwhat (?:do|does|did|would|'?d) (?:you|u|they|people|we|one|i) $/.test(
      `${words.slice(Math.max(0, b - 3), b).join(" ")} `,
    )
  );
}

function before(words: readonly string[], i: number): number {
  let b = i - 1;
  while (b >= 0 && FILLERS.has(words[b]!)) b--;
  return b;
}

/**
 * "how do doctors read the results", "why does the physician order so many tests", "do nurses draw blood": a question
 * asking what the career itself does, or how, is about that career.
 */
function asksWhatItDoes(words: readonly string[], i: number): boolean {
  const b = before(words, i);
  return b >= 0 && AUXILIARIES.has(words[b]!);
}
