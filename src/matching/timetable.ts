// The work's timetable asked for: which shifts, the shift schedule, working nights or on a holiday. A guide to a career
// says what the work is, not its rota; "what's a normal shift like" or "on a shift" is the day's work, still the pack's.
import { isAsking, questionsIn, sentences } from "./clauses.ts";
import { words } from "./text.ts";

const SHIFT = /^shifts?$/;

/** Words that ask which shift or whether there is one: "what shifts", "which shift", "any shift diff". */
const WHICH = new Set(["what", "which", "any", "wat", "wht"]);
/** Words of a rota a shift names: "shift timings", "shift schedule", "shift diff", "shift rotation". */
const ROTA =
  /^(?:timings?|times?|schedules?|scheduling|patterns?|diff|differentials?|rotations?|rotas?|allowance)$/;
/** Words a shift may be named with between them and it: "what night shifts", "any 12 hour shifts". */
const NAMING =
  /^(?:the|\d+\p{L}*|hours?|hrs?|long|short|night|day|evening|morning|overnight|graveyard|early|late|split|rotating|weekend)$/u;

/**
 * Whether the shift at `i` is asked for: asked which ("what shifts do they get", "any night shifts?") or named with a
 * word of the rota ("shift timings?", "shift diff", "the shift schedule"); "overnight shifts?" alone asks what the
 * work is like as much as when it falls, and is left to the pack's words. A shift as the
 * time something happens ("what do they do on a shift", "what tasks fill a shift") or compared ("what are the shifts
 * like") is the day's work.
 */
function shiftAsked(ws: readonly string[], i: number): boolean {
  if (ws.includes("like")) return false;
  if (ROTA.test(ws[i + 1] ?? "")) return true;
  let k = i - 1;
  while (k >= 0 && NAMING.test(ws[k]!)) k--;
  return k >= 0 && WHICH.has(ws[k]!);
}

/** Times of the day, week or year one may be set to work: "work nights", "working on the Sabbath", "work Christmas". */
const WORK_TIMES = new Set(
  `nights overnight overnights evenings mornings afternoons weekends weekdays holidays christmas thanksgiving easter
  sabbath saturdays sundays graveyard`.split(/\s+/),
);
const WORKING = /^(?:work|works|working)$/;
/** What may stand between working and its time: "work on the Sabbath", "work most weekends". */
const TO_THE_TIME = new Set(["on", "the", "at", "most", "some", "all", "any", "during", "over", "through"]);
/** The writer telling their own hours ("I work nights at a warehouse"), not asking the job's. */
const TELLER = new Set([
  "who",
  "that",
  "i",
  "we",
  "im",
  "ive",
  "i've",
  "i'm",
  "currently",
  "already",
  "still",
  "now",
]);

/** Words that ask of a verb after them: "do lab techs work nights", "have to work", "would I be working". */
const ASKING_OF = new Set(
  "do does did would will can could should must might may to be are is got have has make makes let".split(
    " ",
  ),
);

/**
 * "do lab techs work nights", "would I be working mornings", "have to work on the Sabbath": when the work falls,
 * asked of a verb of working an auxiliary or "to" stands before; not "I work nights", "my wife works nights", "those
 * who work nights".
 */
function workTimeAsked(ws: readonly string[], i: number): boolean {
  if (TELLER.has(ws[i - 1] ?? "") || !ws.slice(Math.max(0, i - 4), i).some((w) => ASKING_OF.has(w)))
    return false;
  for (let k = i + 1; k < Math.min(ws.length, i + 4); k++) {
    if (WORK_TIMES.has(ws[k]!)) return true;
    if (!TO_THE_TIME.has(ws[k]!)) return false;
  }
  return false;
}

/** The most words of a message asking the timetable without a mark of asking: "shift timings", "weekend shifts". */
const FEW_WORDS = 6;

/** Whether one asking sentence's words ask the timetable. */
function asksItIn(ws: readonly string[]): boolean {
  return ws.some((w, i) => (SHIFT.test(w) && shiftAsked(ws, i)) || (WORKING.test(w) && workTimeAsked(ws, i)));
}

/**
 * Whether a message asks for the work's timetable alone: every question of the sentences that ask (a few words when
 * none does) asks a shift or a time of day, week or year after a verb of working ("do they work weekends and what do
 * they do all day" asks the day's work too).
 */
export function asksTheTimetable(text: string): boolean {
  const asking = sentences(text).filter(isAsking).flatMap(questionsIn);
  if (asking.length > 0) return asking.every((s) => asksItIn(words(s)));
  // A message that asks nowhere asks only when it is a few words ("shift timings"), not a story told.
  const ws = words(text);
  return ws.length <= FEW_WORDS && asksItIn(ws);
}
