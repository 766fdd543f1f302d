// The curator's summary: how many questions got answers, which did not (grouped), which answers got 👎, what people browse.
import Fuse from "fuse.js";
import type { QuestionRecord, Storage, VoteRecord } from "../storage/storage.ts";

export interface UnansweredGroup {
  /** The most frequent wording in the group. */
  text: string;
  normalized: string;
  count: number;
  examples: string[];
  /** Closest entries the matcher saw, best first. */
  candidates: { id: string; confidence: number }[];
}

export interface Stats {
  since: number;
  questions: number;
  answered: number;
  ambiguous: number;
  unanswered: number;
  /** (ambiguous + unanswered) / questions; 0 when there were no questions. */
  unansweredRate: number;
  smalltalk: number;
  topUnanswered: UnansweredGroup[];
  mostDownvoted: { entryId: string; down: number; up: number; comments: string[] }[];
  topics: { topicId: string; answers: number }[];
  activeSubscribers: number;
  kbVersions: string[];
}

/** Fuse.js score at or below which two unanswered questions count as the same question. */
const SAME_QUESTION = 0.3;

/** Groups questions with the same normalised form, then merges groups whose forms Fuse.js finds near-identical. */
export function groupUnanswered(records: readonly QuestionRecord[], limit = 10): UnansweredGroup[] {
  const byForm = new Map<string, QuestionRecord[]>();
  for (const r of records) {
    const key = r.normalized || r.text.toLowerCase().trim();
    byForm.set(key, [...(byForm.get(key) ?? []), r]);
  }
  const forms = [...byForm.keys()].sort((a, b) => byForm.get(b)!.length - byForm.get(a)!.length);
  const fuse = new Fuse(forms, { includeScore: true, threshold: SAME_QUESTION, ignoreLocation: true });
  const merged = new Set<string>();
  const groups: UnansweredGroup[] = [];
  for (const form of forms) {
    if (merged.has(form)) continue;
    const members = [form];
    if (form.length >= 4)
      for (const hit of fuse.search(form.slice(0, 32)))
        if (hit.item !== form && !merged.has(hit.item) && (hit.score ?? 1) <= SAME_QUESTION)
          members.push(hit.item);
    for (const m of members) merged.add(m);
    const rows = members.flatMap((m) => byForm.get(m)!);
    const wordings = new Map<string, number>();
    for (const r of rows) wordings.set(r.text, (wordings.get(r.text) ?? 0) + 1);
    const ranked = [...wordings].sort((a, b) => b[1] - a[1]).map(([t]) => t);
    groups.push({
      text: ranked[0]!,
      normalized: form,
      count: rows.length,
      examples: ranked.slice(0, 3),
      candidates: rows.at(-1)!.candidates.slice(0, 3),
    });
  }
  return groups.sort((a, b) => b.count - a.count).slice(0, limit);
}

export function computeStats(
  questions: readonly QuestionRecord[],
  votes: readonly VoteRecord[],
  activeSubscribers: number,
  since: number,
): Stats {
  const count = (outcome: QuestionRecord["outcome"]) => questions.filter((q) => q.outcome === outcome).length;
  const answered = count("answer");
  const ambiguous = count("ambiguous");
  const unanswered = count("none");
  const asked = answered + ambiguous + unanswered;

  const byEntry = new Map<string, { down: number; up: number; comments: string[] }>();
  for (const v of votes) {
    const row = byEntry.get(v.entryId) ?? { down: 0, up: 0, comments: [] };
    if (v.vote === -1) row.down++;
    else row.up++;
    if (v.comment) row.comments.push(v.comment);
    byEntry.set(v.entryId, row);
  }
  const topics = new Map<string, number>();
  for (const q of questions) if (q.topicId) topics.set(q.topicId, (topics.get(q.topicId) ?? 0) + 1);

  return {
    since,
    questions: asked,
    answered,
    ambiguous,
    unanswered,
    unansweredRate: asked === 0 ? 0 : (ambiguous + unanswered) / asked,
    smalltalk: count("smalltalk"),
    topUnanswered: groupUnanswered(
      questions.filter((q) => q.outcome === "none" || q.outcome === "ambiguous"),
    ),
    mostDownvoted: [...byEntry]
      .filter(([, r]) => r.down > 0)
      .map(([entryId, r]) => ({ entryId, ...r }))
      .sort((a, b) => b.down - a.down)
      .slice(0, 10),
    topics: [...topics]
      .map(([topicId, answers]) => ({ topicId, answers }))
      .sort((a, b) => b.answers - a.answers),
    activeSubscribers,
    kbVersions: [...new Set(questions.map((q) => q.kbVersion))],
  };
}

/** The summary of everything recorded since `since`. */
export async function statsSince(storage: Storage, since: number): Promise<Stats> {
  const [questions, votes, subscribers] = await Promise.all([
    storage.questionsSince(since),
    storage.votesSince(since),
    storage.countActiveSubscribers(),
  ]);
  return computeStats(questions, votes, subscribers, since);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The summary as a readable table, for the terminal. */
export function formatStats(s: Stats): string {
  const lines = [
    `Since ${new Date(s.since).toISOString().slice(0, 16).replace("T", " ")} UTC`,
    "",
    `questions           ${s.questions}`,
    `answered            ${s.answered}`,
    `did you mean        ${s.ambiguous}`,
    `no answer           ${s.unanswered}`,
    `unanswered rate     ${pct(s.unansweredRate)}   (did-you-mean + no answer)`,
    `small talk          ${s.smalltalk}`,
    `daily-tip subscribers (active)  ${s.activeSubscribers}`,
    "",
    "Top unanswered questions (grouped by similarity)",
    ...(s.topUnanswered.length === 0
      ? ["  (none)"]
      : s.topUnanswered.map(
          (g) =>
            `  ${String(g.count).padStart(4)}×  ${g.text}${g.examples.length > 1 ? `   [also: ${g.examples.slice(1).join(" | ")}]` : ""}`,
        )),
    "",
    "Answers with the most 👎",
    ...(s.mostDownvoted.length === 0
      ? ["  (none)"]
      : s.mostDownvoted.map(
          (d) =>
            `  ${String(d.down).padStart(4)} 👎 ${String(d.up).padStart(3)} 👍  ${d.entryId}${d.comments.length ? `   comments: ${d.comments.map((c) => JSON.stringify(c)).join(", ")}` : ""}`,
        )),
    "",
    "Topic popularity (answers given)",
    ...(s.topics.length === 0
      ? ["  (none)"]
      : s.topics.map((t) => `  ${String(t.answers).padStart(4)}  ${t.topicId}`)),
  ];
  return lines.join("\n");
}

/** A few lines for Telegram's /stats. */
/** `countsOnly` leaves out what people typed: for places others can read, such as a group. */
export function formatShortStats(s: Stats, countsOnly = false): string {
  const counts = [
    `Last 7 days: ${s.questions} questions, ${s.answered} answered, unanswered rate ${pct(s.unansweredRate)}.`,
    `Daily-tip subscribers: ${s.activeSubscribers}.`,
  ];
  if (countsOnly) return counts.join("\n\n");
  const top = s.topUnanswered.slice(0, 5).map((g) => `• ${g.count}× ${g.text}`);
  const down = s.mostDownvoted.slice(0, 3).map((d) => `• ${d.entryId}: ${d.down} 👎`);
  return [
    ...counts,
    top.length ? `Top unanswered:\n${top.join("\n")}` : "No unanswered questions.",
    down.length ? `Most 👎:\n${down.join("\n")}` : "No 👎 yet.",
  ].join("\n\n");
}

/** "7d", "24h", "30m" → milliseconds. */
export function parseDuration(text: string): number | undefined {
  const m = /^(\d+)\s*([dhm])$/.exec(text.trim());
  if (!m) return undefined;
  return Number(m[1]) * { d: 86_400_000, h: 3_600_000, m: 60_000 }[m[2] as "d" | "h" | "m"];
}
