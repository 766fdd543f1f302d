// A question about doing something in a language ("can I take the exam in Spanish"): the guide says nothing of languages.
import { readFileSync } from "node:fs";
import { LANGUAGE_NAMES_FILE } from "./tables/generate.ts";

/** Language names in English and in themselves, folded ("spanish", "espanol"), from ICU by `npm run tables`. */
const LANGUAGES: ReadonlySet<string> = new Set(
  readFileSync(LANGUAGE_NAMES_FILE, "utf8").trimEnd().split("\n"),
);

/** Words before "in <language>" that make it a subject studied, not the language something is done in. */
const STUDIED = new Set([
  "degree",
  "major",
  "minor",
  "bachelor",
  "bachelors",
  "masters",
  "diploma",
  "background",
]);

/**
 * Whether a question asks about doing something in a language: "in Spanish", "in español", or speaking one ("do I
 * need to speak Tagalog"). "A degree in English" is a subject studied.
 */
export function asksInALanguage(ws: readonly string[]): boolean {
  for (let i = 0; i < ws.length - 1; i++) {
    const w = ws[i]!;
    if (!LANGUAGES.has(ws[i + 1]!)) continue;
    if (w === "speak" || w === "speaks" || w === "speaking") return true;
    if (w === "in" && !ws.slice(Math.max(0, i - 2), i).some((b) => STUDIED.has(b))) return true;
  }
  return false;
}
