import { appendFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Engine, loadEngine, warmUp } from "../src/engine.ts";
import { copyOfKnowledge } from "./helpers/knowledge.ts";

/** How many times the warm-up asks the index for its learned model. */
async function modelAskedInWarmUp(engine: Engine): Promise<number> {
  const learn = engine.index.learned;
  let asked = 0;
  engine.index.learned = () => {
    asked += 1;
    return learn();
  };
  await warmUp(engine);
  return asked;
}

describe("the warm-up once updates flow", () => {
  it("lets the event loop run after each phrasing it matches, so a message arriving meanwhile waits for one match at most", async () => {
    const engine = await loadEngine("knowledge");
    let turns = 0;
    const count = () => {
      turns += 1;
      if (turns < 1_000) setImmediate(count);
    };
    setImmediate(count);
    await warmUp(engine);
    // Each entry gives a turn after its question and one after reading its other phrasings.
    expect(turns).toBeGreaterThanOrEqual(2 * engine.kb.entries.length - 1);
  });

  it("warms the model the pack stores with the rest, and never learns one", async () => {
    const engine = await loadEngine("knowledge");
    expect(engine.kb.learned).toBeDefined();
    const asked = await modelAskedInWarmUp(engine);
    expect(asked).toBeGreaterThan(0);
  });

  it("leaves a model still to learn from the examples (the stored one out of date) to the first message that needs it", async () => {
    const dir = await copyOfKnowledge();
    await appendFile(
      join(dir, "examples.yaml"),
      '- { text: "is the pay enough for daycare", means: "salary" }\n',
    );
    const engine = await loadEngine(dir);
    expect(engine.kb.learned).toBeUndefined();
    const asked = await modelAskedInWarmUp(engine);
    expect(asked).toBe(0);
    await rm(dir, { recursive: true });
  });
});
