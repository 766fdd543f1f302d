// `npm run kb:compile [dir]`: writes the pack's compiled form (compiled.bin): each YAML file's data, and the model
// learned from its examples, so that a start reads data and weights instead of parsing YAML and learning (`-- --check`
// only reports whether it is current). Run it after any file of the pack changes, or the matcher's reading of a
// text; a test fails while it is stale. A file changed since is simply read from its YAML, and the model learned from
// the examples when a message first needs it.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildIndex } from "../matching/engine.ts";
import { toStored } from "../matching/learned.ts";
import { COMPILED_FILE, type CompiledFile, type CompiledPack, encodeCompiled, textHash } from "./compiled.ts";
import { loadKnowledge, yamlData, yamlFiles } from "./load.ts";

/** The compiled form of the pack in `dir`, checked in full first (a pack with problems is not compiled). */
export async function compilePack(dir: string): Promise<CompiledPack> {
  const kb = await loadKnowledge(dir);
  const files = new Map<string, CompiledFile>();
  for (const file of await yamlFiles(dir)) {
    const raw = await readFile(join(dir, file), "utf8");
    const data = await yamlData(raw);
    files.set(file, { hash: textHash(raw), data: () => data });
  }
  const model = buildIndex(kb).learned();
  return model === undefined ? { files } : { files, model: toStored(model, kb.digest) };
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    options: { check: { type: "boolean", default: false } },
    allowPositionals: true,
  });
  const dir = positionals[0] ?? "knowledge";
  const path = join(dir, COMPILED_FILE);
  const started = performance.now();
  const compiled = await compilePack(dir);
  const fresh = encodeCompiled(compiled);
  const ms = performance.now() - started;
  if (values.check) {
    const current = await readFile(path).catch(() => undefined);
    if (current?.equals(fresh) !== true) {
      console.error(`${path} is not current for this pack: run npm run kb:compile`);
      process.exit(1);
    }
    console.log(`${path} is current`);
  } else {
    await writeFile(path, fresh);
    const { model } = compiled;
    console.log(
      `${path}: ${compiled.files.size} files` +
        (model
          ? `, a model of ${model.classes.length} classes × ${model.features.length} features from ${model.examples} wordings`
          : ", no model (no examples, or too many entries to learn one: the rules answer alone)") +
        `, ${fresh.length} bytes, in ${ms.toFixed(0)} ms`,
    );
  }
}
