import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** Writes one batch file of labelled messages and returns its path. */
function batch(
  dir: string,
  name: string,
  cases: { category: string; expect: string; text: string }[],
): string {
  const path = join(dir, name);
  writeFileSync(
    path,
    cases
      .map((c) => `- {category: ${c.category}, expect: ${c.expect}, text: ${JSON.stringify(c.text)}}`)
      .join("\n"),
  );
  return path;
}

function evalRun(args: string[]): string {
  const result = spawnSync(process.execPath, ["tests/eval/run.ts", ...args], {
    encoding: "utf8",
    timeout: 120_000,
  });
  expect(result.status).toBe(0);
  return result.stdout;
}

describe("npm run eval -- FILE…", () => {
  const dir = mkdtempSync(join(tmpdir(), "eval-cli-"));
  const first = batch(dir, "first.yaml", [
    { category: "paraphrase", expect: "salary", text: "what kind of money would I bring home each year" },
    { category: "far-ood", expect: "none", text: "what wood makes the best kitchen table" },
  ]);
  const second = batch(dir, "second.yaml", [
    { category: "paraphrase", expect: "salary", text: "what kind of money would I bring home each year" },
    { category: "paraphrase", expect: "salary", text: "what kind of money would I bring home each year" },
    { category: "smalltalk", expect: "smalltalk:thanks", text: "thanks a bunch" },
  ]);

  it("scores every file given, together", () => {
    const out = evalRun([first, second]);
    expect(out).toMatch(/in-domain\s+\S+\s+\(\d\/3\)/);
    expect(out).toMatch(/out-of-domain\s+\S+\s+\(\d\/1\)/);
    expect(out).toMatch(/smalltalk\s+\S+\s+\(\d\/1\)\n/);
  });

  it("leaves the misses out when asked, saying how many there are", { timeout: 60_000 }, () => {
    const wrong = batch(dir, "wrong.yaml", [
      { category: "paraphrase", expect: "amt", text: "what kind of money would I bring home each year" },
    ]);
    const out = evalRun(["--no-misses", wrong]);
    expect(out).toMatch(/misses: 1 \(left out by --no-misses\)/);
    expect(out).not.toMatch(/bring home/);
    expect(evalRun([wrong])).toMatch(/bring home/);
  });
});

describe("npm run eval", () => {
  it("leaves the tuning half's misses out when asked, and still gates the held-out half", () => {
    const out = evalRun(["--no-misses"]);
    expect(out).toMatch(
      /== tuning half[\s\S]*misses: \d+ \(left out by --no-misses\)[\s\S]*== held-out half/,
    );
    expect(out).not.toMatch(/expected \S+, got/);
    expect(out).toMatch(/eval gate passed/);
  }, 120_000);
});
