import { execFile } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { KnowledgeError, loadKnowledge } from "../src/knowledge/load.ts";
import { ANSWER_MAX_CHARS } from "../src/knowledge/schema.ts";
import { copyOfKnowledge, realKnowledge } from "./helpers/knowledge.ts";

async function problemsOf(dir: string): Promise<KnowledgeError> {
  const error = await loadKnowledge(dir).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(KnowledgeError);
  return error as KnowledgeError;
}

async function edit(dir: string, file: string, change: (text: string) => string): Promise<void> {
  const path = join(dir, file);
  await writeFile(path, change(await readFile(path, "utf8")));
}

describe("the real knowledge pack", () => {
  it("loads, with every entry complete", async () => {
    const kb = await realKnowledge();
    expect(kb.entries.length).toBeGreaterThanOrEqual(25);
    expect(kb.tips.length).toBeGreaterThanOrEqual(40);
    for (const e of kb.entries) {
      expect(e.alternates.length).toBeGreaterThanOrEqual(4);
      expect(e.answer.length).toBeLessThanOrEqual(ANSWER_MAX_CHARS);
      expect(e.sources.length).toBeGreaterThan(0);
    }
  });

  it("states the article's figures exactly", async () => {
    const kb = await realKnowledge();
    const answer = (id: string) => kb.entries.find((e) => e.id === id)?.answer ?? "";
    expect(answer("salary")).toContain("$60,290");
    expect(answer("salary")).toContain("May 2024");
    expect(answer("salary")).toContain("$102,390");
    expect(answer("job-outlook")).toMatch(/6% from 2023 to 2033/);
  });

  it("covers all five FAQs of the article and every specialization", async () => {
    const ids = new Set((await realKnowledge()).entries.map((e) => e.id));
    for (const id of [
      "technician-vs-technologist",
      "no-degree",
      "work-settings",
      "job-outlook",
      "specializations-overview",
      "histotechnician",
      "phlebotomist",
      "medical-imaging-technician",
      "cytotechnologist",
      "ascp",
      "amt",
      "continuing-education",
      "where-to-study",
    ])
      expect(ids).toContain(id);
  });

  it("covers the guide's Bureau of Labor Statistics line and its author's programs", async () => {
    const kb = await realKnowledge();
    const entry = (id: string) => kb.entries.find((e) => e.id === id);
    expect(entry("what-is-mlt")?.answer).toMatch(/Bureau of Labor Statistics .*medical treatment/);
    expect(entry("what-is-mlt")?.sources).toContain("U.S. Bureau of Labor Statistics");
    expect(entry("where-to-study")?.answer).toMatch(/Beacon Hill Career Training.*online, self-paced/);
    expect(entry("where-to-study")?.sources).toContain("Beacon Hill Career Training");
  });
});

describe("a broken knowledge file", () => {
  it("names the file, line and field of a missing answer", async () => {
    const dir = await copyOfKnowledge();
    await edit(dir, "entries/jobs.yaml", (t) =>
      t.replace("  answer: |-\n    The usual workplaces", "  answr: |-\n    The usual workplaces"),
    );
    const error = await problemsOf(dir);
    const text = error.message;
    expect(text).toMatch(/entries\/jobs\.yaml:\d+ \[0\] \(id work-settings\)/);
    expect(error.problems.some((p) => p.field?.endsWith("answer") && p.line !== undefined)).toBe(true);
    await rm(dir, { recursive: true });
  });

  it("reports YAML syntax errors with their line", async () => {
    const dir = await copyOfKnowledge();
    await edit(dir, "topics.yaml", (t) => t.replace("  title: Education", "  title: [Education"));
    const error = await problemsOf(dir);
    expect(error.problems[0]).toMatchObject({
      file: "topics.yaml",
      message: expect.stringContaining("YAML syntax"),
    });
    expect(error.problems[0]?.line).toBeGreaterThan(1);
    await rm(dir, { recursive: true });
  });

  it("rejects related ids that do not exist and duplicate ids", async () => {
    const dir = await copyOfKnowledge();
    await edit(dir, "entries/jobs.yaml", (t) =>
      t.replace(
        "related: [work-environment, job-outlook, salary]",
        "related: [work-enviroment, job-outlook, salary]",
      ),
    );
    await edit(dir, "entries/skills.yaml", (t) => t.replace("- id: skills", "- id: salary"));
    const messages = (await problemsOf(dir)).message;
    expect(messages).toContain('unknown entry "work-enviroment"');
    expect(messages).toContain("duplicate entry id");
    await rm(dir, { recursive: true });
  });

  it("rejects an answer over the length limit and too few alternates", async () => {
    const dir = await copyOfKnowledge();
    await edit(dir, "entries/specializations.yaml", (t) =>
      t.replace(
        "    A cytotechnologist looks at cells under a microscope to find abnormalities.",
        `    ${"x".repeat(ANSWER_MAX_CHARS + 1)}`,
      ),
    );
    // The AMT entry left with a single alternate.
    await edit(dir, "entries/certification.yaml", (t) =>
      t.replace(/(- id: amt\n(?:.*\n)*? {2}alternates:\n {4}- .*\n)(?: {4}- .*\n)+/, "$1"),
    );
    const error = await problemsOf(dir);
    expect(error.problems.map((p) => p.field)).toEqual(
      expect.arrayContaining([expect.stringContaining("answer"), expect.stringContaining("alternates")]),
    );
    await rm(dir, { recursive: true });
  });
});

describe("kb:check", () => {
  it("warns about pack terms the matcher cannot use and uncovered terms that would hide an entry", async () => {
    const dir = await copyOfKnowledge();
    await edit(dir, "pack.yaml", (t) =>
      t.replace("uncovered_terms:\n", "uncovered_terms:\n  - of the\n  - benefits\n"),
    );
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [
      "src/knowledge/check-cli.ts",
      dir,
    ]);
    expect(stdout).toContain("kb:check ok");
    expect(stderr).toContain('uncovered_terms: "of the" has no words the matcher uses');
    expect(stderr).toContain('uncovered_terms: "benefits" is in a phrasing of entry certification-overview');
    await rm(dir, { recursive: true });
  });
});
