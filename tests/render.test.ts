import { describe, expect, it } from "vitest";
import { decode, encode } from "../src/bot/callback-data.ts";
import { escapeHtml, splitText, TELEGRAM_TEXT_LIMIT, titled } from "../src/bot/render.ts";
import { parseHtml } from "./fake-telegram/html.ts";

describe("escaping and splitting for Telegram", () => {
  it("escapes HTML so Telegram shows the text as typed", () => {
    const text = `<b>5 > 3 & "x"</b>`;
    expect(parseHtml(escapeHtml(text))).toBe(text);
  });

  it("splits long text at line or word breaks within the limit, losing nothing", () => {
    const text = Array.from({ length: 900 }, (_, i) => `line ${i} with some words`).join("\n");
    const pieces = splitText(text);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
    expect(pieces.join("\n").replace(/\s+/g, " ")).toBe(text.replace(/\s+/g, " "));
  });

  it("cuts text without breaks hard, never through an emoji", () => {
    const pieces = splitText("😀".repeat(3000));
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
      expect(p.length % 2).toBe(0); // whole emoji only: each is two UTF-16 units
      expect(p.charCodeAt(0)).toBe("😀".charCodeAt(0));
    }
  });

  it("escapes after splitting, so every chunk parses and stays within the limit", () => {
    const chunks = titled("Title & more", "&<>".repeat(3000));
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(parseHtml(c).length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
    expect(chunks[0]).toMatch(/^<b>Title &amp; more<\/b>/);
  });
});

describe("callback data", () => {
  it("round-trips every action", () => {
    for (const action of [
      { type: "home" },
      { type: "menu" },
      { type: "topic", id: "jobs" },
      { type: "entry", id: "salary" },
      { type: "answer", id: "a".repeat(48) },
      { type: "hour", hour: 7 },
      { type: "hour", hour: 23 },
      { type: "zone", zone: "America/Argentina/Buenos_Aires" },
      { type: "zone", zone: "Etc/GMT-2" },
      { type: "type-zone" },
      { type: "stop-tips" },
    ] as const)
      expect(decode(encode(action))).toEqual(action);
  });

  it("stays within 64 bytes for the longest id", () => {
    expect(Buffer.byteLength(encode({ type: "answer", id: "x".repeat(48) }))).toBeLessThanOrEqual(64);
  });

  it("rejects what it did not produce", () => {
    for (const data of ["", "zzz", "t:", "e:UPPER", "h:x", "a:b:c", "e:../../etc"])
      expect(decode(data)).toBeUndefined();
  });
});
