// The answer engine as the bot sees it: one loaded knowledge pack and its index, swappable as a unit.
import { type LoadedKnowledge, loadKnowledge } from "./knowledge/load.ts";
import { buildIndex, type MatchIndex, match } from "./matching/engine.ts";

export interface Engine {
  kb: LoadedKnowledge;
  index: MatchIndex;
}

/** The pack in `dir` and its index; the pack's stored model, when current, stands in for its examples. */
export async function loadEngine(dir: string): Promise<Engine> {
  const kb = await loadKnowledge(dir, { compiled: true });
  return { kb, index: buildIndex(kb) };
}

/**
 * Runs the matcher over the pack's own questions, a misspelling and small talk before the bot serves. The first
 * calls of a fresh process are many times slower (lazy tables in the spelling and stemming code, code not yet
 * compiled by V8); without this, a burst of people right after a start pays for it in their first replies.
 * It goes one entry at a time and lets the event loop run in between, so that what start-up waits for meanwhile
 * (the Bot API's answers to getMe and to the menu) arrives while it works rather than after it.
 */
export async function warmUp(engine: Engine): Promise<void> {
  // A model the pack stores is warmed with the rest. One still to learn from the examples (the stored one is out of
  // date) is left to the first message that needs it: learning it here would hold the first poll back by a third
  // of a second for what only a few messages ask of it.
  const index = engine.kb.learned ? engine.index : { ...engine.index, learned: () => undefined };
  for (const entry of engine.kb.entries) {
    match(index, entry.question);
    for (const alternate of [...entry.alternates, ...entry.everyday]) match(index, alternate);
    await nextTurn();
  }
  for (const intent of engine.kb.smalltalk) match(index, intent.phrasings[0] ?? "");
  for (const text of ["salery for a lab tecnician?", "how do I grow tomatoes", "¿cuánto gana?", "🙂"])
    match(index, text);
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

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
