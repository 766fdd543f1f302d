// The README's one-page overview of the matcher names options, defaults and files: they must be the code's.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_MATCH_OPTIONS } from "../src/matching/options.ts";

const root = join(import.meta.dirname, "..");
const readme = readFileSync(join(root, "README.md"), "utf8");
const start = readme.indexOf("## The matcher in one page");
const section = readme.slice(start, readme.indexOf("\n## ", start + 1));
const quoted = [...section.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
const options: Record<string, unknown> = DEFAULT_MATCH_OPTIONS;

describe("the README's matcher in one page", () => {
  it("is there", () => {
    expect(start).toBeGreaterThan(-1);
  });

  it("gives each option in its table the default DEFAULT_MATCH_OPTIONS has", () => {
    const rows = [...section.matchAll(/^\| `(\w+)` +\| ([\d.,]+) +\|/gm)].map((m) => [m[1]!, m[2]!] as const);
    expect(rows.length).toBeGreaterThanOrEqual(8);
    for (const [name, value] of rows) {
      expect(options, name).toHaveProperty(name);
      expect(Number(value.replaceAll(",", "")), name).toBe(options[name]);
    }
  });

  it("names only options that exist", () => {
    const named = quoted.filter((q) => /^[a-z]+(?:[A-Z][a-z]*)+$/.test(q) && q !== "buildIndex");
    expect(named.length).toBeGreaterThan(0);
    for (const name of named) expect(options, name).toHaveProperty(name);
  });

  it("names only files that exist", () => {
    const modules = quoted.filter((q) => /^[a-z-]+\.ts$/.test(q));
    const paths = quoted.filter((q) => q.includes("/") && !/[\s*{]/.test(q));
    expect(modules.length).toBeGreaterThan(0);
    for (const m of modules) expect(existsSync(join(root, "src", "matching", m)), m).toBe(true);
    for (const p of paths) expect(existsSync(join(root, p)), p).toBe(true);
  });
});

describe("docs/matching.md, every step in detail", () => {
  const doc = readFileSync(join(root, "docs", "matching.md"), "utf8");
  const named = [...doc.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

  it("names only matcher modules and paths that exist", () => {
    const modules = named.filter((q) => /^[a-z-]+\.ts$/.test(q));
    const paths = named.filter((q) => /^[\w.-]+(?:\/[\w.-]+)+$/.test(q));
    expect(modules.length).toBeGreaterThan(10);
    for (const m of modules) expect(existsSync(join(root, "src", "matching", m)), m).toBe(true);
    for (const p of paths) expect(existsSync(join(root, p)), p).toBe(true);
  });

  it("is linked from the README", () => {
    expect(readme).toContain("(docs/matching.md)");
  });
});
