// Finds the question in a message: splits it into sentences and clauses and tells the asking ones from the
// background ("I'm 29 and have worked in retail for years"), and a second question joined to the first by
// "and" ("how much do they make and do I need a degree?").

import { keptByText } from "./by-text.ts";
import { endsWithYesNoTag } from "./slang.ts";

/**
 * Openers that say nothing before a question: interjections and texting's hedges ("yo wait what is…",
 * "ngl is it…", "ok so how…"). A question is recognised by what follows them.
 */
const OPENERS =
  /^(?:(?:yo|wait|ok(?:ay)?|k|so|hey|hi|bro|dude|ngl|tbh|honestly|lol|lmao|um+|uh+|hmm+|well|bet|alright|btw|wtf|real talk|be honest|gonna be honest|to be honest|quick question|question|i mean|i meant|as in|like)\b[\s,!.:-]*)+/;

/** Words a question starts with, slang included ("r they hiring"). */
const QUESTION_START =
  /^(?:what|whats|what's|how|hows|how's|who|whos|who's|where|wheres|where's|when|why|which|whose|is|are|was|were|am|do|does|did|can|could|should|would|will|shall|may(?! (?:god|allah|the lord|lord|jesus|heaven|the almighty|almighty)\b)|r|any|anything|tell|explain|describe|pls|please)\b/;

/**
 * A question told inside a statement: the writer wonders, does not know or wants an answer, and a question word or
 * "if" follows ("I wonder if the degree is required.", "idk if that's the same job", "I just want a straight answer on
 * what they earn", "trying to work out if…").
 */
const EMBEDDED_ASKING =
  /\b(?!(?:idk|dunno|(?:don'?t|do not) know|not sure|wonder) (?:if|whether) (?:this|it|that|my question)(?:'s| is|s| was| sounds| might be| may be)? (?:a |an |kind of |kinda |too |really |super )?(?:dumb|stupid|silly|weird|odd|obvious|basic|naive|right|allowed|okay|ok|the right place)\b)(?:wonder|idk|dunno|(?:don'?t|do not|didn'?t) know|not sure|unsure|(?:have |had )?(?:no|zero) (?:idea|clue)|(?:trying|try|want|wanna|need|hoping|hope) to (?:figure|find|work) out|(?:an? |some )?(?:straight |honest |real |clear |simple )?answers? (?:on|about|to|for))\s+(?:if|whether|what|whats|what's|how|why|who|where|when|which)\b/;

/**
 * Where "tell me" or "explain" is a request: opening the clause, or after the one asked ("can you", "someone"), a
 * courtesy or a conjunction. After anyone else it tells what they said ("my sister tell me lab work suits me", "he
 * won't tell me what he makes").
 */
const REQUESTED = String.raw`(?<=(?:^|[,;:(]\s*|\b(?:you|u|ya|y'all|yall|please|pls|plz|kindly|just|so|and|also|now|then|ok|okay|to|can|could|would|will|maybe|someone|somebody|anyone|anybody|simply|quickly|briefly|first|again)\s+))(?<!\b(?:i|we|i'll|i'm|im)\s+(?:need|have|had|want|wanted|got|going|gonna|try|tried|trying|will|must|am going)\s+to\s+)`;

/**
 * A letter's way of asking: the writer would appreciate, is seeking or would welcome information, guidance or
 * clarification ("I would appreciate information regarding the pay", "I am seeking guidance on where to enrol", "any
 * advice on this would be appreciated").
 */
const FORMAL_REQUEST = `(?:(?:i|we)(?:'d| would| should| will)? (?:(?:really|greatly|very much|truly|much|so|most) )?appreciate (?:(?:any|some|your|an?|the|more|further|brief|clear|honest) )*(?:information|info|guidance|advice|clarification|insight|insights|details|explanation|answer|overview|pointers|input|thoughts|help)|(?:seeking|looking for|requesting|request) (?:(?:any|some|more|further) )?(?:information|info|guidance|advice|clarification|details)|(?:would|should|'d) be (?:(?:most|very|extremely|really|so|truly|much) )?(?:grateful|obliged|thankful)|would be (?:(?:much|greatly|very much|most|really) )?(?:appreciated|welcome|welcomed))`;

/**
 * "…I need to know before I sign up for anything.", "I'd like to know first.": wanting to know, followed only by when,
 * says why the writer asks what they asked; it asks nothing itself.
 */
const KNOWS_NOTHING = String.raw`(?!\s*(?:before|first|beforehand|in advance|ahead of time)\b)`;

/** Phrases that ask wherever they stand in a sentence. */
const ASKING_PHRASE = new RegExp(
  String.raw`\b(?:${FORMAL_REQUEST}|wants? to know${KNOWS_NOTHING}|(?:i'd|would|should|'d) (?:(?:really|just|also|so|very much|truly|still) )?(?:like|love) to (?:know|understand|learn more about|find out|ask|hear)${KNOWS_NOTHING}|i want to (?:understand|find out)|kindly|please advise|advise (?:me|on|whether|if)|let me know|inform me|wondering|curious|${REQUESTED}(?:tell me|explain)|can you|could you|do you know|is it|is there|are there|should i|how do i|how can i|what (?:is|are|does|do|would|kind|sort|type)|(?<!,\s*)which(?! (?:is|are|was|were|has|have|had|makes|made|means|meant|seems|sounds|helps|gives|pays|paid|can|will|would|could|might|may)\b[^?]*\.$)|any idea|need to know${KNOWS_NOTHING}|wanna know${KNOWS_NOTHING}|question (?:is|was))\b`,
);

/**
 * A second question joined by a conjunction: "…, and what does it pay", "… and is it growing", "…, and I want to know
 * if the training is online", "…, and once I finish do I still need an exam?" (the clause of time stays with it), "…
 * and in what kind of places" (not "…, and in what order": a question of its own has two words or more after its
 * question word; nor "both in schooling and in what they do": two sides of one question), "…, and then I'd have to sit an exam too?" (a statement's order, asked by its mark).
 */
const JOINED_QUESTION =
  /(?:,\s*|\s+)(?:and|also|plus|but|n|&)\s+(?:(?:also|honestly|really|seriously|realistically|like|tbh|ngl|then|lastly|finally|after that|afterwards|after|once done|later),?\s+)?(?=(?:(?:after|once|before)\s+(?:i|we|you|u)\s+(?:[a-z']+\s+){0,2}?[a-z']+,?\s+)?(?:(?<!\bboth\b[^?]*)(?:in|at|for|from|with|by|on|under|through|to)\s+(?:which|what|whom|how\s+(?:much|many|long))\b(?=(?:\s+[^\s?.!,]+){2})|what|whats|what's|how|who|where|when|why|which|is|are|do|does|did|can|could|should|would|will)\b(?!'|n't)|(?:i|we)(?:\s+(?:also|still|then))?\s+(?:need|have to|'d have to|would have to|must|gotta|got to|should)\b(?![^.!?]*\b(?:know|ask)\b)(?=[^.!?]*\?)|(?:i|we|she|he|they)\s+(?:also\s+)?(?:wants?|wanna|would like|'d like|needs?)\s+to\s+know\b|i\s+(?:also\s+)?wonder\b|(?:can|could)\s+you\s+(?:also\s+)?tell\s+me\b)/;

export interface MessageParts {
  /** Sentences or clauses that ask something, in order; each one a question of its own. */
  asking: string[];
  /** The rest: age, job, a relative's advice. Context for ties, never the question. */
  background: string[];
  /** For each asking part, the lead-in before it in the same sentence ("I studied overseas, does it count here"), or "". */
  leadIns: string[];
  /** For each asking part, the background right before it, what "that" most likely names, or "". */
  before: string[];
  /** For each asking part, the story sentences told before it, nearest first. */
  earlier: string[][];
}

/**
 * Sentences: split after . ! ? ; and line breaks (a decimal point "11.2" is not a sentence end), and where texting
 * ends one: after "lol", "lmao", "haha" or an emoji followed by more words.
 */
export function sentences(text: string): readonly string[] {
  return keptSentences(text);
}

/** Sentences and whether each asks, kept by text: the whole message is split by its parts and by what it asks. */
const keptSentences = keptByText(readSentences);

/** What may end a sentence before a text's last character (lower case or not: "LOL"). */
const SENTENCE_BREAK = /[!?;\n.]|lol|lmao|lmfao|haha|\p{Extended_Pictographic}/iu;

function readSentences(text: string): string[] {
  // Most texts read here (a question, a clause) are one sentence: nothing that may end one before their last
  // character. The split below would give that sentence alone.
  const trimmed = text.trim();
  if (!SENTENCE_BREAK.test(trimmed.slice(0, -1))) return /\p{L}/u.test(trimmed) ? [trimmed] : [];
  return text
    .split(
      /(?<=[!?\n]|(?<!\btl);)|(?<=\.)(?=\s|$)|(?<=\b(?:lol|lmao|lmfao|haha+)\b|\p{Extended_Pictographic}\uFE0F?)(?=\s+\p{L})/iu,
    )
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
}

/** The sentence without the openers before its first word that counts ("yo wait what is…" → "what is…"). */
function withoutOpeners(s: string): string {
  return s.toLowerCase().trim().replace(OPENERS, "");
}

/** Whether a sentence asks, at its start or after a lead-in ("hi im 61 retired … is lab tech a good fit"). */
export function asksSomewhere(sentence: string): boolean {
  return isAsking(sentence) || leadIn(sentence) !== undefined;
}

export function isAsking(sentence: string): boolean {
  return keptAsking(sentence);
}

const keptAsking = keptByText(readAsking);

/** "Please I have a degree from abroad.": a courtesy before a statement, not a request. */
const PLEASE_TELLS = /^(?:pls|please)[\s,]+(?:i|i'm|im|i've|ive|we|my|our)\b[^?]*\.$/;

/**
 * "When I was in the hospital they drew blood every few hours.": a clause of time about the writer or someone they
 * know, in a sentence ending in a full stop, tells; "when" asks only when something else in it does. So does one about
 * anyone, followed by a clause of its own after a comma ("When patients need a draw, we send them next door.").
 */
const TOLD_WHEN =
  /^(?:when|whenever|while|once)\s+(?:i|i'm|im|we|he|she|they|my|our|his|her|their|(?!(?:do|does|did|is|are|was|were|can|could|should|would|will|shall|may|might|must|am|r|u|you|ya)\b)\w+\b(?=[^?]*,\s*(?:i|we|you|they|he|she|it|someone|somebody)\s))\b(?=[^?]*\.$)(?![^?]*[,:]\s*(?:what|how|where|when|why|which|who|is|are|do|does|can|could|should|would|will)\b)/;

function readAsking(sentence: string): boolean {
  const s = withoutOpeners(sentence);
  return (
    s.endsWith("?") ||
    (QUESTION_START.test(s) && !PLEASE_TELLS.test(s) && !TOLD_WHEN.test(s)) ||
    ASKING_PHRASE.test(s) ||
    EMBEDDED_ASKING.test(s) ||
    asksAfterQualifier(s) ||
    INVERTED_AFTER_CLAUSE.test(s) ||
    endsWithYesNoTag(s)
  );
}

/**
 * A lead-in that opens with a preposition qualifies the question rather than telling a story: "besides hospitals,
 * where…", "for someone with no degree, what…", "as a new grad, how much…".
 */
const QUALIFIER =
  /^(?:besides|beside|apart from|aside from|except|other than|instead of|compared to|compared with|for|as|with|without|in|at|on|from|after|during|outside|within|like)\b/;

/**
 * A clause that asks after a lead-in opening with a preposition, without a question mark: "after the program, is
 * the cert needed", "besides hospitals, where else can I work".
 */
function asksAfterQualifier(clause: string): boolean {
  const s = withoutOpeners(clause);
  if (!QUALIFIER.test(s)) return false;
  if (INVERTED_AFTER_QUALIFIER.test(s)) return true;
  for (const m of s.matchAll(LEAD_IN_END))
    if (QUESTION_START.test(s.slice(m.index + m[0].length))) return true;
  return false;
}

/**
 * A phrase opening with a preposition, then an auxiliary before its subject without a comma between: "in the lab do you
 * stand all day", "at a clinic would I earn less". No subject of its own may come before the auxiliary ("at work they do
 * it by hand" tells).
 */
const INVERTED_AFTER_QUALIFIER =
  /^\S+(?:\s+(?!(?:i|you|u|we|they|he|she|it|im|i'm|i've|ive|there|this|that|these|those)\b)[\p{L}\d'-]+){1,4}\s+(?:do|does|can|could|will|would|should|is|are)\s+(?:i|you|u|we|they|he|she|it|there|one|people|lab techs?)\b/u;

/**
 * A clause of time or condition with its own subject, then an auxiliary before its subject: "once I graduate can I work
 * anywhere", "after I pass the boards can I move states", "if we move would I have to test again". A statement
 * keeps its subject first ("after I finish I will look for work").
 */
const INVERTED_AFTER_CLAUSE =
  /^(?:after|once|before|when|if|as soon as)\s+(?:i|we|you|u|he|she|they)\s+[\p{L}'-]+(?:\s+[\p{L}\d'-]+){0,5}?\s+(?:do|does|can|could|will|would|should|is|are|must)\s+(?:i|you|u|we|they|he|she|it|there|one)\b/u;

/** An auxiliary verb, which opens a yes-no question or carries on a statement. */
const AUXILIARY_START =
  /^(?:is|are|was|were|am|do|does|did|can|could|should|would|will|shall|may(?! (?:god|allah|the lord|lord|jesus|heaven|the almighty|almighty)\b)|r|has|have|had)\b/;

/** Words that open a relative clause as well as a question. */
const RELATIVE = /^(?:who|which|where|when|whose)\b/;

/** A comma or a colon, then words that start a question. */
const LEAD_IN_END = /[,:]\s+/g;

/** A conjunction joining a sentence on to the one before it. */
const JOINING = /^(?:and|but|or|also|plus)\s+/;

/**
 * A sentence that does not open as a question but turns into one after a comma or a colon ("been a cashier for 6
 * yrs, can i…", "One thing before I sign up: what does…"): the lead-in is background, the rest the question.
 */
export function leadIn(sentence: string): [lead: string, question: string] | undefined {
  const s = sentence.toLowerCase();
  // "And would they be in hospitals, or are there other labs?": a question joined on to the one before opens as one.
  const opening = withoutOpeners(s).replace(JOINING, "");
  if (
    QUESTION_START.test(opening) ||
    QUALIFIER.test(opening) ||
    INVERTED_AFTER_CLAUSE.test(opening) ||
    opensInSitu(s)
  )
    return undefined;
  const statement = s.trimEnd().endsWith(".");
  for (const m of s.matchAll(LEAD_IN_END)) {
    const rest = withoutOpeners(s.slice(m.index + m[0].length));
    // "technologists, who seem to earn more": a relative clause, unless it ends asking.
    const relative = RELATIVE.test(rest) && !rest.trimEnd().endsWith("?");
    // "A client of mine, a former cook, is weighing this career.": an auxiliary after a comma in a sentence ending in a
    // full stop carries on a statement.
    const carriesOn = statement && AUXILIARY_START.test(rest);
    const asks = m[0].startsWith(":") ? isAsking(rest) : QUESTION_START.test(rest) && !relative && !carriesOn;
    // "the lady who pokes your arm for bloodwork, is that a different job?": the lead-in is what it asks about.
    // So is a thing named alone before a short question saying "it" of it ("and the night course, how long is it?").
    if (asks && namesItsTopic(s.slice(0, m.index), rest)) return undefined;
    if (asks && rest.split(/\s+/).length >= 3 && !/\b(?:that|those|these)\b/.test(rest))
      return [sentence.slice(0, m.index).trim(), sentence.slice(m.index + m[0].length).trim()];
  }
  return runOn(sentence, s);
}

/**
 * A thing named on its own, a determiner and up to five words with no verb of theirs ("and the two-year course"; not
 * "my cousin works nights"), before a question of up to seven words that says "it" or "they" of it: the topic of that question, not a story.
 */
const TOPIC =
  /^(?:(?:and|but|so|also|now|then|ok|okay)[\s,]+)?(?:the|a|an|this|that|my|your|our|his|her|their)(?:\s+(?!(?:i|i'm|im|you|u|we|he|she|they|it|is|are|was|were|am|be|been|do|does|did|have|has|had|will|would|can|could|should|may|might|must|got|get|gets|said|says|told|want|wants|wanted|need|needs|needed)\b)[\p{L}\d'-]+){1,5}$/u;

/** A word that may be a verb of a clause ("my cousin works nights", "the course I finished"): it tells, not names. */
const VERB_LIKE = /(?:[^s']s|ed)$/;

function namesItsTopic(lead: string, question: string): boolean {
  const named = lead.trim().split(/\s+/);
  return (
    TOPIC.test(lead.trim()) &&
    !named.slice(1, -1).some((w) => VERB_LIKE.test(w)) &&
    !named.at(-1)!.endsWith("ed") &&
    /\b(?:it|its|it's|they|them)\b/.test(question) &&
    question.split(/\s+/).length <= 7
  );
}

/**
 * Where a question starts in a run-on sentence: a question word with its auxiliary and subject ("how do i",
 * "where can you", "what exactly is a", "where does all this"), "how" with a word of degree ("how dangerous is it"),
 * "how much", or an auxiliary asking about the subject ("is it", "can i", "is lab…").
 */
const RUN_ON_QUESTION =
  /\s(?:(?:how|what|where|when|why|which|who)(?:\s+(?:exactly|actually|really|even|else))?\s+(?:do|does|did|can|could|should|would|will|am|is|are)\s+(?:i|you|we|they|he|she|it|one|people|someone|this|that|these|those|there|my|your|their|our|all|lab|the|a|an|some|any)\b|how\s+(?!much\b|many\b|long\b)[a-z]+\s+(?:is|are|would|will|does|do|can)\s+(?:it|this|that|the|a|an|lab|being|working|becoming)\b|(?<much>how\s+(?:much|many|long)\s))|\s(?<aux>(?:is|are|will|would|can|could|should|do|does)\s+(?:i|it|this|there|lab|becoming|being)\s)/g;

/** A preposition or a verb of saying or knowing just before a question word, which then tells: "by how much". */
const TOLD_BEFORE =
  /\b(?:by|of|about|on|to|say|said|says|know|knew|tell|told|ask|asked|sure|idea|clue|explain|explained|understand|understood|see|saw|learn|learned|learnt|wonder|wondered)$/;

/**
 * Words in the middle of a told sentence that say the question starts: "so what i need to know is", "and my question
 * is", "i was wondering if", "i just want to know", "idk if", "i'm curious whether". The question is what follows
 * them, or for a phrase that ends in a question word ("wondering if", "idk how"), that word on.
 */
/**
 * A letter's request in the middle of a told sentence, before the question word: "…i would appreciate any information
 * on what…", "…I would be grateful for guidance on how…".
 */
const LETTER_ASKS = `(?:i|we)(?:'d| would| should)? (?:(?:really|greatly|very much|truly|much|so|most) )?appreciate (?:(?:any|some|your|an?|the|more|further|brief|clear|honest) )*(?:information|info|guidance|advice|clarification|insight|details|help)(?: (?:on|about|regarding|concerning|as to|with))?|(?:i|we) (?:would|should|'d) be (?:(?:most|very|extremely|really|so|truly|much) )?(?:grateful|obliged|thankful)(?: for)?(?: (?:any|some|your|a little))?(?: (?:information|info|guidance|advice|clarification|details|help|a word))?(?: (?:on|about|regarding|concerning|as to))?`;

const ASKS_FROM_HERE = new RegExp(
  String.raw`(\s(?:(?:so|and|but|anyway|i guess|basically)\s+)*)(?=(?:(?:what|all|the (?:thing|main thing)) (?:i|we) (?:really |actually |just )?(?:want|wanna|need|would like|'d like) to (?:know|ask|find out) (?:is|was)|(?:my|the|our) (?:main |real |actual |only |one )?question (?:is|was)|(?:i|we)(?: was| am|'m| m|m)? (?:just |really )?(?:wondering|wonder|curious)(?: about)?|(?:i|we) (?:just |really |also )?(?:want|wanna|need|would like|'d like) to (?:know|ask|find out)|idk|i dunno|(?:i )?(?:don'?t|do not) (?:really )?know|(?:i'?m |i am )?not sure|${LETTER_ASKS})(?:\s*[,:])?\s(?:if|whether|what|whats|what's|how|why|who|where|when|which|is|are|do|does|can|could|would|will|should)\b)`,
);

/**
 * The writer starting to tell something in the sentence of a question, without punctuation: "I" and a verb of telling
 * or being after a word that does not bind it to the question ("whats an mlt even i keep seeing it", "how much do
 * they make i heard it varies"; not "what should i…", "if i…", "so i can…").
 */
const STATEMENT_START =
  /\s(?:i|im|i'm|ive|i've)\s+(?:keep|kept|heard|hear|saw|see|seen|was|am|have|had|think|thought|guess|know|knew|just|got|been|always|never|really|also|already|read|noticed|found|mean|feel|felt|work|worked|used|ask|asked|told)\b/gi;

/** Words that bind the "I" after them to the question: auxiliaries, conjunctions, question words, prepositions. */
const BINDS =
  /(?:^|\s)(?:if|when|whenever|so|because|cuz|cause|bc|since|that|and|or|but|as|than|where|what|whats|how|why|who|which|do|does|did|can|could|should|would|will|shall|may|might|must|am|is|are|was|were|have|has|had|before|after|until|once|while|till|unless|though|although|whether|even if|like|cos|to|for|with|about|of|in|at|on)$/i;

/** The question and the statement run on after it, each three words or more, or undefined. */
export function statementAfter(sentence: string): [question: string, statement: string] | undefined {
  const opening = withoutOpeners(sentence);
  // "When I toured a lab I saw…" tells, from its first word.
  if (!QUESTION_START.test(opening) || RELATIVE.test(opening)) return undefined;
  for (const m of sentence.matchAll(STATEMENT_START)) {
    const question = sentence.slice(0, m.index).trim();
    const statement = sentence.slice(m.index).trim();
    if (BINDS.test(question)) continue;
    if (question.split(/\s+/).length >= 3 && statement.split(/\s+/).length >= 3) return [question, statement];
  }
  return undefined;
}

/**
 * A reason told after the question, past a comma, a question mark or a dash ("is there any way in without finishing
 * college, cause tuition is killing me"): why one asks, not what. Opened by "because" (or its texting forms, the
 * bilingual writer's "pq" and "porque" among them) or "since", with three words or more of its own, to the end of the
 * sentence; with no mark before it, by an unambiguous "because" before the writer saying what they do ("can I study
 * online bc I work weekends"; not "since 2019", not "the cause").
 */
const TRAILING_REASON =
  /(?:[,;?]|\s-+)\s*(?:because|cause|cuz|coz|cos|bc|b\/c|pq|porque|since)\s+(?=(?:\S+\s+){2}\S)|\s+(?:because|cuz|coz|bc|b\/c|pq|porque)\s+(?=(?:i|im|i'm|we|u)\s+\S+\s+\S)/i;

/**
 * A reason told after the question in its own sentence, with or without a comma ("do lab techs earn more than aides
 * because otherwise going back to school makes no sense"): "because" or its texting forms, not "because of" (what is
 * asked about: "extra time cuz of my injury"), nor "since", which may ask when.
 */
const TOLD_REASON =
  /(?:[,;]\s*|\s-+\s*|\s)(?:because|cause|cuz|coz|cos|bc|b\/c)\s+(?!of\b)(?=(?:\S+\s+){2}\S)/i;

/** The question and the reason told after it in its sentence, the reason telling and not asking, or undefined. */
function toldReasonAfter(sentence: string): [question: string, reason: string] | undefined {
  const m = TOLD_REASON.exec(sentence);
  if (m === null) return undefined;
  const question = sentence.slice(0, m.index).trim();
  const reason = sentence.slice(m.index + m[0].length - m[0].trimStart().length).trim();
  if (question.split(/\s+/).length < 3 || !isAsking(question) || isAsking(reason)) return undefined;
  return [question, reason];
}

/** The question and the reason told after it, each three words or more, or undefined. */
export function reasonAfter(sentence: string): [question: string, reason: string] | undefined {
  const m = TRAILING_REASON.exec(sentence);
  if (m === null) return undefined;
  const question = sentence.slice(0, m.index).trim();
  const reason = sentence.slice(m.index + 1).trim();
  if (question.split(/\s+/).length < 3 || isAsking(reason)) return undefined;
  return [question, reason];
}

/** A condition on the writer put after the question: "if I go part time", "if u already working full time". */
const TRAILING_CONDITION = /,?\s+(?:if|when|while)\s+(?=(?:i|u|you|we|mi|me)\s+\S+\s+\S)/i;

/** The question and the condition on the writer told after it, the question three words or more, or undefined. */
export function conditionAfter(sentence: string): [question: string, condition: string] | undefined {
  const m = TRAILING_CONDITION.exec(sentence);
  if (m === null) return undefined;
  const question = sentence.slice(0, m.index).trim();
  if (question.split(/\s+/).length < 3) return undefined;
  return [question, sentence.slice(m.index).replace(/^,?\s+/, "")];
}

/** A lead-in that is the question's condition ("if I switch to nursing"): the question is asked of it. */
export function isCondition(lead: string): boolean {
  return /^(?:if|unless|suppose|supposing|assuming)\b/.test(withoutOpeners(lead));
}

/**
 * A story told without punctuation, then the question ("my job sucks boss is a jerk 20 yrs same warehouse how do i
 * become a lab tech"): the words before the question are the lead-in. Three words or more on each side.
 */
function runOn(sentence: string, lower: string): [lead: string, question: string] | undefined {
  // "…my back is killing me so what i need to know is how someone like me gets started": the words that say a
  // question is coming open it, in a statement too.
  const said = ASKS_FROM_HERE.exec(lower);
  if (said !== null) {
    const lead = sentence.slice(0, said.index).trim();
    const question = sentence.slice(said.index + said[1]!.length).trim();
    // "My brother wants to know what they earn, and I want to know if…": a lead that asks is a question of its own;
    // "…idk if this is dumb but" is a hedge, not a question.
    const asks = isAsking(question) && !isAsking(lead);
    if (asks && lead.split(/\s+/).length >= 3 && question.split(/\s+/).length >= 3) return [lead, question];
  }
  // "My current job is lab assistant, not a tech.": an auxiliary in a sentence ending in a full stop is a statement's.
  const statement = lower.trimEnd().endsWith(".");
  for (const m of lower.matchAll(RUN_ON_QUESTION)) {
    if ((m.groups?.aux !== undefined || m.groups?.much !== undefined) && statement) continue;
    // "…and the guy who did it said…": after a noun in a statement, "who", "which", "where", "when" open a relative
    // clause.
    if (statement && RELATIVE.test(m[0].trim())) continue;
    // "she did not say by how much": a question word after a preposition or a verb of saying or knowing is told.
    if (TOLD_BEFORE.test(lower.slice(0, m.index))) continue;
    // "…but like what specialties even are there for lab techs": the question word a few words before an auxiliary and
    // its subject opens the question.
    const at = m.groups?.aux === undefined ? m.index : askedFrom(lower, m.index);
    const lead = sentence.slice(0, at).trim();
    const question = sentence.slice(at + 1).trim();
    if (lead.split(/\s+/).length >= 3 && question.split(/\s+/).length >= 3)
      return JOINED_ON.test(lead) ? joinedOn(lead, question) : [lead, question];
  }
  return undefined;
}

/** A lead-in ending in a conjunction: the question after it is joined on to something said just before it. */
const JOINED_ON = /\s(?:and|n|&|plus|also)$/i;

/** "what" or "how" opening a question in a run-on story, not told after a verb of saying or its object ("told me how"). */
const ASKED_EARLIER = /(?<=^|\s)(?:what|how)\s/gi;

/**
 * "…never finished college just hs what all is in the two year degree and what does it pay", "Kindly suggest whether
 * it suits me and what is the scope": the question run on after "and" is the second of two. The first asks from the
 * last "what" or "how" of the lead-in, or the whole sentence asks when the lead-in asks itself.
 */
function joinedOn(lead: string, question: string): [lead: string, question: string] | undefined {
  const bare = lead.replace(JOINED_ON, "");
  if (isAsking(bare)) return undefined;
  const lower = bare.toLowerCase();
  const starts = [...lower.matchAll(ASKED_EARLIER)].filter(
    (m) =>
      !TOLD_BEFORE.test(lower.slice(0, m.index).trimEnd()) &&
      !/\b(?:me|us|him|her|them|you)$/.test(lower.slice(0, m.index).trimEnd()) &&
      lower.slice(m.index).split(/\s+/).length >= 3,
  );
  const at = starts.at(-1)?.index;
  if (at === undefined) return [lead, question];
  const told = bare.slice(0, at).trim();
  return told.split(/\s+/).length >= 3 ? [told, `${lead.slice(at).trim()} ${question}`] : undefined;
}

/**
 * A question word and up to two words before an auxiliary: "what specialties even", "how many jobs". Not "which one":
 * it picks among the things the lead names ("mlt vs mls which one should i go for"), the lead's part of the question.
 */
const ASKED_BEFORE = /\s(?:what|how many|how much)(?:\s+[a-z']+){1,2}$/;

/** Where a question opened by an auxiliary at `at` starts: at a question word just before it, if there is one. */
function askedFrom(lower: string, at: number): number {
  const m = ASKED_BEFORE.exec(lower.slice(0, at));
  return m === null || TOLD_BEFORE.test(lower.slice(0, m.index)) ? at : m.index;
}

/** Splits a sentence where a second question is joined on by "and" (texted "n", "&"), "also", "plus", "but" or "or". */
export function questionsIn(sentence: string): string[] {
  const parts: string[] = [];
  let rest = sentence;
  for (
    let m = JOINED_QUESTION.exec(rest.toLowerCase());
    m !== null;
    m = JOINED_QUESTION.exec(rest.toLowerCase())
  ) {
    parts.push(rest.slice(0, m.index));
    rest = rest.slice(m.index + m[0].length);
  }
  parts.push(rest);
  // A fragment of one or two words ("and why") is not a question of its own: the sentence stays whole.
  const trimmed = parts.flatMap(listedQuestions).map((p) => p.trim());
  return trimmed.every((p) => p.split(/\s+/).length >= 3) ? trimmed : [sentence.trim()];
}

/** A comma, then an auxiliary and its subject: the next of a list of questions ("…, is it calm, do you work alone"). */
const LISTED_QUESTION =
  /,\s*(?=(?:is|are|do|does|can|could|will|would|should)\s+(?:it|you|u|i|there|they|we|he|she)\b)/gi;

/**
 * Questions listed one after another with commas ("what is the vibe in a lab, is it calm, do you work alone a lot"):
 * each is one, when the first of them asks too (not "after the training, is certification required").
 */
function listedQuestions(part: string): string[] {
  const pieces = part.split(LISTED_QUESTION);
  if (pieces.length < 3 || !QUESTION_START.test(withoutOpeners(pieces[0]!))) return [part];
  return pieces.every((p) => p.trim().split(/\s+/).length >= 3) ? pieces : [part];
}

/**
 * A label the writer puts before the question: "Question:", "my question is", "so my question is", "two questions:",
 * "one more thing:". What follows it is what the message asks, with or without a question mark.
 */
const QUESTION_LABEL =
  /^(?:(?:so|ok(?:ay)?|anyway|and|but|now|well)[\s,]+)*(?:(?:(?:my|the|our|main|real|actual|one|quick|simple|first)\s+)*(?:question|q)(?:\s+(?:first|here|for you|then))?\s*(?:[:–—]|-+|\bis\b[\s,:–—-]*)|(?:(?:a|one|two|three|2|3|a few|few|some|a couple of|couple of|couple|one more|another|last|final|quick|small|simple|follow[- ]?up)\s+)+(?:questions?|qs|things?)(?:\s+(?:for you|here|then))?\s*(?:[:–—]|-+))/i;

/** A label before a summary ("tl;dr", "long story short"): it may sum up the story or the question. */
const SUMMARY = /^(?:tl;?dr|tldr|long story short|short version|bottom line|in short)\b[\s,:–—-]*/i;

/** The word that numbers one of a message's questions: "First, what…", "Secondly: is…", "Finally how…". */
const ENUMERATOR =
  /^\s*(?:(?:(?:first|second|third|fourth)(?:ly)?|lastly|finally|and lastly|and finally|also)(?:\s*[,:)–—-]+\s*|\s+(?=(?:what|how|where|when|why|who|which|is|are|do|does|can|could|should|would|will)\b))|(?:\(\d{1,2}\)|\d{1,2}\)|#\d{1,2}|q\d{1,2}\b|question \d{1,2}\b)\s*[,:.–—-]*\s*)/i;

/** A label before the story: "Background:", "Some context:", "For context -", "Backstory:". */
const BACKGROUND_LABEL =
  /^(?:(?:so|ok(?:ay)?|anyway|and|but)[\s,]+)*(?:(?:some|for|a (?:bit|little) of|quick|little|more|my)\s+)?(?:background|context|backstory|back story|situation)(?:\s+(?:first|here|info))?\s*(?:[:–—]|-+)\s*/i;

/**
 * A sentence that only says a question is coming ("I want to ask something.", "Can I ask you a question?", "I have
 * a few questions"): it asks nothing and tells nothing, so it is neither a question nor part of the story.
 */
const ANNOUNCES =
  /^(?:(?:please|hi|hello|hey|sir|ma'?am|po|ok(?:ay)?|so)[\s,]+)*(?:(?:can|could|may|might) i (?:ask|pose)(?: you| u)?|(?:i|we) (?:want|wanna|would like|'d like|need|have) to ask(?: you| u)?|let me ask(?: you| u)?|i(?:'ve| have)?(?: got| have)?|(?:here'?s|here is))?(?: (?:a|one|some|a few|few|two|three|a couple of|couple of|couple))?(?: (?:quick|small|simple|short|little|silly|dumb|stupid))?(?: (?:questions?|something|things?)| about (?:this|it))*(?: (?:for you|please|po|sir|ma'?am|here))*[\s?.!,:]*$/i;

/** Whether a sentence only announces a question (see `ANNOUNCES`): it has words, and none of them asks anything. */
export function announcesAQuestion(sentence: string): boolean {
  const s = sentence.trim();
  // An announcement is a few words; a long sentence is not tried (the pattern's optional parts would backtrack).
  return s.length <= 80 && /\b(?:ask|question|questions)\b/i.test(s) && ANNOUNCES.test(s);
}

/**
 * A message's questions and story. Kept by text while a message is matched: the message is parted to be matched, and
 * again when the learned model weighs in (how it asks, whether it asks once); callers must not change the parts.
 */
export function messageParts(text: string): MessageParts {
  return keptParts(text);
}

function readParts(text: string): MessageParts {
  const asking: string[] = [];
  const background: string[] = [];
  const leadIns: string[] = [];
  const before: string[] = [];
  const earlier: string[][] = [];
  const toldSoFar: string[] = [];
  let last = "";
  // Clauses asking in situ ("…this job is called what, and…"): asked outright, though without a mark of their own.
  const inSituParts = new Set<string>();
  // Whether the last thing said was a question: a restatement right after it ("…? like what are the steps") says it again.
  let afterQuestion = false;
  const story = (p: string) => {
    afterQuestion = false;
    background.push(p);
    toldSoFar.push(p);
    last = p;
  };
  // A question someone else put, told as a story ("she has asked me what the steps are"), that the sentence after it
  // points back to ("Could you walk me through them?"): the two are one question.
  let reported = "";
  // "what's an MLT lol. my manager keeps saying it": a remark after the last question that says "it" of its subject
  // tells where the writer met it, why one asks, not what; it is left out of the story.
  const remarks: string[] = [];
  for (const sentence of sentences(text)) {
    if (announcesAQuestion(sentence)) continue;
    // "Background: I drive a bus.": told as the story, whatever it says.
    const told = BACKGROUND_LABEL.exec(sentence);
    if (told) {
      const rest = sentence.slice(told[0].length).trim();
      if (/\p{L}/u.test(rest)) story(rest);
      reported = "";
      continue;
    }
    // "Question: pay in lab work.", "so my question is, is it worth it": asked, whatever it looks like.
    const labelled = QUESTION_LABEL.exec(sentence);
    const whole = (labelled ? sentence.slice(labelled[0].length) : sentence)
      .replace(SUMMARY, "")
      .replace(ENUMERATOR, "")
      .trim();
    if (!/\p{L}/u.test(whole)) continue;
    const lead = labelled ? undefined : leadIn(whole);
    if (lead) background.push(lead[0]);
    const said = lead ? lead[1] : whole;
    const joinsReported = reported !== "" && REFERS_BACK.test(said.toLowerCase()) && isAsking(said);
    if (joinsReported) background.splice(background.lastIndexOf(reported), 1);
    let s = joinsReported ? `${reported} ${said}` : said;
    let afterwards = "";
    reported = "";
    if (!labelled && !isAsking(s)) {
      story(s);
      if (asking.length > 0 && REMARK.test(s)) remarks.push(s);
      if (REPORTED.test(s.toLowerCase())) reported = s;
      continue;
    }
    // "whats an mlt even i keep seeing it everywhere": the statement run on after the question is story.
    const tail = labelled ? undefined : (statementAfter(s) ?? toldReasonAfter(s));
    if (tail) {
      s = tail[0];
      afterwards = tail[1];
    }
    const parts = questionsIn(s);
    // The clause before a joined question asks only if it reads as a question itself.
    for (const p of parts.length === 1 ? [s] : parts) {
      const inSitu = parts.length > 1 && s.trimEnd().endsWith("?") && !isAsking(p) && IN_SITU.test(p);
      if (inSitu) inSituParts.add(p);
      if (parts.length > 1 && !isAsking(p) && !inSitu && !(labelled && p === parts[0])) story(p);
      else {
        const aside = asideIn(p);
        if (aside) background.push(aside[1]);
        // "What does a tech do on a shift? Like what are they responsible for?": the question said again in other words
        // is the same question, read as one with the words of both.
        if (afterQuestion && RESTATES.test(p) && asking.length > 0) {
          asking[asking.length - 1] = `${asking.at(-1)} ${aside ? aside[0] : p}`;
          remarks.length = 0;
          continue;
        }
        afterQuestion = true;
        asking.push(aside ? aside[0] : p);
        remarks.length = 0;
        leadIns.push(lead?.[0] ?? "");
        before.push([last, lead?.[0] ?? ""].join(" ").trim());
        earlier.push(toldSoFar.toReversed());
      }
    }
    if (afterwards !== "") {
      story(afterwards);
      if (REMARK.test(afterwards)) remarks.push(afterwards);
    }
  }
  for (const r of remarks) background.splice(background.lastIndexOf(r), 1);
  // "…I've started wondering about the people on the other end. What do they earn?": a sentence that asks only by
  // saying "wondering" or "curious", by a question told inside a statement ("we have no idea where to look"), or by a
  // question mark after telling what someone said, is background when the message asks something outright.
  const outright = asking.map((p) => {
    const q = withoutOpeners(p);
    return (
      (q.endsWith("?") && !REPORT.test(q) && !EXCLAIMED.test(q)) ||
      QUESTION_START.test(q) ||
      ASKING_PHRASE.test(q.replace(MUSING, "")) ||
      asksAfterQualifier(q) ||
      INVERTED_AFTER_CLAUSE.test(q) ||
      inSituParts.has(p)
    );
  });
  if (outright.some(Boolean) && !outright.every(Boolean)) {
    const keep = asking.map((_, i) => outright[i]!);
    background.push(...asking.filter((_, i) => !keep[i]));
    const pick = <T>(xs: T[]) => xs.filter((_, i) => keep[i]);
    return {
      asking: pick(asking),
      background,
      leadIns: pick(leadIns),
      before: pick(before),
      earlier: pick(earlier),
    };
  }
  return { asking, background, leadIns, before, earlier };
}

const keptParts = keptByText(readParts);

/**
 * Words that say a question again in other words ("like what…", "I mean…", "as in…", "in other words…") or offer it
 * another answer ("…could I start without it? Or do they all want a certificate first?").
 */
const RESTATES = /^\s*(?:like|i mean|i meant|as in|in other words|basically|meaning|or)\b[\s,]*/i;

/**
 * A question word left where its answer would stand, near the end of a clause ("in America this job is called what
 * name", "you work where"): in a sentence ending in a question mark, the clause asks.
 */
const IN_SITU = /\s(?:what|where|when|which|who|how much|how long)(?:\s+[\p{L}']+){0,2}[\s?.!]*$/iu;

/** Whether a sentence ending in a question mark opens with a clause asking in situ, a question joined after it. */
function opensInSitu(sentence: string): boolean {
  if (!sentence.trimEnd().endsWith("?")) return false;
  const parts = questionsIn(sentence);
  return parts.length > 1 && IN_SITU.test(parts[0]!);
}

/** A stretch in brackets: "(without going back to school for years)". */
const BRACKETED = /\s*\(([^()]*)\)/g;

/**
 * What a question says in brackets without asking ("What other areas could I move into (without going back to school
 * for years)?"): an aside, told beside the question like the story. The question without it, and the aside, or
 * undefined. A bracketed question ("(is that true?)") asks, and a question of under three words without its aside
 * keeps it.
 */
function asideIn(question: string): [question: string, aside: string] | undefined {
  const asides: string[] = [];
  const rest = question.replace(BRACKETED, (whole, inside: string) => {
    if (!/\p{L}/u.test(inside) || inside.includes("?") || isAsking(inside)) return whole;
    asides.push(inside.trim());
    return "";
  });
  if (asides.length === 0 || rest.trim().split(/\s+/).length < 3) return undefined;
  return [rest.trim(), asides.join(" ")];
}

/** A question someone put to the writer, told in the third person: "he has asked me whether…", "she asked what…". */
const REPORTED =
  /\b(?:asked|asks|asking|ask)\s+(?:me|us|him|her|them|you)?\s*(?:what|whether|if|how|where|when|why|which|who|about)\b|\b(?:wants|wanted|would like|'d like|needs|needed) to know\b/;

/** A word that takes its subject from the sentence before: "walk me through them", "describe that option". */
const REFERS_BACK = /\b(?:that|this|those|these|them|it|one|such)\b/;

/** A statement that says "it" or "them" of something named before it. */
const REMARK = /\b(?:it|them)\b/i;

/**
 * A sentence that tells what someone said ("my teacher said it's optional but my friend said nobody hires you without
 * it?"): with a question mark it asks whether that is true, and a question beside it asks outright what the writer
 * wants to know.
 */
const REPORT =
  /^(?:(?:my|his|her|our|their|a|the|some|every|this|that)\s+)?[\p{L}']+(?:\s+[\p{L}']+)?\s+(?:said|says|told|tells|thinks|thought|keeps? (?:saying|telling)|mentioned|claims?|claimed|swears?)\b/u;

/**
 * A statement of ten words or more with a question mark, told by its subject ("my lab manager keeps calling me a tech and
 * my coworker a technologist and we literally do the same stuff most days??"): disbelief, not what the writer asks,
 * when a question is asked outright beside it. A short one may be a question in a statement's order ("I can work
 * without the certification?").
 */
const EXCLAIMED =
  /^(?:(?:and|but|so|like)\s+)?(?:i|i'm|im|i've|ive|we|we're|my|our|his|her|their|he|she|they|everyone|everybody)\s+(?:[^\s?]+\s+){8,}[^\s?]+\s*[?!]+$/;

/** Words that say one is curious without asking anything yet. */
const MUSING = /\b(?:wondering|curious)\b/g;

/**
 * Not "that" or "this" saying how much: "is there really that much hiring", "is it that hard" (but "that big one").
 */
export const NOT_A_DEGREE = String.raw`(?! (?:much|many|long|far|often|hard|easy|bad|good|great|big|different|difficult|expensive|important|common|stressful|busy|tough|competitive|high|low|well)\b(?! (?:one|ones)\b))`;

/**
 * Words that point back into the story: "what is that one?", "what separates those two?", "the first one". Not the
 * career's own name after them ("one of those lab techs"), nor "this" before a word for a career ("in this field",
 * "this profession": the career the bot is about; "this job" may be the writer's own), nor "that" opening a clause ("the skills that I need", "the tools that lab
 * techs use": a subject, or a plural, follows it), nor "the two", "the first" counting a span of time ("is the two year
 * degree enough", "the first month": a length, not two things named before), nor "this", "these" naming the time now
 * ("are labs short of staff these days", "this year"), nor "that" or "this" saying how much ("is there really that much
 * hiring", "is it that hard": a degree, not a thing named before).
 */
const POINTS_BACK = new RegExp(
  String.raw`\b(?:those|such)\b(?! (?:is|are|was|would|will|can|means?)\b)(?! (?:lab|labs|mlt|mlts|laboratory|medical lab)\b)|\b(?:this|these)\b${NOT_A_DEGREE}(?! (?:is|are|was|would|will|can|means?)\b)(?! (?:lab|labs|mlt|mlts|laboratory|medical lab|field|fields|career|careers|profession|professions|line of work|industry)\b)(?! (?:days?|weeks?|months?|years?|times?|moment|point|semester|season|summer|fall|winter|spring)\b)|\bthat\b${NOT_A_DEGREE}(?! (?:is|are|was|would|will|can|means?)\b)(?! (?:lab|labs|mlt|mlts|laboratory|medical lab)\b)(?! (?:i|you|we|they|he|she|someone|people|everyone|anyone|my|your|our|their)\b)(?! (?:[a-z']+ )?[a-z']*[^su\W]s\b)|\bthe (?:two|first|second|former|latter|same)\b(?![- ](?:years?|yrs?|months?|weeks?|days?|hours?)\b)|\b(?:both|each one)\b`,
);

/** Whether a question needs the story for its subject: it points back into it. */
export function pointsBack(question: string): boolean {
  return POINTS_BACK.test(question.toLowerCase());
}

/** Whether a question asks about two things the story named: "can you tell me about both?", "what is each one?". */
export function asksForBoth(question: string): boolean {
  return /\b(?:both|each one|each of them|either one|the two of them)\b/.test(question.toLowerCase());
}
