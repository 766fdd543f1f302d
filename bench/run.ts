// `npm run bench [-- matcher|bot|tips]`: runs the benchmarks and prints their numbers for the README.
import { cpus, totalmem } from "node:os";
import { loadEngine } from "../src/engine.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { benchBot } from "./bot.ts";
import { benchMatcher } from "./matcher.ts";
import { printReport } from "./stats.ts";
import { benchTips } from "./tips.ts";
import { benchFleet } from "./webhook.ts";

const selected = new Set(process.argv.slice(2));
const wants = (name: string) => selected.size === 0 || selected.has(name);

console.log(
  `bench ${new Date().toISOString().slice(0, 10)} on ${cpus()[0]?.model ?? "?"} ×${cpus().length}, ` +
    `${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
const kb = await loadKnowledge("knowledge");
if (wants("matcher")) printReport(await benchMatcher(kb));
if (wants("bot")) printReport(await benchBot());
if (wants("fleet")) printReport(await benchFleet());
if (wants("tips")) printReport(await benchTips(await loadEngine("knowledge")));
