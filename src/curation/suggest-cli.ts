// `npm run kb:suggest`: for the top unanswered questions, the nearest entries, to add an alternate or write a new entry.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { databaseUrlIn } from "../config.ts";
import { loadEngine } from "../engine.ts";
import { rank } from "../matching/engine.ts";
import { openStorage } from "../storage/open.ts";
import { StorageUrlError, storageTarget } from "../storage/url.ts";
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
let databaseUrl: string;
let target: ReturnType<typeof storageTarget>;
try {
  databaseUrl =
    values.db ?? databaseUrlIn(process.env.DATA_DIR || "data", process.env.DATABASE_URL || undefined);
  target = storageTarget(databaseUrl);
} catch (error) {
  if (!(error instanceof StorageUrlError)) throw error;
  console.error(error.message);
  process.exit(2);
}
if (target.engine === "sqlite" && !existsSync(target.path)) {
  console.log(`No database at ${target.path} yet: the bot creates it on its first start.`);
  process.exit(0);
}
const storage = await openStorage(databaseUrl, { poolSize: 2 });
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
