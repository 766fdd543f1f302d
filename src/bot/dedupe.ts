// Telegram may deliver a webhook update twice (a retry after a timeout or a lost answer): handle each update_id once,
// and again only when the instance handling it died before it was done.
import type { MiddlewareFn } from "grammy";
import type { Logger } from "../logger.ts";
import type { ClaimedUpdate, KeptAnswer } from "../storage/storage.ts";
import type { Clock } from "../tips/clock.ts";
import { answerToKeep, claimedUpdate } from "./chat-state.ts";
import type { BotContext } from "./context.ts";

/**
 * How long a claim stands while its update is not done: above grammY's 10 s per update (a handler still at work
 * past Telegram's timeout keeps its claim), well below the minutes Telegram keeps retrying an update.
 */
export const UPDATE_LEASE_MS = 30_000;

/** The part of the storage that records handled update ids (a unique key, so two instances cannot both claim one). */
export interface UpdateClaims {
  claimUpdate(updateId: number, now: number, leaseMs: number, chatId?: number): Promise<ClaimedUpdate>;
  finishUpdate(updateId: number, now: number, keep?: KeptAnswer): Promise<void>;
  /** Forgets a claim, so that Telegram's retry of an update whose handling failed is handled. */
  releaseUpdate(updateId: number): Promise<void>;
}

/**
 * A duplicate of an update another handler is still at work on: refused (not 2xx), so Telegram delivers it again
 * later — then it is done and acknowledged, or its handler died and the claim, past its lease, is taken over.
 */
export class UpdateBusyError extends Error {
  override name = "UpdateBusyError";
  readonly updateId: number;
  constructor(updateId: number) {
    super(`update ${updateId} is being handled elsewhere`);
    this.updateId = updateId;
  }
}

export interface Dedupe {
  /** Before the chat's updates are put in order: a duplicate of an update this instance is at work on is busy. */
  inFlight: MiddlewareFn<BotContext>;
  /**
   * Inside the chat's order: claims the update in the database, reading the chat's state with the claim, and marks
   * it done (keeping the chat's last answer) once handled. Inside the order, so that what the claim reads is what
   * the chat's previous update left.
   */
  claim: MiddlewareFn<BotContext>;
}

export function dedupeUpdates(
  claims: UpdateClaims,
  clock: Clock,
  logger: Logger,
  leaseMs = UPDATE_LEASE_MS,
): Dedupe {
  const handling = new Set<number>();
  const busy = (ctx: BotContext, id: number): never => {
    ctx.outcome = { kind: "busy" };
    throw new UpdateBusyError(id);
  };
  return {
    inFlight: async (ctx, next) => {
      const id = ctx.update.update_id;
      // Refused at once rather than queued behind itself, as a duplicate reaching another instance would be.
      if (handling.has(id)) busy(ctx, id);
      handling.add(id);
      try {
        await next();
      } finally {
        handling.delete(id);
      }
    },
    claim: async (ctx, next) => {
      const id = ctx.update.update_id;
      const chatId = ctx.chat?.id;
      const { claim, chat } = await claims.claimUpdate(id, clock.now(), leaseMs, chatId);
      if (claim === "done") {
        ctx.outcome = { kind: "duplicate" };
        logger.info({ update_id: id }, "duplicate update ignored");
        return;
      }
      if (claim === "busy") busy(ctx, id);
      if (claim === "retaken")
        logger.warn({ update_id: id }, "update taken over: its handler stopped before it was done");
      claimedUpdate(ctx, chatId, chat);
      try {
        await next();
      } catch (error) {
        // The release can fail too (the database is what broke): then the retry is refused until the lease runs out.
        await claims
          .releaseUpdate(id)
          .catch((err: unknown) => logger.error({ err, update_id: id }, "update claim not released"));
        throw error;
      }
      // Answered: a failed mark only means a retry after the lease would be answered again (and a follow-up would
      // miss its context), and Telegram gets 200 now.
      await claims
        .finishUpdate(id, clock.now(), answerToKeep(ctx))
        .catch((err: unknown) => logger.error({ err, update_id: id }, "update not marked handled"));
    },
  };
}
