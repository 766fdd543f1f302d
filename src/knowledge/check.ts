// Cross-file checks the schemas cannot express: unique ids, links that resolve, phrasings that do not collide,
// and claims and sources that facts.yaml backs.
import { figuresIn, isFigure, knownNamesIn, normalizeFigure, unknownNames } from "./claims.ts";
import type { KnowledgeProblem } from "./load.ts";
import { EXAMPLE_OTHER, type Fact, type KnowledgeBase } from "./schema.ts";

/** Where an item of the pack (an entry, a tip, a fact), one of its fields, or a character of it is written. */
export type Locate = (
  item: object,
  field?: (string | number)[],
  offset?: number,
) => { file?: string; line?: number };

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

export function checkKnowledge(kb: KnowledgeBase, locate: Locate = () => ({})): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const add = (file: string, field: string, message: string) => problems.push({ file, field, message });

  for (const id of duplicates(kb.topics.map((t) => t.id)))
    add("topics.yaml", `id ${id}`, "duplicate topic id");
  const entryIds = new Set<string>();
  for (const id of duplicates(kb.entries.map((e) => e.id))) add("entries/", `id ${id}`, "duplicate entry id");
  for (const e of kb.entries) entryIds.add(e.id);
  for (const s of kb.smalltalk)
    if (entryIds.has(s.id)) add("smalltalk.yaml", `id ${s.id}`, "small-talk id is also an entry id");
  for (const id of duplicates(kb.tips.map((t) => t.id))) add("tips.yaml", `id ${id}`, "duplicate tip id");

  const topicIds = new Set(kb.topics.map((t) => t.id));
  for (const t of kb.topics)
    if (!kb.entries.some((e) => e.topic === t.id)) add("topics.yaml", `id ${t.id}`, "topic has no entries");

  const phrasingOwner = new Map<string, string>();
  for (const e of kb.entries) {
    const where = `entries/ (id ${e.id})`;
    if (!topicIds.has(e.topic)) add(where, "topic", `unknown topic "${e.topic}"`);
    for (const r of e.related) {
      if (r === e.id) add(where, "related", "an entry cannot be related to itself");
      else if (!entryIds.has(r)) add(where, "related", `unknown entry "${r}"`);
    }
    for (const phrasing of [e.question, ...e.alternates, ...e.everyday]) {
      const key = squash(phrasing);
      const owner = phrasingOwner.get(key);
      if (owner && owner !== e.id) add(where, "alternates", `"${phrasing}" is also a phrasing of ${owner}`);
      else if (owner === e.id && phrasing !== e.question)
        add(where, "alternates", `"${phrasing}" is repeated`);
      phrasingOwner.set(key, e.id);
    }
  }
  const uncovered = new Set(kb.pack.uncovered_terms);
  for (const [i, near] of kb.pack.uncovered_nearest.entries()) {
    for (const id of near.entries)
      if (!entryIds.has(id)) add("pack.yaml", `uncovered_nearest[${i}].entries`, `unknown entry "${id}"`);
    for (const term of near.terms)
      if (!uncovered.has(term))
        add("pack.yaml", `uncovered_nearest[${i}].terms`, `"${term}" is no uncovered term`);
  }
  for (const term of duplicates(kb.pack.uncovered_nearest.flatMap((n) => n.terms)))
    add("pack.yaml", "uncovered_nearest", `"${term}" is in two groups`);
  for (const tip of kb.tips)
    if (!entryIds.has(tip.entry)) add(`tips.yaml (id ${tip.id})`, "entry", `unknown entry "${tip.entry}"`);
  const other: readonly string[] = EXAMPLE_OTHER;
  for (const [i, example] of kb.examples.entries()) {
    const means = typeof example.means === "string" ? [example.means] : example.means;
    for (const id of means)
      if (!entryIds.has(id) && !(other.includes(id) && means.length === 1)) {
        const { file = "examples.yaml", line } = locate(example, ["means"]);
        problems.push({
          file,
          line,
          field: `[${i}].means`,
          message: `"${id}" is no entry id${means.length === 1 ? `, nor ${other.join(" or ")}` : ""}`,
        });
      }
    if (example.after !== undefined && !entryIds.has(example.after)) {
      const { file = "examples.yaml", line } = locate(example, ["after"]);
      problems.push({ file, line, field: `[${i}].after`, message: `"${example.after}" is no entry id` });
    }
  }
  return [...problems, ...checkFacts(kb, locate)];
}

/**
 * Every figure and name in an answer or tip is a fact, a source or a plain term of facts.yaml; a text that states
 * a fact cites one of the sources the guide credits for it; every cited source is one facts.yaml lists.
 */
export function checkFacts(kb: KnowledgeBase, locate: Locate = () => ({})): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const sourceNames = new Set(kb.facts.sources.map((s) => s.name));
  const figures = new Map<string, Fact>();
  const names = new Map<string, Fact>();
  for (const fact of kb.facts.facts) {
    if (isFigure(fact.fact)) figures.set(normalizeFigure(fact.fact), fact);
    else for (const name of [fact.fact, ...fact.also]) names.set(name, fact);
  }
  const known = [...names.keys(), ...sourceNames, ...kb.facts.plain_terms];

  const report = (
    item: object,
    fallback: string,
    field: (string | number)[],
    label: string,
    message: string,
    offset?: number,
  ) => {
    const where = locate(item, field, offset);
    problems.push({ file: where.file ?? fallback, line: where.line, field: label, message });
  };
  for (const fact of kb.facts.facts)
    fact.sources.forEach((source, i) => {
      if (!sourceNames.has(source))
        report(fact, "facts.yaml", ["sources", i], `fact "${fact.fact}".sources`, unknownSource(source));
    });

  const texts = [
    ...kb.entries.map((e) => ({
      item: e,
      file: "entries/",
      field: "answer",
      id: e.id,
      text: e.answer,
      cites: e.sources,
    })),
    ...kb.tips.map((t) => ({
      item: t,
      file: "tips.yaml",
      field: "text",
      id: t.id,
      text: t.text,
      cites: [t.source],
    })),
  ];
  for (const { item, file, field, id, text, cites } of texts) {
    const label = `(id ${id}).${field}`;
    // The line of the claim itself when it is written as is ("6 percent" is found as "6%" only by its field).
    const fail = (message: string, claim: string) => {
      const at = text.indexOf(claim);
      report(item, file, [field], label, message, at < 0 ? undefined : at);
    };
    const needsSource = (claim: string, fact: Fact) => {
      if (!fact.sources.some((s) => cites.includes(s)))
        fail(`"${claim}" is credited to ${fact.sources.join(", ")} in facts.yaml; cite one of them`, claim);
    };
    for (const figure of figuresIn(text)) {
      const fact = figures.get(figure);
      if (fact) needsSource(figure, fact);
      else fail(`figure "${figure}" is not in facts.yaml`, figure);
    }
    for (const name of knownNamesIn(text, known)) {
      const fact = names.get(name);
      if (fact) needsSource(name, fact);
    }
    for (const name of unknownNames(text, known))
      fail(`name "${name}" is not in facts.yaml (as a fact, a source or a plain term)`, name);
  }

  const sourced = [
    ...kb.entries.flatMap((e) =>
      e.sources.map((s, i) => ({ item: e, file: "entries/", path: ["sources", i], id: e.id, s })),
    ),
    ...kb.tips.map((t) => ({ item: t, file: "tips.yaml", path: ["source"], id: t.id, s: t.source })),
  ];
  for (const { item, file, path, id, s } of sourced)
    if (!sourceNames.has(s)) report(item, file, path, `(id ${id}).${path[0]}`, unknownSource(s));
  return problems;
}

/** Facts no answer or tip states: stale after an edit, or waiting for one. */
export function unusedFacts(kb: KnowledgeBase): Fact[] {
  const texts = [...kb.entries.map((e) => e.answer), ...kb.tips.map((t) => t.text)];
  const figures = new Set(texts.flatMap(figuresIn));
  return kb.facts.facts.filter((fact) =>
    isFigure(fact.fact)
      ? !figures.has(normalizeFigure(fact.fact))
      : !texts.some((text) => knownNamesIn(text, [fact.fact, ...fact.also]).length > 0),
  );
}

const unknownSource = (name: string) => `source "${name}" is not among the sources of facts.yaml`;
