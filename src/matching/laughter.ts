// Laughter as people type it in the languages met in US chats: "haha", "jajaja", "kkkk", "rsrs", "xD", "ㅋㅋ".

/**
 * The shapes of typed laughter: a laughing syllable repeated (English "haha", "hehe", "ahah"; Spanish "jajaja",
 * "jejeje"; Portuguese "kkkk", "rsrs", "huehue"; the keyboard's "jsjsjs"), the sideways face "xD", Thai "555", Korean
 * "ㅋㅋ", "ㅎㅎ" and Chinese "哈哈". Not chat's acronyms ("lol", "lmao"): texting tags a sentence with them, and a lone
 * one is no answer to acknowledge.
 */
const LAUGHTER =
  /^(?:a?(h[aeiou])\1+h?|(?:ah){2,}a?|(j[aei])\2+j?|(?:hue){2,}|(?:rs){2,}|(?:js){2,}j?|k{3,}|x+d+|5{3,}|[ㅋᄏ]+|[ㅎᄒ]+|哈+)$/u;

/** Whether a word, as typed or unstretched (a stretched "ㅋㅋㅋ" or "哈哈" reads as one sign), is laughter. */
export function isLaughter(word: string): boolean {
  return LAUGHTER.test(word.toLowerCase());
}
