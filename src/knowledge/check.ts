// Cross-file checks the schemas cannot express: unique ids, links that resolve, phrasings that do not collide.
import type { KnowledgeProblem } from "./load.ts";
import type { KnowledgeBase } from "./schema.ts";

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

export function checkKnowledge(kb: KnowledgeBase): KnowledgeProblem[] {
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
    for (const phrasing of [e.question, ...e.alternates]) {
      const key = squash(phrasing);
      const owner = phrasingOwner.get(key);
      if (owner && owner !== e.id) add(where, "alternates", `"${phrasing}" is also a phrasing of ${owner}`);
      else if (owner === e.id && phrasing !== e.question)
        add(where, "alternates", `"${phrasing}" is repeated`);
      phrasingOwner.set(key, e.id);
    }
  }
  for (const tip of kb.tips)
    if (!entryIds.has(tip.entry)) add(`tips.yaml (id ${tip.id})`, "entry", `unknown entry "${tip.entry}"`);
  return problems;
}
