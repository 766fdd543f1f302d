// `npm run stats [-- --since 7d] [-- --json]`: what people asked, what they did not get, which answers they disliked.
import { parseArgs } from "node:util";
import { openCuratorStorage } from "./open-cli.ts";
import { formatStats, parseDuration, statsSince } from "./stats.ts";

const HELP = `Usage: npm run stats [-- --since 7d] [-- --json] [-- --db URL]

  --since DURATION  how far back: 7d (default), 24h, 30m
  --json            machine-readable output
  --db URL          SQLite file or postgres:// URL (default: DATABASE_URL, or bot.sqlite in DATA_DIR)`;

const { values } = parseArgs({
  options: {
    since: { type: "string", default: "7d" },
    json: { type: "boolean", default: false },
    db: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const window = parseDuration(values.since);
if (window === undefined) {
  console.error(`--since: expected something like 7d, 24h or 30m, got "${values.since}"`);
  process.exit(2);
}
const storage = await openCuratorStorage(values.db);
const since = Date.now() - window;
const stats = await statsSince(storage, since);
await storage.close();
console.log(values.json ? JSON.stringify(stats, null, 2) : formatStats(stats));
