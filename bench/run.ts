// `npm run bench [-- matcher|bot|start|cold|fleet|tips]`: runs the benchmarks and prints their numbers for the README.
import { cpus, totalmem } from "node:os";
import { loadEngine } from "../src/engine.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { benchBot } from "./bot.ts";
import { benchMatcher } from "./matcher.ts";
import { benchStart } from "./start.ts";
import { printReport } from "./stats.ts";
import { benchTips } from "./tips.ts";
import { benchColdStart, benchFleet } from "./webhook.ts";

const selected = new Set(process.argv.slice(2));
const wants = (name: string) => selected.size === 0 || selected.has(name);

console.log(
  `bench ${new Date().toISOString().slice(0, 10)} on ${cpus()[0]?.model ?? "?"} ×${cpus().length}, ` +
    `${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
const kb = await loadKnowledge("knowledge");
if (wants("matcher")) printReport(await benchMatcher(kb));
if (wants("bot")) printReport(await benchBot());
if (wants("start")) printReport(await benchStart());
if (wants("fleet")) printReport(await benchFleet());
// The cold-start rows alone (fleet runs them too): BENCH_REPEATS=7 npm run bench -- cold
if (selected.has("cold"))
  printReport({
    title: "cold start and memory next to a bare grammY bot (same run)",
    rows: await benchColdStart(),
  });
if (wants("tips")) printReport(await benchTips(await loadEngine("knowledge")));
