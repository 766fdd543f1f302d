import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/** Runs `npm run chat` with one line per message on standard input; returns what it printed. */
function chat(lines: string[]): string {
  const result = spawnSync(process.execPath, ["src/chat.ts"], {
    input: `${lines.join("\n")}\n`,
    encoding: "utf8",
    timeout: 20_000,
  });
  expect(result.status).toBe(0);
  return result.stdout;
}

/** The reply printed after `> line`, up to the next prompt. */
function replyTo(output: string, line: string): string {
  const start = output.indexOf(`> ${line}\n`);
  expect(start).toBeGreaterThanOrEqual(0);
  const rest = output.slice(start + line.length + 3);
  const next = rest.indexOf("\n> ");
  return next === -1 ? rest : rest.slice(0, next);
}

describe("npm run chat", () => {
  it("answers the read-only commands as the bot does, not as questions", () => {
    const output = chat(["/start", "/topics", "/tip", "/help"]);
    const start = replyTo(output, "/start");
    expect(start).toMatch(/^Hi! I answer questions about careers for medical laboratory technicians/);
    expect(start).toMatch(/- Jobs and pay: /);
    expect(replyTo(output, "/topics")).toMatch(/^Topics:\n {2}- The job: /);
    expect(replyTo(output, "/tip")).toMatch(/^💡 Career tip\n.+\nSource: /);
    const help = replyTo(output, "/help");
    expect(help).toMatch(/^How to ask/);
    expect(help).toMatch(/\/tip – /);
    for (const reply of [start, replyTo(output, "/tip"), help])
      expect(reply).not.toMatch(/don't have an answer|Did you mean|guide I answer from/);
  });

  it("gives a different tip each time, and says plainly that daily tips and other commands are not here", () => {
    const output = chat(["/tip", "/tip", "/daily", "/settings", "/frobnicate"]);
    const tips = output.split("> /tip\n").slice(1, 3);
    expect(tips[0]).not.toBe(tips[1]);
    expect(replyTo(output, "/daily")).toMatch(/for Telegram.*npm start/);
    expect(replyTo(output, "/settings")).toMatch(/for Telegram/);
    expect(replyTo(output, "/frobnicate")).toMatch(/There is no \/frobnicate here\. Commands: \/start/);
  });

  it("reads a follow-up against the answer before it, and turns to the other one when asked", () => {
    const output = chat([
      "what is the AMT certification",
      "ok and the other one?",
      "where do lab techs work",
      "ok but what's the vibe like in there",
      "what do you mean?",
    ]);
    expect(replyTo(output, "ok and the other one?")).toMatch(/^» What is the ASCP certification\?/);
    expect(replyTo(output, "ok but what's the vibe like in there")).toMatch(
      /^» What is the work environment like/,
    );
    expect(replyTo(output, "what do you mean?")).toMatch(/^» What is the work environment like/);
  });

  it("says what the guide does not cover and opens the nearest entry by its number", () => {
    const output = chat(["are the lab shifts at night mostly?", "1"]);
    expect(replyTo(output, "are the lab shifts at night mostly?")).toMatch(
      /doesn't say anything about working hours, shifts or weekends.*\n {2}1\) What is the work environment like/,
    );
    expect(replyTo(output, "1")).toMatch(/^» What is the work environment like/);
  });

  it("reads 'the second one' after a 'did you mean' as the second entry offered", () => {
    const output = chat(["the pay or the certification?", "the second one"]);
    expect(replyTo(output, "the pay or the certification?")).toMatch(
      /^Did you mean:\n {2}1\) .+\n {2}2\) How much does a medical laboratory technician earn\?/,
    );
    expect(replyTo(output, "the second one")).toMatch(
      /^» How much does a medical laboratory technician earn\?/,
    );
  });

  it("reads the number typed with a word around it after a 'did you mean' as that entry", () => {
    const output = chat(["the pay or the certification?", "2 please"]);
    expect(replyTo(output, "2 please")).toMatch(/^» How much does a medical laboratory technician earn\?/);
  });

  it("reads a word of one offered question only, after a 'did you mean', as that entry", () => {
    // "work" is in the certification's question only; alone it asks something else.
    const output = chat(["the pay or the certification?", "work"]);
    expect(replyTo(output, "work")).toMatch(/^» Do I need a certification to work/);
    expect(replyTo(chat(["work"]), "work")).not.toMatch(/^» Do I need a certification/);
  });

  it("answers both things a message names", () => {
    const reply = replyTo(chat(["ascp and phlebotomy"]), "ascp and phlebotomy");
    expect(reply).toMatch(/^» What is the ASCP certification\?/);
    expect(reply).toMatch(/What does a phlebotomist do\?/);
  });

  it("still answers questions", () => {
    expect(replyTo(chat(["how much do lab techs make"]), "how much do lab techs make")).toContain("$60,290");
  });
});
