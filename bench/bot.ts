// Bot benchmark: the real `node src/main.ts` against the fake Bot API — start time, update→reply latency, 200 chats at once, RSS.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { FakeTelegram, TOKEN } from "../tests/fake-telegram/server.ts";
import { person } from "../tests/helpers/bot-harness.ts";
import { percentile, type Report } from "./stats.ts";

/** Resident memory in MB: all of it, the private (anonymous) part, and the peak. */
function rssMb(pid: number): { rss: number; anon: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
  return { rss: kb("VmRSS") / 1024, anon: kb("RssAnon") / 1024, peak: kb("VmHWM") / 1024 };
}

/** The same V8 flags as `npm start` and the Dockerfile. */
const START_FLAGS = (process.env.BENCH_NODE_FLAGS ?? "--max-semi-space-size=1").split(" ").filter(Boolean);

const QUESTIONS = [
  "how much do lab techs make",
  "salery?",
  "do I need a degree",
  "phlebotomy",
  "weather?",
  "hi",
  "technician vs technologist",
];

export async function benchBot(): Promise<Report> {
  const fake = await new FakeTelegram().start();
  const spawnedAt = Date.now();
  const child = spawn(process.execPath, [...START_FLAGS, "src/main.ts"], {
    env: {
      PATH: process.env.PATH ?? "",
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: fake.url,
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      DATABASE_URL: ":memory:",
    },
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

    const crowd = Array.from({ length: 200 }, () => person());
    const perChat = 5;
    const t0 = performance.now();
    for (let k = 0; k < perChat; k++)
      for (const p of crowd) fake.sendText(p.chat, p.user, `${QUESTIONS[k]!}`);
    await fake.waitFor(
      () => crowd.every((p) => fake.botMessages(p.chat.id).length >= perChat) || undefined,
      60_000,
      "crowd replies",
    );
    const crowdMs = performance.now() - t0;
    const expectedStart = [
      "How much does",
      "How much does",
      "Can you become",
      "What does a phlebotomist",
      "I don't have",
    ];
    let lost = 0;
    let outOfOrder = 0;
    for (const p of crowd) {
      const replies = fake.botMessages(p.chat.id);
      lost += Math.max(0, perChat - replies.length);
      replies.forEach((r, i) => {
        if (!r.text.startsWith(expectedStart[i]!)) outOfOrder++;
      });
    }
    const memory = rssMb(child.pid!);
    child.kill("SIGTERM");
    await once(child, "exit");
    return {
      title: "bot through the fake Bot API (node src/main.ts, HTTP long polling)",
      rows: [
        { name: "start", values: { "spawn → first getUpdates ms": startMs } },
        {
          name: "1,000 updates",
          values: {
            "p50 ms": percentile(latencies, 0.5).toFixed(2),
            "p99 ms": percentile(latencies, 0.99).toFixed(2),
          },
        },
        {
          name: "200 chats × 5 at once",
          values: { "total ms": crowdMs.toFixed(0), lost, "out of order": outOfOrder },
        },
        {
          name: "memory",
          values: {
            "RSS at start MB": idle.rss.toFixed(0),
            "RSS after load MB": memory.rss.toFixed(0),
            "of it private MB": memory.anon.toFixed(0),
            "peak RSS MB": memory.peak.toFixed(0),
          },
        },
      ],
    };
  } finally {
    child.kill("SIGKILL");
    await fake.close();
  }
}
