// Everything the bot says, as HTML-escaped chunks within Telegram's length limit, with their inline keyboards.
import { InlineKeyboard } from "grammy";
import type { Engine } from "../engine.ts";
import type { Entry, Tip, Topic } from "../knowledge/schema.ts";
import { type Candidate, type NearestCovered, type NoneReason, RELATED_BUTTONS } from "../matching/engine.ts";
import { nearestLead, noAnswerLead } from "../replies.ts";
import { formatHour } from "../tips/local-time.ts";
import { encode } from "./callback-data.ts";

export const TELEGRAM_TEXT_LIMIT = 4096;
const BUTTON_LABEL_MAX = 60;

export interface Reply {
  /** HTML-parse-mode chunks, each within the limit; send in order, the keyboard goes under the last. */
  chunks: string[];
  keyboard?: InlineKeyboard;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Splits plain text into pieces of at most `limit` UTF-16 units, at paragraph, line or word breaks when it can. */
export function splitText(text: string, limit = TELEGRAM_TEXT_LIMIT): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    let cut = Math.max(window.lastIndexOf("\n\n"), window.lastIndexOf("\n"), window.lastIndexOf(" "));
    if (cut < limit / 2) cut = limit;
    // Never split a surrogate pair (emoji): Telegram would reject the lone half.
    const code = rest.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}

/** A message whose first line is bold, split into chunks: escaping happens after splitting, so a cut never lands in an entity. */
export function titled(title: string, body: string, limit = TELEGRAM_TEXT_LIMIT): string[] {
  return splitText(`${title}\n\n${body}`, limit).map((piece, i) =>
    i === 0 && piece.startsWith(title)
      ? `<b>${escapeHtml(title)}</b>${escapeHtml(piece.slice(title.length))}`
      : escapeHtml(piece),
  );
}

export function plain(text: string): string[] {
  return splitText(text).map(escapeHtml);
}

export function label(text: string): string {
  return text.length <= BUTTON_LABEL_MAX ? text : `${text.slice(0, BUTTON_LABEL_MAX - 1)}…`;
}

function entryBody(entry: Entry): string {
  return `${entry.answer}\n\nSource: ${entry.sources.join(", ")}`;
}

/**
 * An answer sent as its own message: related entries as buttons, 👍 / 👎 (marked once chosen), and a way into
 * the topics.
 */
export function answerReply(engine: Engine, entry: Entry, vote?: 1 | -1): Reply {
  const keyboard = new InlineKeyboard();
  for (const id of entry.related.slice(0, RELATED_BUTTONS)) {
    const related = engine.index.byId.get(id);
    if (related) keyboard.text(label(related.entry.question), encode({ type: "answer", id })).row();
  }
  keyboard
    .text(vote === 1 ? "👍 ✓" : "👍", encode({ type: "vote", id: entry.id, vote: 1 }))
    .text(vote === -1 ? "👎 ✓" : "👎", encode({ type: "vote", id: entry.id, vote: -1 }))
    .text("📚 Topics", encode({ type: "menu" }));
  return { chunks: titled(entry.question, entryBody(entry)), keyboard };
}

export function topicsKeyboard(topics: readonly Topic[]): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  topics.forEach((t, i) => {
    keyboard.text(t.title, encode({ type: "topic", id: t.id }));
    if (i % 2 === 1) keyboard.row();
  });
  return keyboard;
}

export function homeReply(engine: Engine, intro = "Pick a topic:"): Reply {
  return { chunks: plain(intro), keyboard: topicsKeyboard(engine.index.topics) };
}

export function topicReply(engine: Engine, topic: Topic): Reply {
  const keyboard = new InlineKeyboard();
  for (const e of engine.index.entries)
    if (e.topic.id === topic.id)
      keyboard.text(label(e.entry.question), encode({ type: "entry", id: e.entry.id })).row();
  keyboard.text("⬅️ Back", encode({ type: "home" }));
  return { chunks: titled(topic.title, topic.description), keyboard };
}

/** An answer shown inside the menu message, with Back to its topic and Home. */
export function menuEntryReply(entry: Entry): Reply {
  const keyboard = new InlineKeyboard()
    .text("⬅️ Back", encode({ type: "topic", id: entry.topic }))
    .text("🏠 Topics", encode({ type: "home" }));
  return { chunks: titled(entry.question, entryBody(entry)), keyboard };
}

export function didYouMeanReply(candidates: readonly Candidate[]): Reply {
  const keyboard = new InlineKeyboard();
  for (const c of candidates)
    keyboard.text(label(c.entry.question), encode({ type: "answer", id: c.entry.id })).row();
  keyboard.text("📚 Browse topics", encode({ type: "menu" }));
  return { chunks: plain("I'm not sure I understood. Did you mean:"), keyboard };
}

/** A question the guide does not cover: what it does not say, the covered entry nearest it and the topics, a tap away. */
export function nearestReply({ about, entry }: NearestCovered): Reply {
  const keyboard = new InlineKeyboard()
    .text(label(entry.question), encode({ type: "answer", id: entry.id }))
    .row()
    .text("📚 Browse topics", encode({ type: "menu" }));
  return { chunks: plain(nearestLead(about)), keyboard };
}

export function noAnswerReply(topics: readonly Topic[], reason: NoneReason): Reply {
  return {
    chunks: plain(`${noAnswerLead(reason)} Try asking in other words, or pick a topic:`),
    keyboard: topicsKeyboard(topics),
  };
}

export function tipReply(engine: Engine, tip: Tip, subscribed: boolean): Reply {
  const keyboard = new InlineKeyboard();
  const entry = engine.index.byId.get(tip.entry)?.entry;
  if (entry) keyboard.text(`📖 ${label(entry.question)}`, encode({ type: "answer", id: entry.id })).row();
  if (subscribed) keyboard.text("🔕 Stop daily tips", encode({ type: "stop-tips" }));
  else keyboard.text("🔔 Get a tip every day", encode({ type: "subscribe" }));
  return { chunks: titled("💡 Career tip", `${tip.text}\n\nSource: ${tip.source}`), keyboard };
}

export function hourKeyboard(): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (let hour = 7; hour <= 22; hour++) {
    keyboard.text(formatHour(hour), encode({ type: "hour", hour }));
    if ((hour - 6) % 4 === 0) keyboard.row();
  }
  return keyboard;
}

export function zoneKeyboard(zones: readonly string[], offerTyping = true): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  zones.forEach((zone, i) => {
    keyboard.text(zone.replace(/_/g, " "), encode({ type: "zone", zone }));
    if (i % 3 === 2) keyboard.row();
  });
  if (offerTyping) keyboard.row().text("⌨️ Type my city or zone", encode({ type: "type-zone" }));
  return keyboard;
}

export function settingsKeyboard(): InlineKeyboard {
  return new InlineKeyboard()
    .text("🕗 Change hour", encode({ type: "change-hour" }))
    .text("🌍 Change time zone", encode({ type: "change-zone" }))
    .row()
    .text("🔕 Stop daily tips", encode({ type: "stop-tips" }));
}
