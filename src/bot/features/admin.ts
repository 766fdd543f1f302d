// Admin commands for the people in ADMIN_IDS: /stats (a short summary) and /reload (re-read the knowledge).
import type { Composer } from "grammy";
import { formatShortStats, statsSince } from "../../curation/stats.ts";
import type { Engine } from "../../engine.ts";
import { KnowledgeError } from "../../knowledge/load.ts";
import { LeanComposer } from "../composer.ts";
import type { BotContext, BotDeps } from "../context.ts";
import { plain } from "../render.ts";
import { sendReply } from "../send.ts";

const WEEK_MS = 7 * 86_400_000;

export const STATS_IN_PRIVATE =
  "The unanswered questions and comments are shown only in a private chat with me: send /stats there.";

export interface AdminOptions {
  adminIds: ReadonlySet<number>;
  /** Loads and validates the knowledge again; throws KnowledgeError when it is invalid. */
  reload: () => Promise<Engine>;
}

export function adminFeature(
  { engine, storage, clock, logger }: BotDeps,
  { adminIds, reload }: AdminOptions,
): Composer<BotContext> {
  const composer = new LeanComposer<BotContext>();
  // Everyone else falls through to the ordinary "unknown command" reply.
  const admins = composer.filter((ctx) => ctx.from !== undefined && adminIds.has(ctx.from.id));

  admins.command("stats", async (ctx) => {
    const stats = await statsSince(storage, clock.now() - WEEK_MS);
    // What people asked is for the admin's eyes only: a group gets the counts.
    const inPrivate = ctx.chat.type === "private";
    ctx.outcome = { kind: inPrivate ? "admin:stats" : "admin:stats-counts" };
    const text = inPrivate
      ? formatShortStats(stats)
      : `${formatShortStats(stats, true)}\n\n${STATS_IN_PRIVATE}`;
    await sendReply(ctx, { chunks: plain(text) }, inPrivate ? undefined : ctx.msg.message_id);
  });

  admins.command("reload", async (ctx) => {
    const before = engine.current().kb.version;
    try {
      const next = await reload();
      engine.replace(next);
      ctx.outcome = { kind: "admin:reload", reason: next.kb.version };
      logger.info({ from: before, to: next.kb.version }, "knowledge reloaded");
      await sendReply(ctx, {
        chunks: plain(
          `Reloaded: knowledge ${next.kb.version}, ${next.kb.entries.length} entries, ${next.kb.tips.length} tips.`,
        ),
      });
    } catch (error) {
      if (!(error instanceof KnowledgeError)) throw error;
      ctx.outcome = { kind: "admin:reload-failed" };
      await sendReply(ctx, { chunks: plain(`Reload failed; still serving ${before}.\n${error.message}`) });
    }
  });

  return composer;
}
