// Cold start under a crowd, memory and throughput: the real bot next to a bare grammY bot in the same run, as ratios.
// Polling and webhook mode; throughput through one webhook instance and through two behind one URL.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { loadavg } from "node:os";
import pg from "pg";
import { FakeTelegram } from "../tests/fake-telegram/server.ts";
import { person, temporaryDatabase } from "../tests/helpers/bot-harness.ts";
import { type Cluster, startCluster } from "../tests/postgres/cluster.ts";
import { benchEnv, START_FLAGS } from "./flags.ts";
import { percentile, type Report } from "./stats.ts";

export type Mode = "polling" | "webhook";
export type Kind = "bot" | "bare";

const SECRET = "bench_secret";
const HOOK_PATH = "/hook";
const QUESTIONS = ["how much do lab techs make", "salery?", "do I need a degree", "phlebotomy", "hi"];

export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024;
}

/** CPU time the process has used so far, all its threads (V8's GC and compiler threads too), in ms. */
export function cpuMs(pid: number): number {
  // Fields after the command name; utime and stime are the 14th and 15th of the line, in clock ticks (1/100 s).
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface Instance {
  child: ChildProcess;
  url: string;
}

export async function spawnInstance(
  kind: Kind,
  mode: Mode,
  fake: FakeTelegram,
  database: string,
): Promise<Instance> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [...START_FLAGS, kind === "bot" ? "src/main.ts" : "bench/bare-bot.ts"],
    {
      env: benchEnv(fake.url, {
        DATABASE_URL: database,
        // One key for every instance, as the README asks of a fleet (required with PostgreSQL).
        RECORDS_KEY: "bench-records-key-0123456789abcdef0123456789abcdef",
        ...(mode === "webhook"
          ? { WEBHOOK_URL: `https://bot.example${HOOK_PATH}`, WEBHOOK_SECRET: SECRET, PORT: String(port) }
          : {}),
      }),
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  return { child, url: `http://127.0.0.1:${port}${HOOK_PATH}` };
}

/** Polling: the first getUpdates. Webhook: the port answers (the bot opens it once it can serve). */
export async function serving(instance: Instance, mode: Mode, fake: FakeTelegram): Promise<void> {
  if (mode === "polling") {
    await fake.waitFor(() => fake.firstGetUpdatesAt, 90_000, "first getUpdates");
    return;
  }
  const deadline = Date.now() + 90_000;
  for (;;) {
    const up = await fetch(new URL("/livez", instance.url)).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    if (Date.now() > deadline) throw new Error("webhook instance never served");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export async function stopAll(instances: Instance[]): Promise<void> {
  for (const { child } of instances) {
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 6_000);
    if (child.exitCode === null) await once(child, "exit");
    clearTimeout(timer);
  }
}

/** Sends one message in each of `chats` chats at once; returns each chat's time to its first reply, in ms. */
export async function burst(fake: FakeTelegram, chats: number): Promise<number[]> {
  const crowd = Array.from({ length: chats }, () => person());
  const t0 = performance.now();
  const firstAt = new Map<number, number>();
  for (const [i, p] of crowd.entries()) fake.sendText(p.chat, p.user, QUESTIONS[i % QUESTIONS.length]!);
  await fake.waitFor(
    () => {
      for (const p of crowd)
        if (!firstAt.has(p.chat.id) && fake.botMessages(p.chat.id).length > 0)
          firstAt.set(p.chat.id, performance.now() - t0);
      return firstAt.size === chats || undefined;
    },
    60_000,
    "burst replies",
  );
  return [...firstAt.values()];
}

interface ColdRun {
  p50: number;
  p99: number;
  /** CPU the instance used from the burst to its last first reply. */
  cpuMs: number;
  rssAfterLoad: number;
}

/** Starts one instance, sends 200 chats the moment it serves, then 1,000 more messages; memory after that. */
export async function coldRun(kind: Kind, mode: Mode): Promise<ColdRun> {
  const fake = await new FakeTelegram().start();
  const instance = await spawnInstance(kind, mode, fake, temporaryDatabase());
  try {
    await serving(instance, mode, fake);
    if (mode === "webhook") {
      fake.webhookTargets = [instance.url];
      fake.webhook = { url: `https://bot.example${HOOK_PATH}`, secret: SECRET, maxConnections: 40 };
    }
    const cpuBefore = cpuMs(instance.child.pid!);
    const firsts = await burst(fake, 200);
    const cpu = cpuMs(instance.child.pid!) - cpuBefore;
    for (let round = 0; round < 5; round++) await burst(fake, 200);
    return {
      p50: percentile(firsts, 0.5),
      p99: percentile(firsts, 0.99),
      cpuMs: cpu,
      rssAfterLoad: rssMb(instance.child.pid!),
    };
  } finally {
    await stopAll([instance]);
    await fake.close();
  }
}

const RATES = [50, 100, 200, 400];
/** Updates offered at each rate: the p99 of 600 is the sixth slowest, not (as with 150) the second. */
const LEVEL_UPDATES = Number(process.env.BENCH_LEVEL_UPDATES ?? 600);

export interface Throughput {
  /** The highest rate whose p99 stayed within 20 ms (0: none did). */
  rate: number;
  p99s: number[];
  /** CPU per update at each rate, in ms: the instances' processes (all threads), and PostgreSQL's (0 without). */
  cpu: number[];
  pgCpu: number[];
}

/**
 * CPU the PostgreSQL server has used so far (its postmaster and every backend, all of them its children), in ms.
 * The postmaster's pid is the first line of `postmaster.pid` in the data directory.
 */
export function serverCpuMs(cluster: Cluster | undefined): number {
  if (!cluster) return 0;
  const postmaster = Number(readFileSync(`${cluster.dir}/data/postmaster.pid`, "utf8").split("\n")[0]);
  let total = cpuMs(postmaster);
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]!.split(" ");
      if (Number(fields[1]) === postmaster) total += (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return total;
}

/**
 * Waits until every update delivered so far has been answered 200 and the instances have had a second to write what
 * they keep after answering (question records): each rate starts on an idle instance, not in the wake of the last.
 */
async function settle(fake: FakeTelegram): Promise<void> {
  await fake.waitFor(() => fake.pendingUpdates === 0 || undefined, 60_000, "webhook queue drained");
  await new Promise((resolve) => setTimeout(resolve, 1_000));
}

/**
 * Offered load in steps (open loop: messages at a fixed rate from many chats, whatever the replies do): the
 * update → reply p99 at each rate, and the highest rate whose p99 stays within 20 ms (0: none did). The same
 * warm-up (five bursts of 200 chats) and the same pause before each rate for the bot and the bare bot.
 */
export async function throughput(
  instances: number,
  database: string,
  kind: Kind = "bot",
  cluster?: Cluster,
): Promise<Throughput> {
  const fake = await new FakeTelegram().start();
  const started = await Promise.all(
    Array.from({ length: instances }, () => spawnInstance(kind, "webhook", fake, database)),
  );
  const instancesCpu = () => started.reduce((sum, i) => sum + cpuMs(i.child.pid!), 0);
  try {
    for (const i of started) await serving(i, "webhook", fake);
    fake.webhookTargets = started.map((i) => i.url);
    fake.webhook = { url: `https://bot.example${HOOK_PATH}`, secret: SECRET, maxConnections: 100 };
    for (let round = 0; round < 5; round++) await burst(fake, 200); // past V8's first compilations
    const result: Throughput = { rate: 0, p99s: [], cpu: [], pgCpu: [] };
    for (const rate of RATES) {
      await settle(fake);
      const [cpu0, pg0] = [instancesCpu(), serverCpuMs(cluster)];
      result.p99s.push(await offeredLoad(fake, rate, LEVEL_UPDATES));
      result.cpu.push((instancesCpu() - cpu0) / LEVEL_UPDATES);
      result.pgCpu.push((serverCpuMs(cluster) - pg0) / LEVEL_UPDATES);
    }
    result.rate = RATES.filter((_, i) => result.p99s[i]! <= 20).at(-1) ?? 0;
    return result;
  } finally {
    await stopAll(started);
    await fake.close();
  }
}

async function offeredLoad(fake: FakeTelegram, rate: number, total: number): Promise<number> {
  const people = Array.from({ length: 400 }, () => person());
  const sentAt = new Map<number, number>();
  const latencies: number[] = [];
  const t0 = performance.now();
  for (let k = 0; k < total; k++) {
    const due = t0 + (k * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const p = people[k % people.length]!;
    const before = fake.botMessages(p.chat.id).length;
    fake.sendText(p.chat, p.user, QUESTIONS[k % QUESTIONS.length]!);
    sentAt.set(k, performance.now());
    void fake
      .waitFor(() => fake.botMessages(p.chat.id).length > before || undefined, 30_000, "reply")
      .then(() => latencies.push(performance.now() - sentAt.get(k)!));
  }
  await fake.waitFor(() => latencies.length >= total || undefined, 60_000, "all replies");
  return percentile(latencies, 0.99);
}

async function freshDatabase(cluster: Cluster, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(cluster.url);
  url.pathname = `/${name}`;
  return url.toString();
}

const median = (xs: number[]) => percentile(xs, 0.5);

const range = (xs: number[], digits: number) =>
  `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`;

/**
 * Cold starts of the bot and of the bare grammY bot, alternating (bare, bot, bare, bot …) so that whatever else the
 * machine is doing falls on both alike. Each figure is the median of `repeats` starts; the spread is the range of
 * the ratios of each start to the bare start just before it. CPU is the process's, all threads, during the burst:
 * on a busy machine it moves less than the latency does.
 */
export async function benchColdStart(
  repeats = Number(process.env.BENCH_REPEATS ?? 3),
  log: (row: Report["rows"][number]) => void = () => {},
): Promise<Report["rows"]> {
  const rows: Report["rows"] = [];
  for (const mode of ["polling", "webhook"] as const) {
    const loadBefore = loadavg()[0]!;
    const bareRuns: ColdRun[] = [];
    const botRuns: ColdRun[] = [];
    for (let rep = 0; rep < repeats; rep++) {
      bareRuns.push(await coldRun("bare", mode));
      botRuns.push(await coldRun("bot", mode));
    }
    const loadAfter = loadavg()[0]!;
    const med = (runs: ColdRun[], key: keyof ColdRun) => median(runs.map((r) => r[key]));
    const ratios = (key: keyof ColdRun) => botRuns.map((r, i) => r[key] / bareRuns[i]![key]);
    const row = {
      name: `cold burst, ${mode}`,
      values: {
        starts: `${repeats} each`,
        "first reply p50 bot/bare ms": `${med(botRuns, "p50").toFixed(0)}/${med(bareRuns, "p50").toFixed(0)}`,
        "ratio p50": (med(botRuns, "p50") / med(bareRuns, "p50")).toFixed(2),
        "ratio p50 per start": range(ratios("p50"), 2),
        "p99 bot/bare ms": `${med(botRuns, "p99").toFixed(0)}/${med(bareRuns, "p99").toFixed(0)}`,
        "burst CPU bot/bare ms": `${med(botRuns, "cpuMs").toFixed(0)}/${med(bareRuns, "cpuMs").toFixed(0)}`,
        "RSS after load bot/bare MB": `${med(botRuns, "rssAfterLoad").toFixed(0)}/${med(bareRuns, "rssAfterLoad").toFixed(0)}`,
        "ratio RSS": (med(botRuns, "rssAfterLoad") / med(bareRuns, "rssAfterLoad")).toFixed(2),
        "ratio RSS per start": range(ratios("rssAfterLoad"), 2),
        "load average": `${loadBefore.toFixed(1)}→${loadAfter.toFixed(1)}`,
      },
    };
    rows.push(row);
    log(row);
  }
  return rows;
}

/**
 * Webhook throughput: one bare grammY bot, one instance and two instances of the bot on PostgreSQL, in that order,
 * `repeats` times (BENCH_THROUGHPUT_REPEATS), each on a fresh database, so that what else the machine does falls on
 * all three alike. CPU per update is the steadier figure on a shared machine; the p99s are what the target is about.
 */
export async function benchThroughput(
  repeats = Number(process.env.BENCH_THROUGHPUT_REPEATS ?? 2),
  log: (row: Report["rows"][number]) => void = () => {},
): Promise<Report["rows"]> {
  const rows: Report["rows"] = [];
  const add = (name: string, run: Throughput, load: number) => {
    const row = {
      name,
      values: {
        "updates/s with p99 ≤ 20 ms": run.rate,
        [`p99 ms at ${RATES.join("/")} per s`]: run.p99s.map((p) => p.toFixed(1)).join("/"),
        "CPU ms per update, instances": run.cpu.map((c) => c.toFixed(2)).join("/"),
        "CPU ms per update, PostgreSQL": run.pgCpu.map((c) => c.toFixed(2)).join("/"),
        "load average": `${load.toFixed(1)}→${loadavg()[0]!.toFixed(1)}`,
      },
    };
    rows.push(row);
    log(row);
  };
  // Several instances share one PostgreSQL database (a throwaway cluster, as the tests use), one instance too.
  const cluster = await startCluster();
  try {
    for (let rep = 1; rep <= repeats; rep++) {
      // The same load through one bare grammY bot: how much of the p99 is this machine rather than the bot.
      let load = loadavg()[0]!;
      add(`webhook, bare grammY bot, run ${rep}`, await throughput(1, temporaryDatabase(), "bare"), load);
      for (const n of [1, 2]) {
        load = loadavg()[0]!;
        const database = await freshDatabase(cluster, `bench_${n}_${rep}`);
        add(
          `webhook, ${n} instance${n > 1 ? "s" : ""}, run ${rep}`,
          await throughput(n, database, "bot", cluster),
          load,
        );
      }
    }
  } finally {
    await cluster.stop();
  }
  return rows;
}

export async function benchFleet(): Promise<Report> {
  const rows: Report["rows"] = [];
  // Each row is printed as soon as it is measured too: a long run on a busy machine keeps what it got.
  const add = (row: Report["rows"][number]) => {
    rows.push(row);
    console.log(`  … ${row.name}: ${JSON.stringify(row.values)}`);
  };
  await benchColdStart(undefined, add);
  await benchThroughput(undefined, add);
  return { title: "cold start, memory and throughput next to a bare grammY bot (same run)", rows };
}
