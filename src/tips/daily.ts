// Daily tips: find who is due, reserve each delivery, send at a steady rate, confirm — and recover after a crash.
//
// Delivery is recorded before sending and confirmed after, under a unique key per subscriber and local day.
// A crash leaves some rows "pending": reserved, perhaps sent, never confirmed. On start-up those of the current
// local day are sent again; older ones are expired. We resend rather than assume "sent" because the unconfirmed
// window is almost entirely the wait for Telegram (rate pacing, the HTTP round trip, 429 back-off), where the tip
// has not been delivered yet; a duplicate needs the crash to land in the microseconds between Telegram's answer
// and the confirming UPDATE. So: no loss, and a duplicate only in that sliver.
import type { Tip } from "../knowledge/schema.ts";
import type { Storage } from "../storage/storage.ts";
import type { Clock } from "./clock.ts";
import { localTime } from "./local-time.ts";
import { nextTip } from "./rotation.ts";

/** The recipient blocked the bot or deleted their account (Telegram's 403): stop sending to them. */
export class RecipientGoneError extends Error {
  override name = "RecipientGoneError";
}

export interface DailyTipsDeps {
  storage: Storage;
  /** The tips of the knowledge in service (it can be reloaded). */
  tips: () => readonly Tip[];
  clock: Clock;
  /** Sends one tip; throws RecipientGoneError for a 403, anything else for a failure worth retrying. */
  send: (chatId: number, tip: Tip) => Promise<void>;
  /** Telegram's bulk limit: about 30 messages a second. */
  perSecond: number;
  /** Sends in flight at once (grammY advises a few, not many). */
  concurrency: number;
  /** Tries per delivery before it is recorded as failed. */
  maxAttempts: number;
  /** First retry delay; doubles each time. */
  backoffMs: number;
  onError?: (chatId: number, error: unknown) => void;
}

export const DEFAULT_DAILY_OPTIONS = Object.freeze({
  perSecond: 30,
  concurrency: 3,
  maxAttempts: 3,
  backoffMs: 2_000,
});

export interface Job {
  chatId: number;
  localDate: string;
  /** Set when resuming a delivery reserved by an earlier process. */
  tipId?: string;
}

export interface TickReport {
  due: number;
  sent: number;
  failed: number;
  gone: number;
  skipped: number;
}

/** Who is due now: grouped by time zone, so the local time is computed once per zone, not per subscriber. */
export async function dueJobs(storage: Storage, now: number): Promise<Job[]> {
  const jobs: Job[] = [];
  for (const zone of await storage.activeTimeZones()) {
    const local = localTime(now, zone);
    for (const chatId of await storage.dueSubscribers(zone, local.date, local.hour))
      jobs.push({ chatId, localDate: local.date });
  }
  return jobs;
}

/** Deliveries a crashed process left pending: today's (in the subscriber's zone) are resent, older ones expired. */
export async function recoverPending(storage: Storage, now: number): Promise<Job[]> {
  const jobs: Job[] = [];
  for (const d of await storage.pendingDeliveries()) {
    const subscriber = await storage.getSubscriber(d.chatId);
    if (subscriber?.active && localTime(now, subscriber.timeZone).date === d.localDate)
      jobs.push({ chatId: d.chatId, localDate: d.localDate, tipId: d.tipId });
    else await storage.expireDelivery(d.chatId, d.localDate);
  }
  return jobs;
}

/**
 * Spaces the starts of sends so that no 1,000 ms window holds more than `perSecond`. Slot k of a run starts at
 * base + ceil(k·1000/perSecond): integer milliseconds, so slot k+perSecond is exactly one second after slot k.
 * When sending falls behind (the schedule is in the past), a new run starts now rather than bursting to catch up.
 */
export function createPacer(perSecond: number, clock: Clock): () => Promise<void> {
  let base = Number.NEGATIVE_INFINITY;
  let count = 0;
  return async () => {
    const now = clock.now();
    let at = base + Math.ceil((count * 1000) / perSecond);
    if (!(at >= now)) {
      base = now;
      count = 0;
      at = now;
    }
    count++;
    if (at > now) await clock.sleep(at - now);
  };
}

async function deliver(
  deps: DailyTipsDeps,
  job: Job,
  pace: () => Promise<void>,
  report: TickReport,
): Promise<void> {
  const { storage, clock } = deps;
  const tips = deps.tips();
  let tip = job.tipId ? tips.find((t) => t.id === job.tipId) : undefined;
  if (!job.tipId) {
    const pick = nextTip(tips, await storage.seenTips(job.chatId), job.chatId);
    if (
      !(await storage.reserveDelivery(job.chatId, job.localDate, pick.tip.id, pick.newCycle, clock.now()))
    ) {
      report.skipped++;
      return;
    }
    tip = pick.tip;
  }
  if (!tip) {
    // The reserved tip was removed from the knowledge since: nothing sensible to resend.
    await storage.completeDelivery(job.chatId, job.localDate, "failed", clock.now(), "tip no longer exists");
    report.failed++;
    return;
  }
  let delay = deps.backoffMs;
  for (let attempt = 1; ; attempt++) {
    await pace();
    try {
      await deps.send(job.chatId, tip);
      await storage.completeDelivery(job.chatId, job.localDate, "sent", clock.now());
      report.sent++;
      return;
    } catch (error) {
      deps.onError?.(job.chatId, error);
      if (error instanceof RecipientGoneError) {
        await storage.completeDelivery(job.chatId, job.localDate, "failed", clock.now(), error.message);
        await storage.deactivate(job.chatId, error.message, clock.now());
        report.gone++;
        return;
      }
      if (attempt >= deps.maxAttempts) {
        await storage.completeDelivery(
          job.chatId,
          job.localDate,
          "failed",
          clock.now(),
          String(error).slice(0, 500),
        );
        report.failed++;
        return;
      }
      await clock.sleep(delay);
      delay *= 2;
    }
  }
}

/** Delivers `jobs` with `concurrency` workers sharing one pacer; stops taking new jobs once `signal` aborts. */
export async function deliverAll(
  deps: DailyTipsDeps,
  jobs: readonly Job[],
  signal?: AbortSignal,
): Promise<TickReport> {
  const report: TickReport = { due: jobs.length, sent: 0, failed: 0, gone: 0, skipped: 0 };
  const pace = createPacer(deps.perSecond, deps.clock);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length && !signal?.aborted) {
      const job = jobs[next++]!;
      await deliver(deps, job, pace, report);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, deps.concurrency) }, worker));
  return report;
}

export interface DailyTipsHandle {
  /** Finishes the sends in flight, takes no new ones. */
  stop(): Promise<void>;
}

/** Recovers pending deliveries, then ticks every `intervalMs` (first tick at once, so a late start catches up). */
export function startDailyTips(
  deps: DailyTipsDeps,
  intervalMs = 60_000,
  onTick?: (r: TickReport) => void,
): DailyTipsHandle {
  const controller = new AbortController();
  const loop = (async () => {
    const resumed = await recoverPending(deps.storage, deps.clock.now());
    if (resumed.length > 0) onTick?.(await deliverAll(deps, resumed, controller.signal));
    while (!controller.signal.aborted) {
      try {
        onTick?.(await deliverAll(deps, await dueJobs(deps.storage, deps.clock.now()), controller.signal));
      } catch (error) {
        deps.onError?.(0, error);
      }
      await deps.clock.sleep(intervalMs, controller.signal);
    }
  })();
  return {
    stop: async () => {
      controller.abort();
      await loop;
    },
  };
}
