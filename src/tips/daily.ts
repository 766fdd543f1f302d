// Daily tips for any number of instances: every instance plans who is due, one at a time sends, each send is
// claimed under a lease and confirmed by the claim's holder only.
//
// Planning inserts one pending delivery per subscriber and local day (a unique key), so instances planning at
// once add each row once. Sending needs the sender lock (PostgreSQL: an advisory lock on a connection of its own;
// SQLite: one process, always held), so the whole fleet paces itself as one sender, under Telegram's ~30
// messages a second. The sender claims a small batch with a lease, renews the lease while it works, and records
// each outcome only where it still holds the claim. If it dies, its lock goes with its connection, and once the
// lease runs out another instance claims what was left, and a live sender's deliveries are never taken over.
// Each delivery is marked just before its request goes to Telegram: a dead sender's marked deliveries may have
// arrived and Telegram cannot be asked, so they are recorded as failed, never sent twice; unmarked ones are sent.
// A tip is lost only if a sender dies between writing the mark and writing the request to its socket.
// A confirming write that fails is retried, never the send: Telegram has the tip already.
import type { Tip } from "../knowledge/schema.ts";
import type { ClaimedDelivery, SenderLock, Storage } from "../storage/storage.ts";
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
  /** This process's name on its claims: unique per process run. */
  owner: string;
  /** Telegram's bulk limit: about 30 messages a second. */
  perSecond: number;
  /** Sends in flight at once (grammY advises a few, not many). */
  concurrency: number;
  /** Tries per delivery before it is recorded as failed. */
  maxAttempts: number;
  /** First retry delay; doubles each time. */
  backoffMs: number;
  /** How long a claim lasts unless renewed: how soon another instance takes over a dead sender's deliveries. */
  leaseMs: number;
  /** Deliveries claimed at a time. */
  batchSize: number;
  /** Tries of a confirming write before it waits for the next round. */
  confirmAttempts: number;
  onError?: (chatId: number, error: unknown) => void;
}

export const DEFAULT_DAILY_OPTIONS = Object.freeze({
  perSecond: 30,
  concurrency: 3,
  maxAttempts: 3,
  backoffMs: 2_000,
  leaseMs: 60_000,
  batchSize: 60,
  confirmAttempts: 4,
});

export interface TickReport {
  planned: number;
  claimed: number;
  sent: number;
  failed: number;
  gone: number;
  expired: number;
  /** Outcomes whose confirming write has not succeeded yet (retried on the next round). */
  unconfirmed: number;
}

const emptyReport = (): TickReport => ({
  planned: 0,
  claimed: 0,
  sent: 0,
  failed: 0,
  gone: 0,
  expired: 0,
  unconfirmed: 0,
});

/** Plans the deliveries due now, zone by zone (the local time is computed once per zone, not per subscriber). */
export async function planDue(storage: Storage, now: number): Promise<number> {
  let planned = 0;
  for (const zone of await storage.activeTimeZones()) {
    const local = localTime(now, zone);
    planned += await storage.planDeliveries(zone, local.date, local.hour, now);
  }
  return planned;
}

/** Telegram refused a send for going too fast (429): nothing was sent; try again after `retryAfterMs`. */
export class RateLimitedError extends Error {
  override name = "RateLimitedError";
  readonly retryAfterMs: number;
  constructor(retryAfterMs: number, message = `rate limited for ${retryAfterMs} ms`) {
    super(message);
    this.retryAfterMs = retryAfterMs;
  }
}

/** A 429 asking for a longer wait than this is a failed try (backed off and counted), not waited out. */
const MAX_RATE_WAIT_MS = 120_000;
/** 429s a delivery may wait out before they count as failed tries. */
const MAX_RATE_WAITS = 5;

export interface Pacer {
  /** Resolves when the next start may happen, and counts that start. */
  next(): Promise<void>;
  /** Resolves once a start would not wait, and counts none: to wait before other work rather than after it. */
  ready(): Promise<void>;
}

/** The least tolerance: at high rates a slot is a few ms, about what a timer fires late by. */
const MIN_TOLERANCE_MS = 5;

/**
 * Starts sends at `perSecond` with a burst of at most one (a generic cell rate algorithm, as Telegram's own limit
 * is a rate with a small burst), counted from when each start really happens: a start is due one slot after the
 * one before and may come up to half a slot early, so that a timer firing a little late costs no rate. A start
 * later than that (the process was not scheduled) is not made up: the ones after it keep their distance, so sends
 * never bunch. The slot is stretched by the tolerance spread over a second's starts (at 30 a second, 29.5 are
 * sent), so that even starts that all come early never put more than `perSecond` within any one second.
 * It keeps no window of past starts: a window lets its waiters go as old starts leave it, and so repeats a bunch of
 * starts one window later, again and again.
 */
export function createPacer(perSecond: number, clock: Clock): Pacer {
  const tolerance = Math.max(500 / perSecond, MIN_TOLERANCE_MS);
  const slot = (1000 + tolerance) / perSecond;
  let due = Number.NEGATIVE_INFINITY;
  const wait = async (take: boolean) => {
    for (;;) {
      const now = clock.now();
      const at = due - tolerance;
      if (now >= at) {
        if (take) due = Math.max(due, now) + slot;
        return;
      }
      // Woken callers check again: another one may have taken the slot meanwhile.
      await clock.sleep(Math.ceil(at - now));
    }
  };
  return { next: () => wait(true), ready: () => wait(false) };
}

type Outcome = { status: "sent" | "failed" | "expired"; attempts: number; error?: string };

export interface Sender {
  /**
   * Claims and sends until nothing is left to claim, `signal` aborts, or `stillLeader` says the lock is lost
   * (checked before each batch is claimed; what was claimed and not sent then is given back).
   */
  run(signal?: AbortSignal, stillLeader?: () => Promise<boolean>): Promise<TickReport>;
  /** Outcomes sent but not yet recorded. */
  unconfirmed(): number;
  /** At shutdown: records what it can, and gives back the claims it did not send (unless an outcome is unrecorded). */
  stop(): Promise<void>;
}

/** One process's sender: its pacer, and the outcomes whose confirming write is still to succeed. */
export function createSender(deps: DailyTipsDeps): Sender {
  const { storage, clock, owner } = deps;
  // Starts are paced before the sending mark (so that the workers take turns), and counted again right before each
  // request, so that a slow mark (a database round trip) cannot squeeze two requests together.
  const pacer = createPacer(deps.perSecond, clock);
  const requests = createPacer(deps.perSecond, clock);
  const parked = new Map<string, { claim: ClaimedDelivery; outcome: Outcome }>();

  /** Records an outcome, retrying the write; false when it could not be written (it is parked and retried later). */
  const confirm = async (claim: ClaimedDelivery, outcome: Outcome): Promise<boolean> => {
    let delay = 100;
    for (let attempt = 1; ; attempt++) {
      try {
        const held = await storage.finishDelivery(claim.chatId, claim.localDate, owner, outcome, clock.now());
        if (!held)
          deps.onError?.(claim.chatId, new Error("delivery claimed by another sender before confirming"));
        parked.delete(`${claim.chatId}|${claim.localDate}`);
        return true;
      } catch (error) {
        if (attempt >= deps.confirmAttempts) {
          deps.onError?.(claim.chatId, error);
          parked.set(`${claim.chatId}|${claim.localDate}`, { claim, outcome });
          return false;
        }
        await clock.sleep(delay);
        delay *= 2;
      }
    }
  };

  /** Whether a claimed delivery is still to be sent: not for a day that passed, nor a subscriber who left. */
  const live = (claim: ClaimedDelivery, now: number) =>
    claim.active && claim.timeZone !== undefined && localTime(now, claim.timeZone).date === claim.localDate;

  /** Chooses the tip of every live claim that has none, in one write; null where the claim was lost meanwhile. */
  const chooseTips = async (
    claims: readonly ClaimedDelivery[],
  ): Promise<Map<ClaimedDelivery, Tip | null>> => {
    const now = clock.now();
    const tips = deps.tips();
    const picks = claims
      .filter((claim) => !claim.tipId && live(claim, now))
      .map((claim) => ({ claim, ...nextTip(tips, new Set(claim.seenTips), claim.chatHash) }));
    const chosen = await storage.chooseTips(
      owner,
      picks.map((p) => ({
        chatId: p.claim.chatId,
        localDate: p.claim.localDate,
        tipId: p.tip.id,
        newCycle: p.newCycle,
      })),
    );
    return new Map(picks.map((p, i) => [p.claim, chosen[i] ? p.tip : null]));
  };

  const deliver = async (
    claim: ClaimedDelivery,
    chosen: Tip | null | undefined,
    report: TickReport,
    confirming: Set<Promise<void>>,
    signal?: AbortSignal,
  ): Promise<void> => {
    const now = clock.now();
    const finish = async (outcome: Outcome, counter: "sent" | "failed" | "gone" | "expired") => {
      report[counter]++;
      if (!(await confirm(claim, outcome))) report.unconfirmed++;
    };
    // A day that passed while nobody sent (or a subscriber who left since planning): never sent late.
    if (!live(claim, now)) return finish({ status: "expired", attempts: claim.attempts }, "expired");
    const tips = deps.tips();
    let tip: Tip | undefined;
    if (claim.tipId) {
      tip = tips.find((t) => t.id === claim.tipId);
      // The chosen tip was removed from the knowledge since: nothing sensible to resend.
      if (!tip)
        return finish(
          { status: "failed", attempts: claim.attempts, error: "tip no longer exists" },
          "failed",
        );
    } else {
      // Chosen with the batch; none means another sender took the claim over meanwhile: it is theirs now.
      if (!chosen) return;
      tip = chosen;
    }
    let attempts = claim.attempts;
    let delay = deps.backoffMs;
    let rateWaits = 0;
    for (let tried = 1; ; tried++) {
      if (signal?.aborted) return;
      // Any wait for the rate comes before the mark: a sender killed between the mark and the request loses the
      // tip, so nothing may wait there. The count right before the request then finds room at once.
      await pacer.next();
      await requests.ready();
      // Marked first, so that a sender taking this claim over after a crash knows the tip may have gone out.
      // A claim lost meanwhile is another sender's now; a mark that cannot be written waits for the next round.
      let ours: boolean;
      try {
        ours = await storage.markSending(claim.chatId, claim.localDate, owner, true, clock.now());
      } catch (error) {
        deps.onError?.(claim.chatId, error);
        return;
      }
      if (!ours) return;
      attempts++;
      try {
        await requests.next();
        await deps.send(claim.chatId, tip);
      } catch (error) {
        await storage
          .markSending(claim.chatId, claim.localDate, owner, false, clock.now())
          .catch((e: unknown) => deps.onError?.(claim.chatId, e));
        // Too fast: this tip waits as Telegram asks, then goes again in a slot of its own. A resend outside the
        // pacer would take the room of a paced send, which would be refused in turn, a second later, and so on.
        if (
          error instanceof RateLimitedError &&
          error.retryAfterMs <= MAX_RATE_WAIT_MS &&
          rateWaits++ < MAX_RATE_WAITS
        ) {
          await clock.sleep(error.retryAfterMs, signal);
          tried--;
          continue;
        }
        deps.onError?.(claim.chatId, error);
        if (error instanceof RecipientGoneError) {
          await finish({ status: "failed", attempts, error: error.message }, "gone");
          await storage.deactivate(claim.chatId, error.message, clock.now()).catch((e: unknown) => {
            deps.onError?.(claim.chatId, e);
          });
          return;
        }
        if (tried >= deps.maxAttempts)
          return finish({ status: "failed", attempts, error: String(error).slice(0, 500) }, "failed");
        await clock.sleep(delay);
        delay *= 2;
        continue;
      }
      // Sent: from here on only the record may be retried, never the send. The worker goes on to the next tip while
      // it is written (the run waits for it before it ends): a round trip to the database per tip would otherwise
      // come out of the rate whenever the database is slow, as on a busy machine.
      const written = finish({ status: "sent", attempts }, "sent");
      confirming.add(written);
      void written.finally(() => confirming.delete(written));
      return;
    }
  };

  return {
    async run(signal, stillLeader) {
      const report = emptyReport();
      for (const { claim, outcome } of [...parked.values()])
        if (!(await confirm(claim, outcome))) report.unconfirmed++;
      // Renews this sender's leases while it works; real timers, since the lease is about real processes dying.
      const heartbeat = setInterval(
        () => {
          storage.renewClaims(owner, clock.now(), deps.leaseMs).catch((error: unknown) => {
            deps.onError?.(0, error);
          });
        },
        Math.max(10, Math.floor(deps.leaseMs / 3)),
      );
      heartbeat.unref();
      // The workers take deliveries from one queue; the next batch is claimed while the last half of this one is
      // sent, so a send never waits for the database between batches (a gap the pacer cannot make up).
      const queue: { claim: ClaimedDelivery; chosen: Tip | null | undefined }[] = [];
      let more = true;
      let refill: Promise<void> | undefined;
      // Lost the sender lock: what is queued is left unsent (and given back below), as the next sender may be at work.
      const deposed = new AbortController();
      const halt = signal ? AbortSignal.any([signal, deposed.signal]) : deposed.signal;
      const claimMore = async (): Promise<boolean> => {
        if (signal?.aborted) return false;
        let claims: ClaimedDelivery[];
        let chosen: Map<ClaimedDelivery, Tip | null>;
        try {
          if (stillLeader && !(await stillLeader())) {
            deposed.abort();
            return false;
          }
          claims = await storage.claimDeliveries(owner, clock.now(), deps.leaseMs, deps.batchSize);
          if (claims.length === 0) return false;
          report.claimed += claims.length;
          chosen = await chooseTips(claims);
        } catch (error) {
          // The database is busy, read-only or away: this round ends, the next tick tries again.
          deps.onError?.(0, error);
          return false;
        }
        for (const claim of claims) queue.push({ claim, chosen: chosen.get(claim) });
        return true;
      };
      const topUp = () => {
        if (!more || refill || queue.length > deps.batchSize / 2) return;
        refill = claimMore().then((claimed) => {
          more = claimed;
          refill = undefined;
        });
      };
      const confirming = new Set<Promise<void>>();
      const worker = async () => {
        for (;;) {
          topUp();
          const next = queue.shift();
          if (next) await deliver(next.claim, next.chosen, report, confirming, halt);
          else if (refill) await refill;
          else return;
        }
      };
      try {
        await Promise.all(Array.from({ length: Math.max(1, deps.concurrency) }, worker));
        await Promise.all(confirming);
        // Nothing is in flight now; an outcome still to be recorded keeps its claim (it must not be sent again).
        if (deposed.signal.aborted && parked.size === 0)
          await storage.releaseClaims(owner).catch((error: unknown) => deps.onError?.(0, error));
      } finally {
        clearInterval(heartbeat);
      }
      return report;
    },
    unconfirmed: () => parked.size,
    async stop() {
      for (const { claim, outcome } of [...parked.values()]) await confirm(claim, outcome);
      if (parked.size === 0) await storage.releaseClaims(owner);
    },
  };
}

/**
 * How long a new sender waits after taking the lock before its first send. The last sender's last request left
 * before its lock was let go (it finished its sends in flight and then let go, or it died, and its lock with its
 * connection), and it was paced as this one is: starting a few slots later keeps the two streams, taken together,
 * at the rate. The rest is room for requests that were still on their way to Telegram.
 */
const handoverMs = (perSecond: number) => Math.max(250, 3_000 / perSecond);

/**
 * How long an instance without the sender lock queues for it at a time between ticks (PostgreSQL grants it the
 * moment the holder's connection ends, so a dead sender's broadcast goes on at once, not at the next tick).
 */
const STANDBY_MS = 1_000;

export interface DailyTipsHandle {
  /** Finishes the sends in flight, takes no new ones, gives back its claims and the sender lock. */
  stop(): Promise<void>;
}

/**
 * Ticks every `intervalMs` (first tick at once, so a late start catches up): plans what is due, and sends while
 * it holds the sender lock (trying to take it every STANDBY_MS while another instance has it).
 */
export function startDailyTips(
  deps: DailyTipsDeps,
  intervalMs = 60_000,
  onTick?: (r: TickReport) => void,
): DailyTipsHandle {
  const controller = new AbortController();
  const sender = createSender(deps);
  let lock: SenderLock | undefined;
  const leader = async () => {
    if (lock && !(await lock.check())) {
      await lock.release();
      lock = undefined;
    }
    if (lock) return true;
    lock = await deps.storage.acquireSenderLock(STANDBY_MS);
    // The sender before may have sent a moment ago: keep the fleet's sends apart across the handover too.
    if (lock) await deps.clock.sleep(handoverMs(deps.perSecond), controller.signal);
    return lock !== undefined;
  };
  const loop = (async () => {
    let plannedAt = Number.NEGATIVE_INFINITY;
    let triedAt = deps.clock.now();
    while (!controller.signal.aborted) {
      try {
        let planned = 0;
        if (deps.clock.now() - plannedAt >= intervalMs) {
          plannedAt = deps.clock.now();
          planned = await planDue(deps.storage, plannedAt);
        }
        triedAt = deps.clock.now();
        const report = (await leader())
          ? await sender.run(controller.signal, async () => lock !== undefined && (await lock.check()))
          : emptyReport();
        onTick?.({ ...report, planned });
      } catch (error) {
        // The database may be read-only, full or unreachable for a while: log it and try again next tick.
        deps.onError?.(0, error);
      }
      const toPlan = plannedAt + intervalMs - deps.clock.now();
      // Without the lock the next try queues for it (up to STANDBY_MS) instead of this wait; a try that came back
      // at once (SQLite, an error) still waits here, so the loop never spins.
      const tried = deps.clock.now() - triedAt;
      await deps.clock.sleep(
        lock ? toPlan : Math.min(toPlan, Math.max(0, STANDBY_MS - tried)),
        controller.signal,
      );
    }
  })();
  return {
    stop: async () => {
      controller.abort();
      await loop;
      await sender.stop().catch((error: unknown) => deps.onError?.(0, error));
      await lock?.release();
    },
  };
}
