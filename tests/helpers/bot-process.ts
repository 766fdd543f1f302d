// Runs `node src/main.ts` (or another entry point) as a real process, with its log lines at hand (no test runner
// needed: the benchmarks use it too).
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";

export interface BotProcess {
  child: ChildProcess;
  output(): string;
  /** Log lines (JSON) so far. */
  logs(): Record<string, unknown>[];
  /** Resolves with the first log line that `test` accepts, or rejects after `timeoutMs`. */
  waitForLog(
    test: (line: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
  /** Resolves with the exit code. */
  exited(): Promise<number | null>;
}

const started: ChildProcess[] = [];

/** Kills every process started here that still runs. */
export function killStarted(): void {
  for (const c of started.splice(0)) if (c.exitCode === null) c.kill("SIGKILL");
}

export function startProcess(env: Record<string, string>, args: string[] = ["src/main.ts"]): BotProcess {
  const child = spawn(process.execPath, args, {
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.push(child);
  let output = "";
  const waiters = new Set<() => void>();
  const collect = (d: Buffer) => {
    output += d;
    for (const wake of waiters) wake();
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const exit = once(child, "exit").then(([code]) => code as number | null);
  const logs = () =>
    output
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return {
    child,
    output: () => output,
    logs,
    exited: () => exit,
    waitForLog: (test, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const line = logs().find(test);
          if (!line) return false;
          cleanup();
          resolve(line);
          return true;
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no such log line within ${timeoutMs} ms; output:\n${output}`));
        }, timeoutMs);
        const onExit = () => {
          if (check()) return;
          cleanup();
          reject(new Error(`process exited before the log line; output:\n${output}`));
        };
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(wake);
          child.off("exit", onExit);
        };
        const wake = () => void check();
        waiters.add(wake);
        child.once("exit", onExit);
        check();
      }),
  };
}

/** Starts the bot and waits until it serves; returns it with its HTTP base URL. */
export async function startServingBot(
  env: Record<string, string>,
  args?: string[],
  timeoutMs = 15_000,
): Promise<BotProcess & { base: string }> {
  const bot = startProcess({ PORT: "0", ...env }, args);
  const line = await bot.waitForLog(
    (l) => typeof l.msg === "string" && l.msg.startsWith("bot started"),
    timeoutMs,
  );
  return { ...bot, base: `http://127.0.0.1:${line.port as number}` };
}
