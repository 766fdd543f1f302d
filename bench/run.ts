// `npm run bench [-- matcher|bot|start|cpu|cold|fleet|webhook|tips]`: runs the benchmarks and prints their numbers for the README.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { loadEngine } from "../src/engine.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { killStarted } from "../tests/helpers/bot-process.ts";
import { benchBot } from "./bot.ts";
import { benchCpu } from "./cpu.ts";
import { benchMatcher } from "./matcher.ts";
import { benchStart } from "./start.ts";
import { formatRow, printReport } from "./stats.ts";
import { benchTips } from "./tips.ts";
import { benchColdStart, benchFleet, benchThroughput } from "./webhook.ts";

const selected = new Set(process.argv.slice(2));

// Every database and cache a benchmark makes goes in one directory, removed however the run ends.
const scratch = mkdtempSync(join(tmpdir(), "career-faq-bot-bench-"));
chmodSync(scratch, 0o755);
process.env.TMPDIR = scratch;
process.on("exit", () => rmSync(scratch, { recursive: true, force: true }));

// A hung benchmark fails loudly rather than printing nothing: every run has a hard limit.
const limitSeconds = Number(process.env.BENCH_TIMEOUT_SECONDS ?? 2_700);
let current = "start-up";
setTimeout(() => {
  console.error(
    `\nbench: ${current} still running after ${limitSeconds} s (BENCH_TIMEOUT_SECONDS): giving up`,
  );
  killStarted();
  process.exit(1);
}, limitSeconds * 1000).unref();

console.log(
  `bench ${new Date().toISOString().slice(0, 10)} on ${cpus()[0]?.model ?? "?"} ×${cpus().length}, ` +
    `${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)}`,
);
const kb = await loadKnowledge("knowledge");
/** Name, whether a run without names includes it, and the benchmark. */
const benches: [string, boolean, () => Promise<Parameters<typeof printReport>[0]>][] = [
  ["matcher", true, () => benchMatcher(kb, (row) => console.log(`  … ${formatRow(row).trim()}`))],
  ["bot", true, () => benchBot()],
  ["start", true, () => benchStart()],
  ["fleet", true, () => benchFleet()],
  // The cold-start rows alone (fleet runs them too): BENCH_REPEATS=7 npm run bench -- cold
  [
    "cold",
    false,
    async () => ({
      title: "cold start and memory next to a bare grammY bot (same run)",
      rows: await benchColdStart(),
    }),
  ],
  // The webhook throughput rows alone (fleet runs them too): BENCH_THROUGHPUT_REPEATS=3 npm run bench -- webhook
  [
    "webhook",
    false,
    async () => ({
      title: "webhook throughput next to a bare grammY bot (same run)",
      rows: await benchThroughput(undefined, (row) =>
        console.log(`  … ${row.name}: ${JSON.stringify(row.values)}`),
      ),
    }),
  ],
  ["cpu", true, () => benchCpu()],
  ["tips", true, async () => benchTips(await loadEngine("knowledge"))],
];
for (const [name, byDefault, bench] of benches) {
  if (!(selected.has(name) || (selected.size === 0 && byDefault))) continue;
  current = name;
  const started = performance.now();
  console.log(`\n-- ${name}`);
  printReport(await bench());
  console.log(
    `-- ${name}: ${((performance.now() - started) / 1000).toFixed(0)} s, load average ${loadavg()[0]!.toFixed(1)}`,
  );
}
// Whatever a benchmark left open (a timer, a socket) must not keep the run from ending.
process.exit(0);
