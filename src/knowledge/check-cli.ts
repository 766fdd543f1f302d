// `npm run kb:check [dir]`: validates a knowledge pack and prints a summary or every problem found.
import { KnowledgeError, loadKnowledge } from "./load.ts";

const dir = process.argv[2] ?? "knowledge";
try {
  const kb = await loadKnowledge(dir);
  console.log(
    `kb:check ok: ${dir} version ${kb.version}: ${kb.topics.length} topics, ${kb.entries.length} entries, ` +
      `${kb.smalltalk.length} small-talk intents, ${kb.synonyms.length} synonym groups, ${kb.tips.length} tips`,
  );
} catch (error) {
  if (!(error instanceof KnowledgeError)) throw error;
  console.error(`kb:check failed for ${dir}\n${error.message}`);
  process.exitCode = 1;
}
