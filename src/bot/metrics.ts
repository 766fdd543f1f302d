// Prometheus metrics, counted at the edges of the bot layer (middleware, API transformer, the tip sender's wrapper).
import { createRequire } from "node:module";
import type { Transformer } from "grammy";
import type { Counter, Histogram, Registry } from "prom-client";
import type { BotContext } from "./context.ts";

/**
 * prom-client, loaded the first time metrics are made: with its OpenTelemetry dependency it is some 90 modules, which
 * a bot without `PORT` (no metrics) loaded at every start for nothing.
 */
const promClient = () => createRequire(import.meta.url)("prom-client") as typeof import("prom-client");

export interface BotMetrics {
  registry: Registry;
  updates: Counter<"kind" | "outcome">;
  replySeconds: Histogram<"kind">;
  answers: Counter<"outcome">;
  tips: Counter<"result">;
  apiErrors: Counter<"method" | "code">;
}

/** One registry per bot (not prom-client's global one), so tests and benchmarks can run several side by side. */
export function createMetrics(options: { processMetrics?: boolean } = {}): BotMetrics {
  const { Counter, collectDefaultMetrics, Histogram, Registry } = promClient();
  const registry = new Registry();
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry });
  return {
    registry,
    updates: new Counter({
      name: "bot_updates_total",
      help: "Updates received, by kind (message, callback_query, …) and outcome (handled, failed, duplicate, busy: refused while another instance handles it)",
      labelNames: ["kind", "outcome"],
      registers: [registry],
    }),
    replySeconds: new Histogram({
      name: "bot_update_duration_seconds",
      help: "Time from receiving an update to the end of its handling, replies included",
      labelNames: ["kind"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    answers: new Counter({
      name: "bot_answers_total",
      help: "Questions by what the bot made of them: answer, did_you_mean, small_talk, none",
      labelNames: ["outcome"],
      registers: [registry],
    }),
    tips: new Counter({
      name: "bot_tips_total",
      help: "Daily tip sends: sent, failed (a failed attempt) and retried (a send tried again after a failure)",
      labelNames: ["result"],
      registers: [registry],
    }),
    apiErrors: new Counter({
      name: "bot_api_errors_total",
      help: "Bot API calls that failed, by method and error code (network: no answer)",
      labelNames: ["method", "code"],
      registers: [registry],
    }),
  };
}

/**
 * Metrics only when something serves `/metrics` (webhook mode, or `PORT` set): with nobody to read them, the
 * registry's process collectors and the per-update timers and counters are CPU spent for nothing.
 */
export function metricsWhenServed(port: number | undefined): BotMetrics | undefined {
  return port === undefined ? undefined : createMetrics();
}

const ANSWER_OUTCOMES: Record<string, string> = {
  answer: "answer",
  ambiguous: "did_you_mean",
  smalltalk: "small_talk",
  none: "none",
};

export function updateKind(ctx: BotContext): string {
  return Object.keys(ctx.update).find((k) => k !== "update_id") ?? "unknown";
}

/** Counts every update and its handling time; outermost middleware, so a failure is counted too. */
export function countUpdates(metrics: BotMetrics) {
  return async (ctx: BotContext, next: () => Promise<void>): Promise<void> => {
    const kind = updateKind(ctx);
    const stop = metrics.replySeconds.startTimer({ kind });
    let outcome = "failed";
    try {
      await next();
      outcome = ctx.outcome?.kind === "duplicate" ? "duplicate" : "handled";
    } catch (error) {
      if (ctx.outcome?.kind === "busy") outcome = "busy";
      throw error;
    } finally {
      if (outcome !== "duplicate" && outcome !== "busy") stop();
      metrics.updates.inc({ kind, outcome });
      const answer = ctx.outcome ? ANSWER_OUTCOMES[ctx.outcome.kind] : undefined;
      if (answer) metrics.answers.inc({ outcome: answer });
    }
  };
}

/** An API transformer installed innermost: every failed call is counted, also those auto-retry tries again. */
export function countApiErrors(metrics: BotMetrics): Transformer {
  return async (prev, method, payload, signal) => {
    try {
      const result = await prev(method, payload, signal);
      if (!result.ok) metrics.apiErrors.inc({ method, code: String(result.error_code) });
      return result;
    } catch (error) {
      metrics.apiErrors.inc({ method, code: "network" });
      throw error;
    }
  };
}

/**
 * Wraps the daily tip sender: a send after a failed one for the same chat is a retry. The set forgets a chat
 * once its send succeeds; `forgetFailures` (after each broadcast round) keeps it from outliving the round.
 */
export function countTipSends<A extends unknown[]>(
  metrics: BotMetrics,
  send: (chatId: number, ...rest: A) => Promise<void>,
): { send: (chatId: number, ...rest: A) => Promise<void>; forgetFailures(): void } {
  const failed = new Set<number>();
  return {
    send: async (chatId, ...rest) => {
      if (failed.has(chatId)) metrics.tips.inc({ result: "retried" });
      try {
        await send(chatId, ...rest);
        failed.delete(chatId);
        metrics.tips.inc({ result: "sent" });
      } catch (error) {
        failed.add(chatId);
        metrics.tips.inc({ result: "failed" });
        throw error;
      }
    },
    forgetFailures: () => failed.clear(),
  };
}
