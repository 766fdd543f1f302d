// Undoes what chat clients and copy-paste put in and around words, before anything else reads the text.
import { decodeHTML } from "entities";

/** Zero-width and other invisible format characters (ZWSP, ZWJ, soft hyphen, BOM, direction marks): they split words. */
const INVISIBLE = /\p{Cf}/gu;
/**
 * Markdown emphasis and code marks: `*salary*`, `**sal**ary`, `__pay__`, `` `mlt` ``, `~~x~~`. They format a word
 * and do not separate one, as Markdown renders them; only a single `_` between letters (snake_case) is left to
 * separate words.
 */
const MARKDOWN = /\*+|`+|~+|_{2,}|(?<!\p{L})_|_(?!\p{L})/gu;

/**
 * ASCII without an entity's "&" or a Markdown mark: nothing to clean (every invisible character is outside ASCII). Most
 * texts a message is read in are so, and each was searched three times for nothing.
 */
const CLEAN = /^[^&*`~_\u0080-\uffff]*$/;

/** HTML entities decoded (twice-escaped text too), invisible characters and Markdown marks dropped. */
export function cleanText(text: string): string {
  if (CLEAN.test(text)) return text;
  let decoded = text;
  for (let i = 0; i < 3 && decoded.includes("&"); i++) {
    const next = decodeHTML(decoded);
    if (next === decoded) break;
    decoded = next;
  }
  return decoded.replace(INVISIBLE, "").replace(MARKDOWN, "");
}
