// Telegram may deliver a webhook update twice (a retry after a timeout or a lost answer): handle each update_id once.
import type { Logger } from "../logger.ts";
import type { Clock } from "../tips/clock.ts";
import type { BotContext } from "./context.ts";

/** The part of the storage that records handled update ids (a unique key, so two instances cannot both claim one). */
export interface UpdateClaims {
  /** True the first time an id is claimed, false for a duplicate. */
  claimUpdate(updateId: number, now: number): Promise<boolean>;
  /** Forgets a claim, so that Telegram's retry of an update whose handling failed is handled. */
  releaseUpdate(updateId: number): Promise<void>;
}

export function dedupeUpdates(claims: UpdateClaims, clock: Clock, logger: Logger) {
  return async (ctx: BotContext, next: () => Promise<void>): Promise<void> => {
    const id = ctx.update.update_id;
    if (!(await claims.claimUpdate(id, clock.now()))) {
      ctx.outcome = { kind: "duplicate" };
      logger.info({ update_id: id }, "duplicate update ignored");
      return;
    }
    try {
      await next();
    } catch (error) {
      // The release can fail too (the database is what broke): then the retry is dropped as a duplicate, and said so.
      await claims
        .releaseUpdate(id)
        .catch((err: unknown) => logger.error({ err, update_id: id }, "update claim not released"));
      throw error;
    }
  };
}
