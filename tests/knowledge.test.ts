import { execFile } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { checkFacts, unusedFacts } from "../src/knowledge/check.ts";
import { figuresIn, knownNamesIn, unknownNames } from "../src/knowledge/claims.ts";
import { KnowledgeError, loadKnowledge } from "../src/knowledge/load.ts";
import { ANSWER_MAX_CHARS, type KnowledgeBase } from "../src/knowledge/schema.ts";
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

  it("rejects a nearest entry that does not exist for an uncovered term that is not one", async () => {
    const dir = await copyOfKnowledge();
    await edit(dir, "pack.yaml", (t) =>
      t
        .replace("    entries: [work-settings]\n", "    entries: [work-setings]\n")
        .replace("terms: [remote, work from home]", "terms: [remote, work from home, commute]"),
    );
    const messages = (await problemsOf(dir)).message;
    expect(messages).toContain('unknown entry "work-setings"');
    expect(messages).toContain('"commute" is no uncovered term');
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

describe("claims and sources (facts.yaml)", () => {
  /** The real pack with one tip or entry changed, in memory. */
  async function changed(change: (kb: KnowledgeBase) => void): Promise<KnowledgeBase> {
    const kb = structuredClone(await realKnowledge()) as KnowledgeBase;
    change(kb);
    return kb;
  }
  const tip = (kb: KnowledgeBase, id: string) => kb.tips.find((t) => t.id === id)!;
  const entry = (kb: KnowledgeBase, id: string) => kb.entries.find((e) => e.id === id)!;
  const messages = (kb: KnowledgeBase) => checkFacts(kb).map((p) => `${p.file} ${p.field}: ${p.message}`);

  it("backs every figure, name and source of the real pack, and every fact is stated somewhere", async () => {
    const kb = await realKnowledge();
    expect(checkFacts(kb)).toEqual([]);
    expect(unusedFacts(kb)).toEqual([]);
  });

  it("finds figures, percentages and names as a curator writes them", () => {
    expect(figuresIn("grow 6 percent from 2023 to 2033; $60,290, top 10%; 1.5 years")).toEqual([
      "6%",
      "2023",
      "2033",
      "$60,290",
      "10%",
      "1.5",
    ]);
    const known = ["Beacon Hill Career Training", "MLT"];
    expect(unknownNames("Most MLTs train at Beacon Hill Career Training.", known)).toEqual([]);
    expect(
      unknownNames("Some study with Kaplan. Kaplan Health Institute runs NAACLS programs.", known),
    ).toEqual(["Kaplan", "Kaplan Health Institute", "NAACLS"]);
    expect(unknownNames("See the guide's site, example.org, in May.", known)).toEqual(["example.org"]);
  });

  it("finds a known name in every text that has it, text after text (each name's pattern is built once)", () => {
    const known = ["Beacon Hill Career Training", "MLT"];
    for (let i = 0; i < 3; i++) {
      expect(knownNamesIn("MLTs train at Beacon Hill Career Training.", known)).toEqual([
        "Beacon Hill Career Training",
        "MLT",
      ]);
      expect(knownNamesIn("An MLT's day", known)).toEqual(["MLT"]);
      expect(unknownNames("Most MLTs train at Beacon Hill Career Training.", known)).toEqual([]);
    }
  });

  it("finds a known name only as a whole word, with a plural or possessive ending, as a Unicode pattern would", () => {
    // The pattern the scan stands for: the name, an optional "s" or "'s", no letter or digit on either side.
    const pattern = (name: string) =>
      new RegExp(
        `(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:s|['’]s)?(?![\\p{L}\\p{N}])`,
        "gu",
      );
    const byPattern = (text: string, known: string[]) => {
      const found: string[] = [];
      let rest = text;
      for (const name of [...known].sort((a, b) => b.length - a.length))
        if (rest.search(pattern(name)) >= 0) {
          found.push(name);
          rest = rest.replace(pattern(name), " | ");
        }
      return found;
    };
    const known = ["MLT", "MLS", "U.S.", "ASCP BOC", "ASCP", "Lab"];
    const pieces = [
      "MLT",
      "MLS",
      "U.S.",
      "ASCP",
      "BOC",
      "Lab",
      "s",
      "'s",
      "’s",
      "x",
      "9",
      " ",
      ".",
      "-",
      "𝐀",
      "😀",
      "é",
    ];
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let i = 0; i < 3_000; i++) {
      const text = Array.from(
        { length: 1 + Math.floor(random() * 8) },
        () => pieces[Math.floor(random() * pieces.length)],
      ).join("");
      expect(knownNamesIn(text, known), text).toEqual(byPattern(text, known));
    }
    expect(knownNamesIn("MLTs, MLT's and 𝐀MLT or MLTx", ["MLT"])).toEqual(["MLT"]);
    expect(knownNamesIn("𝐀MLT, MLTx, 9MLT, MLTss", ["MLT"])).toEqual([]);
  });

  it("rejects a figure facts.yaml does not list", async () => {
    const kb = await changed((kb) => {
      tip(kb, "tip-34").text = "The median annual wage for medical lab technicians was $75,000 in 2024.";
    });
    expect(messages(kb)).toEqual(['tips.yaml (id tip-34).text: figure "$75,000" is not in facts.yaml']);
  });

  it("rejects a name facts.yaml does not list", async () => {
    const kb = await changed((kb) => {
      entry(kb, "ascp").answer += " The National Accrediting Agency approves programs.";
    });
    expect(messages(kb)).toEqual([
      'entries/ (id ascp).answer: name "National Accrediting Agency" is not in facts.yaml (as a fact, a source or a plain term)',
    ]);
  });

  it("rejects a fact cited to a source the guide does not credit for it", async () => {
    const kb = await changed((kb) => {
      tip(kb, "tip-31").source = "San Juan College";
    });
    expect(messages(kb)).toContain(
      'tips.yaml (id tip-31).text: "6%" is credited to Beacon Hill Career Training in facts.yaml; cite one of them',
    );
  });

  it("rejects a cited source facts.yaml does not know", async () => {
    const kb = await changed((kb) => {
      tip(kb, "tip-20").source = "Wikipedia";
      entry(kb, "skills").sources.push("LinkedIn");
    });
    expect(messages(kb)).toEqual([
      'entries/ (id skills).sources: source "LinkedIn" is not among the sources of facts.yaml',
      'tips.yaml (id tip-20).source: source "Wikipedia" is not among the sources of facts.yaml',
    ]);
  });

  it("fails kb:check with file and line for a planted figure, name and source", async () => {
    const dir = await copyOfKnowledge();
    await edit(dir, "entries/jobs.yaml", (t) =>
      t
        .replace("$102,390", "$112,390")
        .replace("Pay depends on", "According to Kaplan Surveys, pay depends on"),
    );
    await edit(dir, "tips.yaml", (t) =>
      t.replace(
        "{id: tip-20, entry: skills, source: Coursera,",
        "{id: tip-20, entry: skills, source: Wikipedia,",
      ),
    );
    const lineOf = async (file: string, text: string) =>
      (await readFile(join(dir, file), "utf8")).split("\n").findIndex((l) => l.includes(text)) + 1;
    const answerLine = await lineOf("entries/jobs.yaml", "$112,390");
    const nameLine = await lineOf("entries/jobs.yaml", "According to Kaplan Surveys");
    const tipLine = await lineOf("tips.yaml", "{id: tip-20,");
    const result = await promisify(execFile)(process.execPath, ["src/knowledge/check-cli.ts", dir]).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect("code" in result && result.code).toBe(1);
    expect(result.stderr).toContain(
      `entries/jobs.yaml:${answerLine} (id salary).answer: figure "$112,390" is not in facts.yaml`,
    );
    expect(result.stderr).toContain(
      `entries/jobs.yaml:${nameLine} (id salary).answer: name "Kaplan Surveys" is not in facts.yaml`,
    );
    expect(result.stderr).toContain(
      `tips.yaml:${tipLine} (id tip-20).source: source "Wikipedia" is not among the sources of facts.yaml`,
    );
    await rm(dir, { recursive: true });
  });

  it("validates facts.yaml like the other pack files", async () => {
    const dir = await copyOfKnowledge();
    await edit(dir, "facts.yaml", (t) => t.replace("    sources: [San Juan College]\n", ""));
    const error = await problemsOf(dir);
    expect(error.problems[0]).toMatchObject({ file: "facts.yaml", field: "facts.5.sources" });
    expect(error.problems[0]?.line).toBeGreaterThan(1);
    await rm(dir, { recursive: true });
  });
});
