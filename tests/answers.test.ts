// Every eval message's result, kept in a file: a change to the matcher that should not change answers (speed,
// tidying) proves it here; one that should shows, message by message, what it changed. After an intended change:
// `npx vitest run tests/answers.test.ts -u`, and read the diff.
import { describe, expect, it } from "vitest";
import { buildIndex, type MatchResult } from "../src/matching/engine.ts";
import { EVAL_FILES, loadCases, respond, tuningFiles } from "./eval/evaluate.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

const round = (x: number) => x.toFixed(3);

/** Kind, entry (or intent, command, reason), confidence to three places, and the candidates a reply shows. */
function summary(r: MatchResult): string {
  const candidates = (list: readonly { entry: { id: string }; confidence: number }[]) =>
    list.map((c) => `${c.entry.id} ${round(c.confidence)}`).join(", ");
  switch (r.kind) {
    case "answer":
      return `answer ${r.entry.id} ${round(r.confidence)}${r.also ? ` also ${r.also.id}` : ""}${r.partlyUncovered ? " partly uncovered" : ""} [${candidates(r.candidates)}]`;
    case "ambiguous":
      return `ambiguous [${candidates(r.candidates)}]`;
    case "smalltalk":
      return `smalltalk ${r.intent.id} ${round(r.confidence)}`;
    case "command":
      return `command ${r.command}`;
    case "none":
      return `none ${r.reason} [${candidates(r.candidates)}]${r.nearest ? ` nearest ${r.nearest.entry.id}` : ""}`;
  }
}

describe("the matcher's answers to the eval messages", () => {
  it("are the ones recorded in tests/eval/answers.txt", async () => {
    const index = buildIndex(await realKnowledge());
    const lines: string[] = [];
    for (const file of [...(await tuningFiles()), EVAL_FILES.holdout]) {
      lines.push(`# ${file}`);
      for (const c of await loadCases(file)) {
        const text = c.after === undefined ? c.text : `${c.after} → ${c.text}`;
        lines.push(`${JSON.stringify(text)}\n  ${summary(respond(index, c))}`);
      }
    }
    await expect(`${lines.join("\n")}\n`).toMatchFileSnapshot("eval/answers.txt");
    // Every eval message is matched, and the set grows with each batch: a busy machine takes well over the default.
  }, 120_000);
});
