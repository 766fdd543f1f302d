// Small talk read by its form rather than by its words: how-are-you frames, wishes for the time ahead, time-of-day
// salutations by where they stand, words of address, and phrasings bound into a longer phrase by a preposition.

/**
 * Words that address the reader and say no intent ("thanks mate", "hello ji", "okay sir", "much obliged, young man",
 * "hru bot"), in the Spanish and Portuguese many users mix in too ("gracias amigo", "boa tarde pessoal").
 */
const ADDRESS = new Set(
  `sir sirs madam maam mam ji sirji dear dearie love luv mate m8 buddy bud bro dude friend friends pal darling hun
honey folks guys man lady bot amigo amiga amigos amigas hermano hermana mano irmao pessoal gente galera chicos
chicas senor senora senhor senhora`.split(/\s+/),
);
/** Words that open or qualify a word of address: "respected sir", "my friend", "young man", "my dear". */
const ADDRESS_LEAD = new Set(["respected", "my", "young", "old", "dear", "dearest"]);

/** Whether a word addresses the reader. */
export const isAddress = (w: string) => ADDRESS.has(w);

/** A message's words without the words of address at their edges ("respected sir, good morning", "cheers mate"). */
export function withoutAddress(ws: readonly string[]): readonly string[] {
  let start = 0;
  let end = ws.length;
  const addressing = (i: number) =>
    ADDRESS.has(ws[i]!) || (ADDRESS_LEAD.has(ws[i]!) && ADDRESS.has(ws[i + 1] ?? ""));
  while (start < end && addressing(start)) start++;
  if (end > start && ADDRESS.has(ws[end - 1]!)) {
    end--;
    while (end > start && ADDRESS_LEAD.has(ws[end - 1]!)) end--;
  }
  return start === 0 && end === ws.length ? ws : ws.slice(start, end);
}

const alt = (words: string) =>
  words
    .trim()
    .split(/\s+\|\s+/)
    .map((w) => w.replace(/\s+/g, " "))
    .sort((a, b) => b.length - a.length)
    .join("|");

/** Times of day and of the week a salutation or a wish names. */
const TIME = `(?:${alt("morning | mornin | afternoon | evening | evenin | eve | night | nite | day | weekend | week")})`;

/**
 * What a how-are-you asks about: the bot, in the second person or the third ("how's the bot today"), or its day and
 * things in general ("how are things", "how's life").
 */
const SUBJECT =
  alt(`you | u | ya | yah | ye | you all | y all | yall | you guys | you lot | yourself | things | everything
| everything else | it | life | all | all of you | everyone | everybody | the day | your day | ur day | the week | your week
| your weekend | your morning | your evening | your afternoon | your end | your side | you and yours | the bot | this bot
| our bot | my bot | the robot | robot | bot | bot friend | the ai`) +
  // Any time of the bot's: "how's your evening treating you", "how is ur evening".
  `|(?:your|ur|the) ${TIME}`;

/** How the subject is getting along; a verb that is also a pack word ("keeping", "managing") is read by the frame. */
const STATE =
  alt(`keeping | keepin | keeping well | keeping yourself | doing | doin | getting on | gettin on | getting
along | going | goin | holding up | holdin up | managing | coping | faring | hanging in | hanging in there | keeping up
| treating you | going for you | shaping up | coming along | making it | makin it | getting by | gettin by | hanging |
hangin`);

/** What may follow: a time, a place of the writer's, a word of address ("how are you keeping these days, my friend"). */
const TAIL =
  alt(`today | tonight | now | then | there | bot | lately | so far | these days | this week | at all | at your
end | on your end | at your side | on your side | with you | over there | in this weather | this fine ${TIME} | this
lovely ${TIME} | this ${TIME} | ${TIME} | well | good | ok | okay | alright | all right | ${[...ADDRESS].join(" | ")} |
my friend | my dear | robot | chatbot`);

const AUX = "are|is|r|re|s|have|ve|has|do|hv";
const OPENERS = new Set(["and", "so", "well", "oh", "anyway", "anyways", "but", "then"]);

const HOW_ARE_YOU = new RegExp(
  `^hows? (?:(?:${AUX}) )?(?:(?:${SUBJECT}) )(?:been )?(?:(?:${STATE}) )?(?:(?:${TAIL}) )*$`,
);
/** "how's life treating you", "how is work treating you": whatever is asked about, it is asked of the bot. */
const TREATING_YOU = new RegExp(
  `^hows? (?:(?:${AUX}) )?(?:\\w+ ){1,2}(?:been )?treating (?:you|ya|u) (?:(?:${TAIL}) )*$`,
);
/** "how are the kids doing", "how is your mother keeping": the frame about someone or something else. */
const ABOUT_ANOTHER = new RegExp(`^hows? (?:${AUX}) (?:\\w+ ){1,3}(?:been )?(?:${STATE})\\b`);
/** "how are you supposed to cook rice", "how are you meant to apply": "how are you" opening another question. */
const ANOTHER_QUESTION = /^hows? (?:are|r|re|do) (?:you|u|ya) (?:\w+ ){0,2}to \w+/;

const ONLY_TAIL = new RegExp(`^(?:(?:${TAIL}) )+$`);

/** Whether words only say when or whom a pleasantry is said to: "today bot", "this evening my friend", "lately". */
export const onlyWhenOrWhom = (ws: readonly string[]): boolean => ONLY_TAIL.test(`${ws.join(" ")} `);

/**
 * Whether words are a how-are-you by their form: "frame" ("how are you keeping?", "how's life treating you",
 * "how ya going", "how have you been getting on these days"), "other" when they ask about someone or something else
 * in that form ("how are the kids doing", "how are you supposed to cook rice"), undefined when the form says nothing.
 */
export function howAreYouForm(ws: readonly string[]): "frame" | "other" | undefined {
  // "and how have you been?", "so how are you getting on": an opener joins it to what came before.
  while (OPENERS.has(ws[0] ?? "")) ws = ws.slice(1);
  if (ws[0] !== "how" && ws[0] !== "hows") return undefined;
  const text = `${withoutAddress(ws).join(" ")} `;
  if (HOW_ARE_YOU.test(text) || TREATING_YOU.test(text)) return "frame";
  if (ABOUT_ANOTHER.test(text) || ANOTHER_QUESTION.test(text)) return "other";
  return undefined;
}

/** How the reader is wished to be: "well", "in good health", "fine and healthy". */
const WELL = `(?:${alt("well | good | fine | great | in good health | in good spirits | ok | okay | alright | safe | healthy | happy | strong | blessed")})`;

/**
 * Well-wishing that opens a letter: "I trust you are well", "hope this message finds you well", "hope all is well",
 * "I am hoping you are safe and happy".
 */
const WELL_WISHING = new RegExp(
  `^(?:i (?:am |m )?|im )?(?:trust|trusting|hope|hoping|do hope) (?:that )?(?:(?:you are|you re|youre|ur|you have been|you ve been|you been|all is|all s|everything is|things are|this (?:\\w+ )?finds you|you are keeping|you re keeping|you keep) (?:(?:doing|keeping|staying) )?${WELL}(?: and ${WELL})*|(?:you are|you re|youre|ur|your) having (?:a |an )?(?:good|nice|great|lovely|wonderful|blessed|fine) (?:${TIME}|one|time))(?: (?:${TAIL}))*$`,
);

/** Whether words are a letter's well-wishing, which asks how the reader is without a question. */
export function wishesWellBeing(ws: readonly string[]): boolean {
  return WELL_WISHING.test(withoutAddress(ws).join(" "));
}

/**
 * Asking after the reader with a bare state: "you fine?", "r u ok", "are you doing well today", "you having a nice
 * evening?", or after the reader's things in general: "everything good?", "is everything ok with you".
 */
const AFTER_THE_READER = new RegExp(
  `^(?:(?:(?:are |r )?(?:you|u|ya)(?: (?:doing|keeping|feeling))?|(?:is )?everything|(?:are )?things) (?:fine|well|ok|okay|good|alright|all right|great)|(?:are |r )?(?:you|u|ya) having (?:a |an )?(?:good|nice|great|fine|lovely|decent|ok|okay|alright) (?:${TIME}|one|time))(?: (?:${TAIL}))*$`,
);

/** Whether words ask after the reader without "how" ("you fine?", "everything good?"), as a how-are-you does. */
export function asksAfterTheReader(ws: readonly string[]): boolean {
  return AFTER_THE_READER.test(withoutAddress(ws).join(" "));
}

/** Thanks said as what the bot did: "you helped me a lot", "you've really helped us", "u saved me". */
const HELPED =
  /^(?:you|u)(?: (?:have|ve|really|truly|so|just|already|have really|ve really))* (?:helped|saved)(?: (?:me|us|me out|us out))?(?: (?:a lot|lots|so much|very much|a ton|greatly|loads|again|today|tonight|here|with this|with that|big time))*$/;
/**
 * The same in the present, as many learners of English say it: "you help me very much", "u help us a lot"; only with
 * how much it helped, since "you help me" alone asks for help.
 */
const HELPS =
  /^(?:you|u)(?: (?:really|truly|so))* help (?:me|us)(?: (?:a lot|lots|so much|very much|much|a ton|greatly|loads|too much))+$/;

/** Whether words thank the bot by saying what it did for the writer. */
export function saysItHelped(ws: readonly string[]): boolean {
  const text = withoutAddress(ws).join(" ");
  return HELPED.test(text) || HELPS.test(text);
}

/**
 * Asking after the bot's own person, as one asks a new acquaintance: its age ("how old are you"), where it is from
 * ("where are you based?"), whether it lives or feels ("are you alive", "do you have feelings"), or its sex ("are you
 * a man or a woman").
 */
const ITS_PERSON = new RegExp(
  [
    `^how old (?:are|r|re) (?:you|u|ya)$`,
    `^where (?:are|r|re) (?:you|u|ya) (?:from|based|located|at|from originally|originally from)$`,
    `^where (?:do|does) (?:you|u|ya) (?:come from|live|stay)$`,
    `^(?:are|r) (?:you|u|ya) (?:alive|sentient|conscious|married|single|male|female)$`,
    `^(?:do|can) (?:you|u|ya) (?:have |feel )?(?:feelings|emotions|a body|a family|sleep|eat|dream|think|feel)$`,
    `^(?:are|r) (?:you|u|ya) (?:a |an )?(?:man|woman|guy|girl|boy|male|female)(?: or (?:a |an )?(?:man|woman|guy|girl|boy|male|female))?$`,
  ].join("|"),
);

/** Whether words ask after the bot's own person ("how old are you", "where are you from"), which asks who it is. */
export function asksAfterItsPerson(ws: readonly string[]): boolean {
  return ITS_PERSON.test(withoutAddress(ws).join(" "));
}

/**
 * Thanks said as valuing what was given: "I really appreciate the intel", "appreciate all your effort"; at most two
 * words name it, and nothing follows.
 */
const APPRECIATING =
  /^(?:i |we )?(?:(?:really|truly|totally|so|sincerely|deeply|greatly|do) )*(?:appreciate|appreciated|value)(?: (?:it|that|this|you|ya|u|everything|all|all of it|all of this|all that))?(?: (?:the|this|that|your|ur|all|all the|all your|all ur|these|those)(?: \w+){1,2})?(?: (?:so much|very much|a lot|a ton|greatly|sincerely|truly|man|bro|fam))*$/;

/** What the bot gave, thanked for by its topic: "the info on pay", "your explanation about the ASCP". */
const GIVEN =
  alt(`info | information | answer | answers | explanation | explanations | breakdown | details | rundown
| overview | help | tips | advice | insight | insights | reply | response | intel | lowdown | clarification`);
/** Thanks for what was given on a topic: "thanks for the info on the salary", "I appreciate the breakdown about pay". */
const THANKED_ON_A_TOPIC = new RegExp(
  `^(?:(?:i |we )?(?:(?:really|truly|so|sincerely|do) )*(?:appreciate|appreciated|value)|(?:thanks|thank you|thank u|thx|ty|tysm|many thanks|cheers|big thanks)(?: (?:so much|a lot|a ton|a bunch|very much|again))? for) (?:the|this|that|your|ur|all the|all your|all of the|all that)(?: \\w+)? (?:${GIVEN}) (?:on|about|regarding|re) ((?:\\w+ ){0,3}\\w+)$`,
);
/** Words that make the topic's words a question of their own: "…on pay, but what about benefits". */
const ASKING_ON = new Set(
  "what whats how hows why when where which who is are do does can could would should will but or if and also any".split(
    " ",
  ),
);

/** Whether words thank by saying the writer values what was given, or thank for what was said on a topic. */
export function appreciates(ws: readonly string[]): boolean {
  const text = withoutAddress(ws).join(" ");
  if (APPRECIATING.test(text)) return true;
  const topic = THANKED_ON_A_TOPIC.exec(text)?.[1];
  return topic !== undefined && !topic.split(" ").some((w) => ASKING_ON.has(w));
}

/** Praise of the bot itself, which thanks it: "you're the best bot ever", "u da real mvp", "you're a legend fr". */
const PRAISING =
  /^(?:you|u|ya|ur|your|youre)(?: (?:are|r|re|is|da|the|a|an|such|so|really|truly|literally|actually|just))* (?:(?:real|absolute|literal|true|best|greatest) )?(?:best|greatest|goat|mvp|legend|hero|star|champ|gem|lifesaver|life saver|g|rockstar|rock star)(?: (?:bot|chatbot|chatgpt|one|ever|fr|frfr|lol|bro|fam|man|for real|of all time|out here|thank you|thanks|ty))*$/;

/** Whether words praise the bot itself, which thanks it. */
export function praisesTheBot(ws: readonly string[]): boolean {
  return PRAISING.test(withoutAddress(ws).join(" "));
}

/** Taking note of what was said, as one acknowledges in a letter: "I have noted the points", "duly noted, sir". */
const NOTING =
  /^(?:i |we )?(?:have |ve |had )?(?:(?:duly|well|carefully|already) )?(?:noted|taken note)(?: (?:of|it|that|this|them|everything|all|all of it|all that|down|well|carefully|the points|your points|the information|the info|the details|your advice|the advice|with thanks))*$/;

/** Whether words say the writer has taken note of what was said, which acknowledges it. */
export function takesNote(ws: readonly string[]): boolean {
  return NOTING.test(withoutAddress(ws).join(" "));
}

/** Meeting someone, said on arriving: "nice to meet you", "pleased to meet you all", "good meeting you". */
const MEETING =
  /^(?:(?:it s|its|it is|so|very|really) )*(?:nice|pleased|glad|good|great|lovely|happy) (?:to meet|meeting) (?:you|u|ya|y all|yall|you all|everyone)(?: (?:too|as well|all))*$/;

/** Whether words say the writer is glad to meet the reader, which greets. */
export function saysMeeting(ws: readonly string[]): boolean {
  return MEETING.test(withoutAddress(ws).join(" "));
}

/** What something was done for, closing a sentence: "…for explaining that", "…for breaking it down for me". */
const DONE_FOR = /^(\S+(?: \S+){0,2}) for (\S{3,}ing)((?: \S+){1,5})$/;
/** Words pointing back at what was said or at the writer: thanks are for something done for them. */
const POINTING_BACK = new Set([
  "that",
  "this",
  "it",
  "everything",
  "all",
  "me",
  "us",
  "them",
  "those",
  "these",
]);
/** Words that may stand around them: "breaking it down for me", "answering all my questions so patiently". */
const AROUND_IT = new Set(
  `out up down over through again so very really such well for to my our the with questions question things stuff a
lot much time`.split(/\s+/),
);

/**
 * The words before "for" when words thank by what the bot did, said after them whatever thanks are said with
 * ("kudos for explaining that", "much respect for breaking it all down for me"): "for", a verb in -ing, and words
 * pointing back at what was said or at the writer (undefined when the form is not there).
 */
export function thankedForDoing(ws: readonly string[]): readonly string[] | undefined {
  const found = DONE_FOR.exec(withoutAddress(ws).join(" "));
  if (found === null) return undefined;
  const tail = found[3]!.trim().split(" ");
  if (!tail.some((w) => POINTING_BACK.has(w))) return undefined;
  if (!tail.every((w) => POINTING_BACK.has(w) || AROUND_IT.has(w) || /^\w{3,}ly$/.test(w))) return undefined;
  return found[1]!.split(" ");
}

/** A wish for the time ahead, which closes a conversation: "have a lovely evening", "enjoy the rest of your weekend". */
const WISH = new RegExp(
  `^(?:(?:i )?hope you |you )?(?:have|enjoy)(?: a| an| the rest of(?: your| the)?| your)?(?: \\w+){0,2} (?:${TIME}|one|holiday|holidays|shift|break|time)(?: (?:${TAIL}|ahead|too|as well|also))*$`,
);

/** Whether words wish the reader well for the time ahead. */
export function wishesTimeAhead(ws: readonly string[]): boolean {
  return WISH.test(withoutAddress(ws).join(" "));
}

/** Times a salutation may part at: "good morning" and "good afternoon" are said arriving ("hola, good morning"). */
const PARTING_TIME = `(?:${alt("evening | evenin | eve | night | nite | day | weekend | week")})`;

/** A time-of-day salutation that may part ("good evening", "night", "good day to you") closing a message. */
const SALUTATION_AT_END = new RegExp(
  `(?:^| )(?:good ?(?:${PARTING_TIME})|gnight|(?:${PARTING_TIME})(?: (?:${TIME}))?)(?: to)?(?: (?:you|all|everyone|${[...ADDRESS].join("|")}))*$`,
);

/**
 * Whether a message closes with a time-of-day salutation after words of its own ("I must be off now, good evening",
 * "I shall sign off. Good day."): said last, it takes leave; said first or alone it greets.
 */
export function salutesAtTheClose(ws: readonly string[]): boolean {
  const text = withoutAddress(ws).join(" ");
  const found = SALUTATION_AT_END.exec(text);
  return found !== null && found.index > 0;
}

/** The night's salutation and nothing else but whom it is said to ("good night", "goodnight everyone", "good night to all"). */
const GOOD_NIGHT_ALONE = new RegExp(
  `^(?:good ?(?:night|nite)|gnight)(?: to)?(?: (?:you|all|everyone|everybody|${[...ADDRESS].join("|")}))*$`,
);

/** Whether words bid good night and say nothing else. */
export function bidsGoodNight(ws: readonly string[]): boolean {
  return GOOD_NIGHT_ALONE.test(withoutAddress(ws).join(" "));
}

/** Prepositions that bind a phrasing into a longer phrase: "thanks to the rain", "good evening in Italian". */
const BINDING = new Set(["to", "of", "in", "with", "into", "about", "on"]);
/** Punctuation as voice typing spells it out. */
const SPOKEN_MARK = /^(?:question|exclamation) (?:mark|point)$|^full stop$/;
/** What still binds a goodbye: "take care of a sunburn". */
const LEAVING_BINDING = new Set(["of", "about"]);
/** Whom small talk is said to: "thanks to you", "good morning to all", "hello to everyone". */
const ADDRESSEES = new Set(["you", "u", "ya", "yourself", "all", "everyone", "everybody", "yall", "y"]);
/** Words pointing back at what was said: "help with both", "thanks for that" keep their phrasing. */
const POINTING = new Set([
  "both",
  "it",
  "that",
  "this",
  "these",
  "those",
  "them",
  "each",
  "everything",
  "all",
]);

/**
 * Whether a phrasing ending before word `end` is bound into a longer phrase by the preposition after it and the
 * thing it names ("what's up with my phone", "take care of a sunburn", "thanks to the rain"; not "thanks to you",
 * "good morning to all", "thank you for the help"); `leaving`: the phrasing is a goodbye.
 */
export function boundAfter(ws: readonly string[], end: number, leaving = false): boolean {
  const next = ws[end];
  const object = ws[end + 1];
  if (next === undefined || object === undefined || !BINDING.has(next)) return false;
  // After a goodbye, "to", "with", "into", "on" say where the person goes ("I have to go to my class").
  if (leaving && !LEAVING_BINDING.has(next)) return false;
  if (object === "the" || object === "my") {
    // "thanks to the team", "good morning to my friends": people addressed; "thanks to the rain": a cause.
    const noun = ws[end + 2];
    return noun === undefined || !(ADDRESS.has(noun) || ["team", "all", "everyone", "people"].includes(noun));
  }
  // "help me with question mark": voice typing spells out its punctuation.
  if (object === "period" || object === "comma" || SPOKEN_MARK.test(ws.slice(end + 1, end + 3).join(" ")))
    return false;
  return !ADDRESSEES.has(object) && !ADDRESS.has(object) && !POINTING.has(object);
}
