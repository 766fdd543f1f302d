// Reactions to an answer that ask nothing ("wow that pays well", "ok the lab sounds cool", "huh, didn't know that"):
// an interjection or acknowledgement, then a comment on what was said, whatever pack words the comment holds.

/** Words that open a reaction besides the acknowledgements the small-talk intents list ("wow", "damn", "huh"). */
const INTERJECTIONS = new Set(
  `wow woah whoa damn dang dayum huh oh ooh ohh oooh ah ahh aha omg geez jeez yikes gosh lol lmao haha hah hmm welp
nice cool sweet neat interesting wild dope ok okay k kk alright great awesome`.split(/\s+/),
);

/** Saying one has just learnt something: "didn't know", "had no idea", "good to know", "TIL". */
const LEARNT =
  /\b(?:(?:i )?did ?n[o']?t know|(?:i )?didnt know|(?:i )?had no idea|(?:i )?never knew|(?:i )?did ?n[o']?t (?:realize|realise|notice|think)|(?:i )?didnt (?:realize|realise|notice|think)|good to know|nice to know|til|today i learned|who knew|makes sense|never thought of that)\b/;

/** A comment on what was said: how it sounds or looks, what it pays, or "that's…", "it's…", "this is…". */
const COMMENT =
  /\b(?:sounds?|seems?|looks?|feels?) \w|\bpays\b|\bpay (?:well|good|decent|great|ok|okay|a lot|more|less)\b|^(?:that|this|it|those|these)(?:'s|s| is| was| are| were|'re)\b/;

/**
 * What turns a comment into a question or a concern of the writer's own: the writer ("I", "my": "ok that means I need a
 * degree"), wanting or doubting, a condition or an alternative, a contrast ("but the pay is low"), modals, and a
 * question word the sentence did not open with ("10-4 whats the pay look like").
 */
const ASKS_AFTER_ALL =
  /\b(?:i|i'm|im|i'd|id|i've|ive|i'll|me|my|myself|we|us|our|want|wanna|need|needs|not sure|unsure|idk|wonder|wondering|should|could|would|can|cant|can't|will|might|if|whether|or|but|though|tho|means?|mean|confused|understand|explain|tell|what|whats|how|hows|why|where|wheres|when|which|who|whos|whose|any)\b/;

/** "than I thought it would", "than I expected": what the writer expected, beside what was said. */
const EXPECTED =
  /\bthan (?:i|id|i'd) (?:thought|expected|imagined|figured|assumed|guessed|would have thought)(?: it (?:would|was|would be))?\b/;

/** Words that point back at what was said: "that sounds hard". */
const POINTERS = new Set(["that", "this", "it", "those", "these"]);

/** A comment on what was said that opens a message: "that sounds hard", "this looks fun". */
const APPRAISAL_FIRST = /^(?:that|this|it|those|these) (?:sounds?|seems?|looks?|feels?) \w/;

/** "ok so the certificate is enough": "so" before a statement draws a conclusion to be confirmed. */
const CONCLUDES =
  /^so (?!(?:cool|nice|good|much|interesting|helpful|useful|true|fun|wild|crazy|neat|great)\b)/;

/**
 * Whether a text that asks nothing reacts to what was said: it opens with an interjection or an acknowledgement
 * (`opensWithAck`: a phrasing of the acknowledgement or thanks intents opens it, "ok", "good to know") and goes on
 * with a comment on what was said, or says it has learnt something; a comment about the writer, a doubt, a contrast or
 * a conclusion to confirm keeps it a question ("I'm not sure the lab is for me", "ok but the pay is low").
 */
export function reactsToTheAnswer(text: string, opensWithAck: boolean): boolean {
  // Most messages open with neither: they are not read further.
  const opener = /^[^\p{L}]*([\p{L}]+)/u.exec(text)?.[1]?.toLowerCase();
  if (opener === undefined || !(opensWithAck || INTERJECTIONS.has(opener) || POINTERS.has(opener)))
    return false;
  let plain = text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  const [first] = plain.split(" ");
  if (first === undefined) return false;
  // "that sounds hard", "this looks fun": a comment on what was said may open the reaction itself.
  if (APPRAISAL_FIRST.test(plain)) return !ASKS_AFTER_ALL.test(plain) && !LEARNT.test(plain);
  if (!(opensWithAck || INTERJECTIONS.has(first))) return false;
  // "pays more than I thought it would": the writer's expectation, measured against what was said, is the reaction.
  plain = plain.replace(EXPECTED, "");
  const learnt = LEARNT.exec(plain);
  const rest = (learnt ? plain.slice(0, learnt.index) + plain.slice(learnt.index + learnt[0].length) : plain)
    .split(" ")
    .slice(learnt?.index === 0 ? 0 : 1)
    .join(" ")
    .trim();
  if (ASKS_AFTER_ALL.test(rest) || CONCLUDES.test(rest)) return false;
  if (learnt) return true;
  // Words of degree and interjections may come between the opening and the comment: "ok wow that pays well".
  const comment = rest.replace(/^(?:(?:wow|oh|so|ok|okay|damn|huh|ah|omg|nice|cool)\s+)+/, "");
  return COMMENT.test(comment);
}
