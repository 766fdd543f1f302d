// Complaints about the bot's replies ("that's not what I asked", "you're not helping", "this thing is useless", "you
// keep saying the same stuff"): said to the bot about the conversation, not asked about the career, by their form.

/** What a complaint is said of: the bot ("you", "this bot", "the app") or what it said ("that", "your answer"). */
const TARGET = `(?:you|u|ya|ur|your|yours|it|that|this|thing|bot|chat|chatbot|chatgpt|app|answer|answers|reply|replies|response|responses)`;

/** Auxiliaries as typed before the "t" of "n't": "didn t", "won t", "ain t" (run together, "didnt", "wont"). */
export const DENIED_AUXILIARIES: ReadonlySet<string> = new Set(
  "didn don doesn can couldn won wouldn isn aren wasn weren ain".split(" "),
);
/** Words that deny on their own: "not", "never", "hardly", "cannot", and the auxiliaries run together with "t". */
export const DENYING_WORDS: ReadonlySet<string> = new Set([
  "not",
  "never",
  "hardly",
  "barely",
  "cannot",
  ...[...DENIED_AUXILIARIES].map((a) => `${a}t`),
]);

/** "not", "didn't", "can't" as the normalizer splits them ("didn t", "don t"), and "did not", "do not", "does not". */
const NOT = `(?:${[
  ...DENYING_WORDS,
  ...[...DENIED_AUXILIARIES].map((a) => `${a} t`),
  "did not",
  "do not",
  "does not",
].join("|")})`;

/** What a reply fails to do, after "not": answer, help, understand, listen, make sense. */
const FAILS = `(?:answer|answered|answering|help|helped|helping|helpful|useful|understand|understood|understanding|get it|get me|get what|getting it|listen|listening|make (?:any )?sense|making (?:any )?sense|makes (?:any )?sense|work|working|relevant)`;

/** What a reply is said to be: no use at all. */
const USELESS = `(?:useless|unhelpful|pointless|stupid|dumb|trash|garbage|rubbish|broken|worthless|terrible|awful|annoying|no help|no use|no good|of no use|of no help|not helpful|not useful|not much help|not much use|not helping|not working|irrelevant|off topic|confusing)`;

/** Words that only soften, sharpen or address, between and around a complaint's parts. */
const FILLER = `(?:any|so|really|kind of|kinda|pretty|totally|completely|absolutely|just|very|quite|too|such|a|an|the|being|even|literally|honestly|still|again|at all|whatsoever)`;

const BE = `(?:is|s|are|re|r|was|were|am|be)`;

/** Sounds and words of displeasure or refusal that may open a verdict: "ugh", "meh", "nope", "bruh", "smh". */
const GRUNT = `(?:ugh|ugh+|argh|meh|hmm+|hm|nope|nah|no|naw|bruh|bro|dude|man|smh|wow|well|sorry|sry|uh|um|erm|welp)`;

/**
 * The forms a complaint takes, over a message's words joined by spaces; each says of the bot or its reply that it
 * missed: failing to answer or help ("you didn't answer my question"), missing what was meant ("that's not what I
 * meant", "I didn't ask that"), being no use ("this bot is kinda useless", "bad bot", "you suck") or saying the same
 * again ("you keep repeating yourself", "same answer again").
 */
const FORMS: readonly RegExp[] = [
  new RegExp(String.raw`\b${TARGET}(?: ${BE})?(?: \w+)? ${NOT}(?: ${FILLER})* ${FAILS}\b`),
  /\bnot (?:what|wat) i (?:was |am |m )?(?:asked|ask|asking|meant|mean|said|wanted|want|needed|need|looking for|typed|wrote)\b/,
  new RegExp(
    String.raw`\b(?:i|me) ${NOT} (?:ask|asked|mean|meant|say|said|want|wanted)(?: (?:for|about))? (?:that|this|it|those)\b`,
  ),
  new RegExp(
    `\\b(?:${NOT}|wrong|different)(?: ${FILLER})* (?:my|the|what i) (?:question|asked|meant)\\b|\\bwrong (?:answer|reply|response)s?\\b`,
  ),
  new RegExp(`^(?:\\w+ )?(?:that|this)(?: ${BE})? ${NOT} it$`),
  /\b(?:i )?(?:asked|meant|wanted|said) (?:about )?something else\b|\bwrong thing\b/,
  /^(?:can|could|will|would) (?:you|u|ya)(?: (?:just|actually|even|please|pls|ever))* (?:answer|read)(?: (?:the|my))? (?:question|questions)\b/,
  /^(?:can|could|will) (?:you|u|ya) (?:help|answer)(?: me)? or not\b/,
  /\bnothing to do with (?:my question|what i (?:asked|meant|said|wanted))\b/,
  new RegExp(
    `\\b${TARGET}(?: ${FILLER})* (?:misunderstood|misunderstand|misunderstanding|misread|misheard)\\b`,
  ),
  new RegExp(String.raw`\b${TARGET}(?: ${BE})?(?: ${FILLER})* ${USELESS}\b`),
  /\b(?:bad|dumb|stupid|useless|broken) (?:bot|chatbot|chatgpt|app|answer|answers|reply|replies)\b/,
  new RegExp(String.raw`\b${TARGET} (?:suck|sucks|stink|stinks)\b`),
  /\b(?:you|u|ya|it|bot)(?: \w+)? (?:keep|keeps|kept|keep on|keeps on) (?:saying|giving|sending|repeating|showing|telling|answering|replying)\b/,
  /\b(?:stop|quit) (?:repeating|saying the same)\b|\brepeating (?:yourself|itself)\b/,
  /\bsame (?:answer|reply|response|thing|stuff|message|text)s? (?:again|over and over|every time|each time|twice)\b/,
  /\b(?:you|u|ya) (?:already )?(?:said|told me|sent|gave me) (?:that|this|it) (?:already|before|twice)\b/,
  /\b(?:that|this|it) (?:makes|made) no sense\b/,
  // The verdict alone, whom it is said of left out: "didn't help", "nope, not helpful", "was useless", "no help at all".
  new RegExp(
    `^(?:${GRUNT} )*(?:${FILLER} )*(?:${BE} )?(?:${NOT}(?: ${FILLER})* ${FAILS}|${USELESS})(?: ${FILLER})*$`,
  ),
  // Thanks that thank for nothing: "thanks for nothing", "gee thanks for nothing".
  /\b(?:thanks|thank you|thank u|thx|ty) for (?:nothing|nuthin|nothin|wasting my time)\b/,
];

/** Words that make a condition or a reason of it: "what if it doesn't work out", "because the job is no use". */
const CONDITION = /\b(?:if|whether|unless|because|cause|cuz|bc|once)\b/;
/** Words after it that ask on: "is it pointless to study", "it doesn't help when you have no degree". */
const ASKS_ON = /\bto (?!me\b|us\b|what\b)|\b(?:when|until|or|for)\b/;

/** Words of the conversation around a complaint, which name nothing of the career: "my question", "the same answer", "no". */
const CONVERSATION = new Set(
  "question questions answer answers reply replies ask asked asking same thing things stuff again no nope nah".split(
    " ",
  ),
);

/**
 * A yes-no question opening with an auxiliary asks something ("is it useless to get certified"), unless put to "you"
 * or denied at once, a verdict with its subject dropped ("did not help").
 */
const AUXILIARY_FIRST =
  /^(?:is|are|am|was|were|do|does|did|can|could|will|would|should|shall|may|might) (?!you\b|u\b|ya\b|not\b)/;

/**
 * The words of a message around its complaint, or undefined when it is none: the complaint's own words are taken out,
 * so that the caller can check the rest names nothing of the career ("you didn't answer my question about pay" asks
 * about pay).
 */
export function complaintRest(ws: readonly string[]): string | undefined {
  const text = ws.join(" ");
  if (AUXILIARY_FIRST.test(text) || CONDITION.test(text)) return undefined;
  for (const form of FORMS) {
    const found = form.exec(text);
    if (found === null) continue;
    const after = text.slice(found.index + found[0].length);
    // "it doesn't help if you have no degree", "that is pointless to study": a clause after it asks on.
    if (ASKS_ON.test(after)) return undefined;
    return `${text.slice(0, found.index)} ${after}`
      .split(" ")
      .filter((w) => w !== "" && !CONVERSATION.has(w))
      .join(" ");
  }
  return undefined;
}

/** Signs that say praise means its opposite: the eye-roll, the unamused face, the facepalm, texting's "/s". */
const SARCASM = /🙄|😒|🤦|(?:^|\s)\/s\b/u;

/** Whether a message marks what it says as sarcasm ("wow great answer, very helpful 🙄", "so useful /s"). */
export const saidWithSarcasm = (text: string): boolean => SARCASM.test(text);
