// Function words as dialects and spelling by sound write them, read as standard English where small talk is read.

/**
 * Caribbean, African American and Southern English and spelling by sound write the function words of a greeting or a
 * question to the bot their own way ("how yuh doin", "so wah yuh know bout", "is dis a real person"). Small
 * talk reads them as the words they are; the rest of matching does not (a question about the career is read by its
 * own words, and "wah paperwork mi need" is no more the pack's for reading "what"). Only words that are no English
 * word on their own, nor a word of small talk in the languages its phrasings hold ("ya" is yes and "see ya", "dey"
 * is Pidgin's "how you dey", "de" and "mi" are Spanish's).
 */
const SPELLED: ReadonlyMap<string, string> = new Map(
  Object.entries({
    yuh: "you",
    yu: "you",
    wah: "what",
    wha: "what",
    dis: "this",
    dem: "them",
    wid: "with",
    wit: "with",
    widd: "with",
    ting: "thing",
    tings: "things",
    di: "the",
    gud: "good",
    lata: "later",
    layta: "later",
    unu: "you",
    // Chat's clippings and sound spellings of a pleasantry's own words: "preciate it", "wassup".
    preciate: "appreciate",
    preciated: "appreciated",
    wassup: "sup",
    wazzup: "sup",
    whaddup: "sup",
  }),
);

/** Words with the dialect and sound spellings of function words read as standard English; the same array if none. */
export function chatSpelled(ws: readonly string[]): readonly string[] {
  let out: string[] | undefined;
  for (let i = 0; i < ws.length; i++) {
    const standard = SPELLED.get(ws[i]!);
    if (standard === undefined) continue;
    out ??= [...ws];
    out[i] = standard;
  }
  return out ?? ws;
}

/** Whether a word is a dialect's or chat's spelling that small talk reads as another ("wah", "dis"). */
export function isChatSpelled(w: string): boolean {
  return SPELLED.has(w);
}

/**
 * Chat's spellings of everyday words that neither a slip of the keys nor the ear of the function words reaches ("enuf"
 * has an f where "enough" has none; "sum1" a digit for a sound and a word for another). Read as the words where the
 * rules read a message's words, not in the words as typed that the learned model also reads.
 */
const EVERYDAY: ReadonlyMap<string, string> = new Map(
  Object.entries({
    enuf: "enough",
    enuff: "enough",
    sum1: "someone",
    sumthin: "something",
    sumthing: "something",
  }),
);

/** The everyday word a chat spelling stands for ("enuf" enough), or undefined. */
export function everydayChatWord(w: string): string | undefined {
  return EVERYDAY.get(w);
}
