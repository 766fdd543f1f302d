// `npm run lexicon`: regenerates knowledge/lexicon.json from WordNet for the pack's current words
// (`-- --check` only reports whether the committed file is current).
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadKnowledge } from "../../knowledge/load.ts";
import { lexiconFor } from "./pack.ts";
import { readWordNet } from "./wordnet.ts";

const { values, positionals } = parseArgs({
  options: { check: { type: "boolean", default: false } },
  allowPositionals: true,
});
const dir = positionals[0] ?? "knowledge";
const path = join(dir, "lexicon.json");
const started = performance.now();
const text = `${JSON.stringify(lexiconFor(await loadKnowledge(dir), readWordNet()), null, 1)}\n`;
const ms = performance.now() - started;
if (values.check) {
  const current = await readFile(path, "utf8").catch(() => "");
  if (current !== text) {
    console.error(`${path} is not current for this pack: run npm run lexicon`);
    process.exit(1);
  }
  console.log(`${path} is current`);
} else {
  await writeFile(path, text);
  console.log(
    `${path}: ${Object.keys(JSON.parse(text).words).length} words, ${text.length} bytes, ${ms.toFixed(0)} ms`,
  );
}
