// `npm run kb:check [dir]`: validates a knowledge pack (claims and sources included), then warns about text the
// matcher cannot use, text that would hide an entry, and facts nothing states.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { buildIndex } from "../matching/engine.ts";
import { unusedFacts } from "./check.ts";
import { COMPILED_FILE, decodeCompiled, textHash } from "./compiled.ts";
import {
  KnowledgeError,
  KnowledgeNotFoundError,
  type LoadedKnowledge,
  loadKnowledge,
  yamlFiles,
} from "./load.ts";

/** Whether the compiled form holds every YAML file as it is and, with examples, the model learned from these files. */
async function compiledIsCurrent(dir: string, kb: LoadedKnowledge): Promise<boolean> {
  const compiled = await readFile(join(dir, COMPILED_FILE))
    .then(decodeCompiled)
    .catch(() => undefined);
  if (compiled === undefined) return false;
  for (const file of await yamlFiles(dir))
    if (compiled.files.get(file)?.hash !== textHash(await readFile(join(dir, file), "utf8"))) return false;
  return kb.examples.length === 0 || compiled.model?.digest === kb.digest;
}

const dir = process.argv[2] ?? "knowledge";
try {
  const kb = await loadKnowledge(dir);
  const index = buildIndex(kb);
  // A keyword or phrasing made only of stopwords ("get into") silently matches nothing: say so.
  const warnings: string[] = [];
  for (const e of kb.entries)
    for (const [field, texts] of [
      ["keywords", e.keywords],
      ["alternates", [e.question, ...e.alternates]],
      ["everyday", e.everyday],
      ["does", e.does],
    ] as const)
      for (const text of texts)
        if (index.normalizer.terms(text).length === 0)
          warnings.push(
            `  entries (id ${e.id}) ${field}: "${text}" has no words the matcher uses (only stopwords)`,
          );
  for (const [field, texts] of [
    ["domain_terms", kb.pack.domain_terms],
    ["out_of_scope_terms", kb.pack.out_of_scope_terms],
    ["uncovered_terms", kb.pack.uncovered_terms],
  ] as const)
    for (const text of texts)
      if (index.normalizer.terms(text).length === 0)
        warnings.push(`  pack.yaml ${field}: "${text}" has no words the matcher uses (only stopwords)`);
  // An uncovered term that an entry's own phrasing contains would keep people from reaching that entry.
  for (const text of kb.pack.uncovered_terms) {
    const terms = index.normalizer.terms(text);
    for (const e of index.entries)
      if (terms.length > 0 && e.phrasings.some((p) => terms.every((t) => p.terms.has(t))))
        warnings.push(`  pack.yaml uncovered_terms: "${text}" is in a phrasing of entry ${e.entry.id}`);
  }
  // A stale compiled form still works (what changed is read from its YAML), but every start then pays for it.
  if (!(await compiledIsCurrent(dir, kb)))
    warnings.push(
      `  ${COMPILED_FILE}: not compiled from the pack's files as they are: run npm run kb:compile (until then each start parses what changed, and learns from examples.yaml when a message first needs it)`,
    );
  for (const fact of unusedFacts(kb))
    warnings.push(`  facts.yaml: "${fact.fact}" is stated by no answer or tip`);
  if (warnings.length > 0) console.warn(`kb:check warnings:\n${warnings.join("\n")}`);
  console.log(
    `kb:check ok: ${dir} version ${kb.version}: ${kb.topics.length} topics, ${kb.entries.length} entries, ` +
      `${kb.smalltalk.length} small-talk intents, ${kb.synonyms.length} synonym groups, ${kb.tips.length} tips, ` +
      `${kb.facts.facts.length} facts from ${kb.facts.sources.length} sources`,
  );
} catch (error) {
  if (!(error instanceof KnowledgeError)) throw error;
  console.error(
    error instanceof KnowledgeNotFoundError
      ? `kb:check: ${error.message}`
      : `kb:check failed for ${dir}\n${error.message}`,
  );
  process.exitCode = 1;
}
