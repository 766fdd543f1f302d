// Bot benchmark: the real `node src/main.ts` against the fake Bot API — start time, update→reply latency,
// 200 chats at once, resident memory, and the cost of recording questions for curators.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { FakeTelegram } from "../tests/fake-telegram/server.ts";
import { person, temporaryDatabase } from "../tests/helpers/bot-harness.ts";
import { benchEnv, START_FLAGS } from "./flags.ts";
import { percentile, type Report } from "./stats.ts";

/** Resident memory in MB: all of it, the private (anonymous) part, and the peak. */
function rssMb(pid: number): { rss: number; anon: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
  return { rss: kb("VmRSS") / 1024, anon: kb("RssAnon") / 1024, peak: kb("VmHWM") / 1024 };
}

const QUESTIONS = [
  "how much do lab techs make",
  "salery?",
  "do I need a degree",
  "phlebotomy",
  "weather?",
  "hi",
  "technician vs technologist",
];

interface Run {
  startMs: number;
  latencies: number[];
  idle: ReturnType<typeof rssMb>;
  afterLoad: ReturnType<typeof rssMb>;
  crowdMs: number;
  lost: number;
  outOfOrder: number;
}

async function runBot(recordQuestions: boolean, withCrowd: boolean): Promise<Run> {
  const fake = await new FakeTelegram().start();
  const spawnedAt = Date.now();
  const child = spawn(process.execPath, [...START_FLAGS, "src/main.ts"], {
    env: benchEnv(fake.url, {
      DATABASE_URL: temporaryDatabase(),
      RECORD_QUESTIONS: String(recordQuestions),
    }),
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await fake.waitFor(() => fake.firstGetUpdatesAt, 15_000, "first getUpdates");
    const startMs = fake.firstGetUpdatesAt! - spawnedAt;
    const idle = rssMb(child.pid!);

    const latencies: number[] = [];
    const people = Array.from({ length: 50 }, () => person());
    for (let i = 0; i < 1_000; i++) {
      const { chat, user } = people[i % people.length]!;
      const before = fake.botMessages(chat.id).length;
      const t = performance.now();
      fake.sendText(chat, user, QUESTIONS[i % QUESTIONS.length]!);
      await fake.waitFor(() => fake.botMessages(chat.id).length > before || undefined, 10_000, "reply");
      latencies.push(performance.now() - t);
    }

    let crowdMs = 0;
    let lost = 0;
    let outOfOrder = 0;
    if (withCrowd) {
      const crowd = Array.from({ length: 200 }, () => person());
      const perChat = 5;
      // What one chat gets for the same questions asked one at a time (a follow-up is read against the answer
      // before it): every chat of the crowd must get the same replies in the same order.
      const reference = person();
      for (let k = 0; k < perChat; k++) {
        fake.sendText(reference.chat, reference.user, QUESTIONS[k]!);
        await fake.waitFor(
          () => fake.botMessages(reference.chat.id).length > k || undefined,
          10_000,
          "reply",
        );
      }
      const firstLine = (text: string) => text.split("\n")[0];
      const expected = fake.botMessages(reference.chat.id).map((m) => firstLine(m.text));
      const t0 = performance.now();
      for (let k = 0; k < perChat; k++) for (const p of crowd) fake.sendText(p.chat, p.user, QUESTIONS[k]!);
      await fake.waitFor(
        () => crowd.every((p) => fake.botMessages(p.chat.id).length >= perChat) || undefined,
        60_000,
        "crowd",
      );
      crowdMs = performance.now() - t0;
      for (const p of crowd) {
        const replies = fake.botMessages(p.chat.id);
        lost += Math.max(0, perChat - replies.length);
        replies.forEach((r, i) => {
          if (firstLine(r.text) !== expected[i]) outOfOrder++;
        });
      }
    }
    const afterLoad = rssMb(child.pid!);
    child.kill("SIGTERM");
    await once(child, "exit");
    return { startMs, latencies, idle, afterLoad, crowdMs, lost, outOfOrder };
  } finally {
    child.kill("SIGKILL");
    await fake.close();
  }
}

export async function benchBot(): Promise<Report> {
  // Alternate the two settings and keep each one's faster run, so warm-up and machine noise fall on both alike.
  const off1 = await runBot(false, false);
  const on = await runBot(true, true);
  const off2 = await runBot(false, false);
  const on2 = await runBot(true, false);
  const faster = (a: Run, b: Run) => (percentile(a.latencies, 0.5) <= percentile(b.latencies, 0.5) ? a : b);
  const off = faster(off1, off2);
  const onBest = faster(on, on2);
  const p = (run: Run, q: number) => percentile(run.latencies, q);
  const diff = (q: number) => `${(((p(onBest, q) - p(off, q)) / p(off, q)) * 100).toFixed(1)}%`;
  return {
    title: "bot through the fake Bot API (node src/main.ts, HTTP long polling, SQLite file)",
    rows: [
      { name: "start", values: { "spawn → first getUpdates ms": on.startMs } },
      {
        name: "1,000 updates",
        values: { "p50 ms": p(onBest, 0.5).toFixed(2), "p99 ms": p(onBest, 0.99).toFixed(2) },
      },
      {
        name: "recording off vs on",
        values: {
          "off p50/p99 ms": `${p(off, 0.5).toFixed(2)}/${p(off, 0.99).toFixed(2)}`,
          "on p50/p99 ms": `${p(onBest, 0.5).toFixed(2)}/${p(onBest, 0.99).toFixed(2)}`,
          "p50 diff": diff(0.5),
          "p99 diff": diff(0.99),
        },
      },
      {
        name: "200 chats × 5 at once",
        values: { "total ms": on.crowdMs.toFixed(0), lost: on.lost, "out of order": on.outOfOrder },
      },
      {
        name: "memory",
        values: {
          "RSS at start MB": on.idle.rss.toFixed(0),
          "RSS after load MB": on.afterLoad.rss.toFixed(0),
          "of it private MB": on.afterLoad.anon.toFixed(0),
          "peak RSS MB": on.afterLoad.peak.toFixed(0),
        },
      },
    ],
  };
}
