// Questions about the bot itself read by their parts: who or what it is (a person or a machine, who runs it) and what
// it can be asked, whatever sentence carries them ("am I texting a living human or some automated thing?", "who's
// behind this bot", "what sorts of questions is this chat good for").

/** What the bot is called when it is pointed at: "this chat", "the bot", "this thing". */
const BOT_NOUNS = new Set(
  `bot chatbot chat thing service app assistant account page channel site website tool helper system conversation
number convo`.split(/\s+/),
);
/** Words that address the bot. */
const YOU = new Set(["you", "u", "ya", "yourself", "ye"]);
/** What the bot might be: a person or a machine, or words that say which ("real", "automated", "generated"). */
export const IDENTITY = new Set(
  `human humans person people real actual live living someone somebody anyone anybody agent bot robot computer machine
ai automated automatic program software chatbot gpt chatgpt script scripted generated canned prewritten recorded
artificial intelligence`.split(/\s+/),
);
/** Who makes or keeps the bot going: "who runs this", "made by", "who's behind it". */
export const MAKERS = new Set(
  `run runs running ran made make makes built build builds own owns owned operate operates operated operating manage
manages managed create created creates programmed program wrote written write writes developed develop designed
design maintain maintains maintained behind powered powers funded funds sponsored coded set setup started launched
invented trained`.split(/\s+/),
);
/** Words of the conversation itself: "am I talking to", "who am I texting". */
const CONVERSING = new Set(
  `talking chatting texting writing speaking messaging typing corresponding talk chat text write speak message type
communicating dealing`.split(/\s+/),
);
/** What the bot is asked to do with a question: "what can you answer", "what do you know about". */
export const ABILITIES = new Set(
  `ask asking asked know answer answering answers help helping cover covers handle handles do use for good able tell
explain talk discuss offer support capable assist provide type write say send enter`.split(/\s+/),
);
/** Words for what may be asked that name nothing in particular: "what kinds of stuff", "which topics". */
export const GENERAL = new Set(
  `thing things stuff question questions topic topics subject subjects info information kind kinds sort sorts type
types area areas anything everything matters issues query queries doubt doubts manner range scope variety
category categories`.split(/\s+/),
);
/** Words that soften or hurry a question and say nothing: "what exactly", "so", "even", "here". */
const HEDGES = new Set(
  `so wait ok okay hey hi hello um uh just exactly even actually really then here now right currently basically
please pls kindly tho though anyway quick specifically precisely generally honestly`.split(/\s+/),
);
const AUX = new Set("is are am r was were do does did can could would will should may might".split(" "));
const QUESTION_WORDS = new Set(["what", "which", "who", "how"]);

/** Whether the words from `i` point at the bot: "you", "this chat", "this" before what it is ("is this an AI"). */
function botAt(ws: readonly string[], i: number): number {
  const w = ws[i];
  if (w === undefined) return 0;
  // "how do I write a thank you note": the "you" of a thanks is whoever is thanked, a word of the note.
  if (YOU.has(w)) return ws[i - 1] === "thank" ? 0 : 1;
  if (
    (w === "this" || w === "the" || w === "these" || w === "ur" || w === "your") &&
    BOT_NOUNS.has(ws[i + 1] ?? "")
  )
    return 2;
  return 0;
}

/** Whether the bot is named anywhere in the words. */
const namesTheBot = (ws: readonly string[]) => ws.some((_, i) => botAt(ws, i) > 0);

/** The words without the hedges and fillers at their start ("so", "wait", "ok"). */
function core(ws: readonly string[]): readonly string[] {
  let i = 0;
  while (i < ws.length && HEDGES.has(ws[i]!)) i++;
  return ws.slice(i);
}

/**
 * The kind of question about the bot the words ask, by their parts, and the words that do not count against it (the
 * maker named after "by": "is this run by a college"); undefined when they ask nothing of the bot itself. The words
 * must ask (`asking`): a question mark, a question word or an auxiliary first.
 */
export function botQuestion(
  words: readonly string[],
  asking: boolean,
): { kind: "identity" | "abilities"; excused: readonly string[] } | undefined {
  const ws = core(words);
  if (ws.length === 0 || !asking) return undefined;
  const first = ws[0]!;
  // "who's behind this bot", "who runs this chat", "who made you": a maker of the bot.
  if (first === "who" && ws.some((w) => MAKERS.has(w)) && namesTheBot(ws))
    return { kind: "identity", excused: [] };
  // "what exactly am I talking to", "who am I texting with": the other end of the conversation.
  if (QUESTION_WORDS.has(first)) {
    const rest = ws.slice(1).filter((w) => !HEDGES.has(w));
    if (
      ((rest[0] === "am" && rest[1] === "i") || (rest[0] === "are" && rest[1] === "we")) &&
      CONVERSING.has(rest[2] ?? "")
    )
      return { kind: "identity", excused: [] };
    // "what are you", "what is this bot", "what exactly are you".
    if (first === "what" && AUX.has(rest[0] ?? "") && botAt(rest, 1) === rest.length - 1 && rest.length > 1)
      return { kind: "identity", excused: [] };
  }
  // "do you have a name", "what's your name", "what should I call you": what the bot is called.
  if (asksTheName(ws)) return { kind: "identity", excused: ["name", "names", "call"] };
  // "are you a lab tech yourself?", "r u a nurse or something": the bot asked whether it is one of the people it
  // tells about; the people named are what it might be.
  const role = askedAsSomeone(ws);
  if (role !== undefined) return { kind: "identity", excused: role };
  // "is this thing run by a college or a company?", "are these answers written by a person": what follows "by" names
  // the maker, which is not what is asked about.
  const by = ws.findIndex((w, i) => w === "by" && MAKERS.has(ws[i - 1] ?? ""));
  if (by > 0 && pointsAtTheBot(ws.slice(0, by))) return { kind: "identity", excused: ws.slice(by + 1) };
  // "so you're a bot then?", "wait are you an actual person", "is this an AI thing": the bot and what it might be.
  // "what's this bot for" names the bot as its subject: what it might be is said besides.
  const isSaid = (w: string, i: number) => IDENTITY.has(w) && !(BOT_NOUNS.has(w) && botAt(ws, i - 1) === 2);
  if (ws.some(isSaid) && (isTheBot(ws) || talkingTo(ws) || writesTheReplies(ws)))
    return { kind: "identity", excused: [] };
  return abilities(ws) ? { kind: "abilities", excused: [] } : undefined;
}

/** Whether the words ask the bot's name: "your name", "you got a name", "what do I call you". */
function asksTheName(ws: readonly string[]): boolean {
  const text = ws.join(" ");
  return /\b(?:your|ur|you (?:have|got|has) (?:a|any)) names?\b|\b(?:what|how) (?:do|should|can|shall|may) i call (?:you|u)\b/.test(
    text,
  );
}

/** People someone might be, closing "are you a…": "tech", "nurse", "student", "expert". */
const SOMEONE = new Set(
  `tech techs technician technologist scientist nurse doctor student teacher professor counselor counsellor advisor
adviser recruiter expert professional worker employee staff specialist phlebotomist instructor coach mentor guy girl
man woman lady member graduate`.split(/\s+/),
);
/** What may close it: "…yourself", "…too", "…or something". */
const ROLE_TAIL = new Set([
  "yourself",
  "urself",
  "too",
  "also",
  "or",
  "something",
  "as",
  "well",
  "by",
  "any",
  "chance",
]);

/**
 * The words naming who the bot is asked to be, when the words ask "are you a…" of a person and nothing more ("are you
 * a lab tech yourself", "r u an actual nurse or something"); undefined otherwise.
 */
function askedAsSomeone(ws: readonly string[]): readonly string[] | undefined {
  if (!(ws[0] === "are" || ws[0] === "r") || !YOU.has(ws[1] ?? "")) return undefined;
  if (ws[2] !== "a" && ws[2] !== "an") return undefined;
  let end = ws.length;
  while (end > 3 && ROLE_TAIL.has(ws[end - 1]!)) end--;
  const named = ws.slice(3, end);
  if (named.length === 0 || named.length > 3 || !SOMEONE.has(named[named.length - 1]!)) return undefined;
  return named;
}

/** Words for what the bot says: "are these answers written by a person". */
const REPLIES = new Set(["answers", "replies", "messages", "responses", "reply", "answer"]);

/**
 * How many words from `i` name the bot or what it says: "you", "this chat", "these answers", or a bare "this" next to
 * a form of "be" or an auxiliary ("is this an AI", "this is automated"); 0 when they do not.
 */
function subjectAt(ws: readonly string[], i: number): number {
  const named = botAt(ws, i);
  if (named > 0) return named;
  const w = ws[i];
  if ((w === "these" || w === "the" || w === "your" || w === "ur") && REPLIES.has(ws[i + 1] ?? "")) return 2;
  if (w === "this" && (AUX.has(ws[i - 1] ?? "") || BE.has(ws[i + 1] ?? ""))) return 1;
  return 0;
}

/** Whether words point at the bot or what it says anywhere. */
const pointsAtTheBot = (ws: readonly string[]) => ws.some((_, i) => subjectAt(ws, i) > 0);

/** Forms of "be", contracted too ("you're", "it's"). */
const BE = new Set(["is", "are", "am", "r", "was", "were", "re", "s", "be"]);

/**
 * Whether the words say what the bot or its replies are: a form of "be" next to them ("are you", "you're", "is this",
 * "are the replies"); "do u type a lot into the computer" says what someone does.
 */
function isTheBot(ws: readonly string[]): boolean {
  return ws.some((w, i) => {
    if (!BE.has(w)) return false;
    if (subjectAt(ws, i + 1) > 0) return true;
    // "you're", "this bot is", "the replies are".
    return [1, 2].some((n) => i - n >= 0 && subjectAt(ws, i - n) === n);
  });
}

/** Verbs of making the bot's replies: "is a human typing these replies", "is a person answering this". */
const REPLYING = new Set(
  `typing writing answering replying responding reading sending type write answer reply respond read send`.split(
    " ",
  ),
);

/**
 * "is a human typing these replies", "is a real person answering": a yes-no question whether someone or something
 * makes the replies, which then name the bot's replies or nothing.
 */
function writesTheReplies(ws: readonly string[]): boolean {
  if (!AUX.has(ws[0] ?? "")) return false;
  const verb = ws.findIndex((w) => REPLYING.has(w));
  if (verb < 0 || !ws.slice(1, verb).some((w) => IDENTITY.has(w))) return false;
  const after = ws.slice(verb + 1).filter((w) => !HEDGES.has(w));
  return after.length === 0 || subjectAt(after, 0) > 0 || after[0] === "this" || after[0] === "these";
}

/** "am I texting a living human", "are we chatting with a machine": the writer in the conversation, asking. */
const talkingTo = (ws: readonly string[]) =>
  ws.some(
    (w, i) =>
      ((w === "am" && ws[i + 1] === "i") || (w === "are" && ws[i + 1] === "we")) &&
      CONVERSING.has(ws[i + 2] ?? ""),
  );

/** What the writer does with the bot: "what should I ask", "how do I use this", "how do I talk to you". */
const WRITER_ASKING = new Set(["ask", "use"]);
/**
 * Saying or typing, which asks what to send the bot only with it or "here" named ("how do I talk to you", "what do I
 * type here"; not "what should I write on my form").
 */
const WRITER_SAYING = new Set("talk chat speak message text reach type write say send enter".split(" "));

/** What comes between the things asked for: "what kinds of stuff", "all the topics", "the things that you cover". */
const BETWEEN = new Set(["of", "all", "else", "other", "the", "that", "which"]);
/** What names the things asked for as a whole: "the things", "all topics". */
const THE_THINGS = new Set(["the", "all"]);

/**
 * "what sorts of questions is this chat good for", "what am I allowed to ask here", "what topics are you able to help
 * me with", "how do I use this thing": a question word, the bot (or the writer asking or using it), a word of what
 * it does with a question, and nothing else named but questions and topics in general.
 */
function abilities(ws: readonly string[]): boolean {
  const first = ws[0]!;
  if (first !== "what" && first !== "which" && first !== "how") return false;
  if (!ws.some((w) => ABILITIES.has(w))) return false;
  // The question word asks for what the bot is asked: only the things asked about ("what sorts of questions"), then
  // an auxiliary, may come between it and the bot or the writer ("what is each one, can you explain both" asks
  // about each one).
  let i = 1;
  // "what are the things you can assist me with", "what are all the topics you cover": the things asked for named
  // after a form of "be", as the question's subject.
  if (
    BE.has(ws[1] ?? "") &&
    (GENERAL.has(ws[2] ?? "") || (THE_THINGS.has(ws[2] ?? "") && GENERAL.has(ws[3] ?? "")))
  )
    i = 2;
  while (i < ws.length && (GENERAL.has(ws[i]!) || BETWEEN.has(ws[i]!) || HEDGES.has(ws[i]!))) i++;
  if (AUX.has(ws[i] ?? "")) i++;
  const writer = ws[i] === "i" || ws[i] === "we";
  if (!writer && subjectAt(ws, i) === 0) return false;
  // The writer asks or uses: "what am I allowed to ask", "what should I ask", "how do I use this".
  const toTheBot = namesTheBot(ws) || ws.includes("here");
  const writerAsks =
    writer && ws.slice(i + 1).some((v) => WRITER_ASKING.has(v) || (toTheBot && WRITER_SAYING.has(v)));
  if (first === "how") return writerAsks && namesTheBot(ws);
  return !writer || writerAsks;
}

/** Whether a word is one of the words a question about the bot is made of. */
export function isBotQuestionWord(w: string): boolean {
  return (
    IDENTITY.has(w) ||
    MAKERS.has(w) ||
    CONVERSING.has(w) ||
    ABILITIES.has(w) ||
    GENERAL.has(w) ||
    BOT_NOUNS.has(w) ||
    HEDGES.has(w) ||
    YOU.has(w) ||
    ["allowed", "able", "answers", "replies", "messages", "responses", "exactly"].includes(w)
  );
}
