// `npm run kb:suggest`: for the top unanswered questions, the nearest entries, to add an alternate or write a new entry.
import { parseArgs } from "node:util";
import { loadEngine } from "../engine.ts";
import { rank } from "../matching/engine.ts";
import { openCuratorStorage } from "./open-cli.ts";
import { groupUnanswered, parseDuration } from "./stats.ts";

const { values } = parseArgs({
  options: {
    since: { type: "string", default: "30d" },
    db: { type: "string" },
    knowledge: { type: "string", default: process.env.KNOWLEDGE_DIR ?? "knowledge" },
    limit: { type: "string", default: "10" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  console.log(`Usage: npm run kb:suggest [-- --since 30d] [-- --limit 10] [-- --db URL] [-- --knowledge DIR]

For each of the most frequent unanswered questions, lists the nearest entries with their confidence:
add the question to an entry's alternates when one fits, or write a new entry when none does.`);
  process.exit(0);
}
const window = parseDuration(values.since) ?? 30 * 86_400_000;
const storage = await openCuratorStorage(values.db);
const engine = await loadEngine(values.knowledge);
const records = (await storage.questionsSince(Date.now() - window)).filter(
  (q) => q.outcome === "none" || q.outcome === "ambiguous",
);
await storage.close();

const groups = groupUnanswered(records, Number(values.limit));
if (groups.length === 0) console.log("No unanswered questions in that period.");
for (const g of groups) {
  const nearest = rank(engine.index, engine.index.normalizer.normalize(g.text).terms).slice(0, 3);
  console.log(
    `\n${g.count}× "${g.text}"${g.examples.length > 1 ? `  (also: ${g.examples.slice(1).join(" | ")})` : ""}`,
  );
  if (nearest.length === 0) console.log("   no entry is close: consider a new entry");
  for (const c of nearest)
    console.log(
      `   ${c.confidence.toFixed(2)}  ${c.entry.id.padEnd(28)} ${c.entry.question}  (topic ${c.entry.topic})`,
    );
  if (nearest[0] && nearest[0].confidence >= engine.index.options.suggestMin)
    console.log(`   → if it means "${nearest[0].entry.question}", add it to that entry's alternates`);
}
