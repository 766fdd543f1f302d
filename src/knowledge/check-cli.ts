// `npm run kb:check [dir]`: validates a knowledge pack, then warns about text the matcher cannot use.
import { buildIndex } from "../matching/engine.ts";
import { KnowledgeError, loadKnowledge } from "./load.ts";

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
    ] as const)
      for (const text of texts)
        if (index.normalizer.terms(text).length === 0)
          warnings.push(
            `  entries (id ${e.id}) ${field}: "${text}" has no words the matcher uses (only stopwords)`,
          );
  if (warnings.length > 0) console.warn(`kb:check warnings:\n${warnings.join("\n")}`);
  console.log(
    `kb:check ok: ${dir} version ${kb.version}: ${kb.topics.length} topics, ${kb.entries.length} entries, ` +
      `${kb.smalltalk.length} small-talk intents, ${kb.synonyms.length} synonym groups, ${kb.tips.length} tips`,
  );
} catch (error) {
  if (!(error instanceof KnowledgeError)) throw error;
  console.error(`kb:check failed for ${dir}\n${error.message}`);
  process.exitCode = 1;
}
