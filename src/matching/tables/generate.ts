// The language tables the matcher reads at start-up, made from their sources: the most common English words
// (popular-english-words) and the names of the world's regions (Node's ICU data). `npm run tables` writes them.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** How many of the most common English words the matcher knows (see COMMON_ENGLISH in ../text.ts). */
export const COMMON_ENGLISH_COUNT = 40_000;

export const COMMON_ENGLISH_FILE = new URL("./common-english.txt", import.meta.url);
export const REGION_NAMES_FILE = new URL("./region-names.json", import.meta.url);

/**
 * The first `count` words of popular-english-words, read as text: evaluating its 225,000-element array literal would
 * cost some 40 MB of memory. Each word is decoded from the file's bytes on its own.
 */
export function mostFrequentEnglish(count: number): string[] {
  const path = createRequire(import.meta.url).resolve("popular-english-words/words.js");
  const bytes = readFileSync(path);
  // One character per byte, so a match's index is its byte offset; quotes and backslashes are single UTF-8 bytes.
  const source = bytes.toString("latin1");
  const words: string[] = [];
  for (const m of source.matchAll(/'([^'\\]+)'/g)) {
    words.push(bytes.toString("utf8", m.index + 1, m.index + 1 + m[1]!.length));
    if (words.length === count) break;
  }
  return words;
}

/** Every two-letter region code; ICU names the ones it knows and echoes the rest. */
const CODES = Array.from({ length: 26 * 26 }, (_, i) =>
  String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)),
);

/** The English name of every region code ICU knows ("CA" → "Canada"). */
export function regionNames(): Record<string, string> {
  const display = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });
  const names: Record<string, string> = {};
  for (const code of CODES) {
    const name = display.of(code);
    if (name !== undefined && name !== code) names[code] = name;
  }
  return names;
}

/** Each table file with the text it must hold. */
export function tables(): { file: URL; text: string }[] {
  return [
    { file: COMMON_ENGLISH_FILE, text: `${mostFrequentEnglish(COMMON_ENGLISH_COUNT).join("\n")}\n` },
    { file: REGION_NAMES_FILE, text: `${JSON.stringify(regionNames(), null, 2)}\n` },
  ];
}
