// Inline mode: "@bot salary" in any chat offers matching answers to share.
import { type Composer, InlineQueryResultBuilder } from "grammy";
import { rank } from "../../matching/engine.ts";
import { LeanComposer } from "../composer.ts";
import type { BotContext, BotDeps } from "../context.ts";
import { escapeHtml } from "../render.ts";

const MAX_RESULTS = 5;

export function inlineFeature({ engine }: BotDeps): Composer<BotContext> {
  const composer = new LeanComposer<BotContext>();
  composer.on("inline_query", async (ctx) => {
    const current = engine.current();
    const query = ctx.inlineQuery.query;
    const terms = current.index.normalizer.normalize(query).terms;
    const entries =
      terms.length > 0
        ? rank(current.index, terms)
            .filter((c) => c.confidence >= current.index.options.suggestMin)
            .map((c) => c.entry)
        : current.index.entries.map((e) => e.entry);
    const results = entries.slice(0, MAX_RESULTS).map((entry) =>
      InlineQueryResultBuilder.article(entry.id, entry.question, {
        description: entry.answer.slice(0, 100),
      }).text(`<b>${escapeHtml(entry.question)}</b>\n\n${escapeHtml(entry.answer)}`, { parse_mode: "HTML" }),
    );
    ctx.outcome = {
      kind: "inline",
      entry: entries
        .slice(0, MAX_RESULTS)
        .map((e) => e.id)
        .join(","),
    };
    await ctx.answerInlineQuery(results, { cache_time: 300 });
  });
  return composer;
}
