// The answer engine as the bot sees it: one loaded knowledge pack and its index, swappable as a unit.
import { type LoadedKnowledge, loadKnowledge } from "./knowledge/load.ts";
import { buildIndex, type MatchIndex } from "./matching/engine.ts";

export interface Engine {
  kb: LoadedKnowledge;
  index: MatchIndex;
}

export async function loadEngine(dir: string): Promise<Engine> {
  const kb = await loadKnowledge(dir);
  return { kb, index: buildIndex(kb) };
}

/**
 * Holds the engine in service. A handler takes `current()` once and uses that snapshot for its whole reply,
 * so a reload in the middle never mixes two knowledge versions in one answer.
 */
export interface EngineHolder {
  current(): Engine;
  replace(next: Engine): void;
}

export function holdEngine(initial: Engine): EngineHolder {
  let engine = initial;
  return {
    current: () => engine,
    replace: (next) => {
      engine = next;
    },
  };
}
