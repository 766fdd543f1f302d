import { describe, expect, it } from "vitest";
import { loadEngine, warmUp } from "../src/engine.ts";

describe("the warm-up before serving", () => {
  it("lets the event loop run between entries, so start-up's requests to the Bot API go on meanwhile", async () => {
    const engine = await loadEngine("knowledge");
    let turns = 0;
    const count = () => {
      turns += 1;
      if (turns < 1_000) setImmediate(count);
    };
    setImmediate(count);
    await warmUp(engine);
    expect(turns).toBeGreaterThanOrEqual(engine.kb.entries.length - 1);
  });

  it("leaves the model learned from the examples to the first message that needs it", async () => {
    const engine = await loadEngine("knowledge");
    const learn = engine.index.learned;
    let asked = 0;
    engine.index.learned = () => {
      asked += 1;
      return learn();
    };
    await warmUp(engine);
    expect(asked).toBe(0);
  });
});
