// `npm run learn [dir]`: learns the model of the pack's examples and stores it in the pack (learned.bin.gz), so that a
// start reads its weights instead of examples.yaml and no one waits for it to learn (`-- --check` only reports
// whether the stored model is the one the pack and the matcher learn now). Run it after examples.yaml, the entries,
// small talk, synonyms or the lexicon change; a test fails while it is stale.
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { encodeLearned, LEARNED_FILE } from "../knowledge/learned-file.ts";
import { loadKnowledge } from "../knowledge/load.ts";
import { buildIndex } from "./engine.ts";
import { toStored } from "./learned.ts";

const { values, positionals } = parseArgs({
  options: { check: { type: "boolean", default: false } },
  allowPositionals: true,
});
const dir = positionals[0] ?? "knowledge";
const path = join(dir, LEARNED_FILE);
const started = performance.now();
const kb = await loadKnowledge(dir);
const model = buildIndex(kb).learned();
const ms = performance.now() - started;
const current = await readFile(path).catch(() => undefined);
const fresh = model === undefined ? undefined : encodeLearned(toStored(model, kb.digest));
if (values.check) {
  if (fresh === undefined ? current !== undefined : current?.equals(fresh) !== true) {
    console.error(`${path} is not current for this pack: run npm run learn`);
    process.exit(1);
  }
  console.log(fresh === undefined ? `${dir}: no examples, no stored model` : `${path} is current`);
} else if (fresh === undefined) {
  await rm(path, { force: true });
  console.log(`${dir}: no examples, so no model to store`);
} else {
  await writeFile(path, fresh);
  console.log(
    `${path}: ${model!.classes.length} classes × ${model!.features.size} features from ${model!.examples} wordings, ` +
      `${fresh.length} bytes, learned in ${ms.toFixed(0)} ms`,
  );
}
