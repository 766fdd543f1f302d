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
 * Runs the matcher over a few of each entry's phrasings, small talk and a misspelling once the bot serves, and reads
 * every other phrasing as the matcher reads words. The first calls of a fresh process are many times slower (code
 * not yet compiled by V8, lazy tables in the spelling and stemming code); without this, a burst of people right after
 * a start pays for it in their first replies. Matching every phrasing cost a start about as much again as matching a
 * sample of them, and what the rest gave later messages came from the word readings they leave behind (corrections,
 * stems, sounds of the pack's words), which reading them gives at a fraction of the cost.
 * It runs after the first poll (before it, it held every start back by about a third of its CPU) and lets the event
 * loop run after each phrasing it matches, so that a message arriving meanwhile waits for one match, not the rest.
 */
export async function warmUp(engine: Engine): Promise<void> {
  // A model the pack stores is warmed with the rest. One still to learn from the examples (the stored one is out of
  // date) is left to the first message that needs it: learning it here would hold the first messages back by a
  // third of a second for what only a few of them ask of it.
  const index = engine.kb.learned ? engine.index : { ...engine.index, learned: () => undefined };
  for (const entry of engine.kb.entries) {
    for (const text of warmedPhrasings(entry)) {
      match(index, text);
      await nextTurn();
    }
    for (const text of [...entry.alternates, ...entry.everyday]) index.normalizer.normalize(text);
    await nextTurn();
  }
  for (const intent of engine.kb.smalltalk) match(index, intent.phrasings[0] ?? "");
  for (const text of ["salery for a lab tecnician?", "how do I grow tomatoes", "¿cuánto gana?", "🙂"])
    match(index, text);
}

/** The phrasings of an entry the warm-up matches: its question, and the first of its alternates and of its everyday ones. */
const warmedPhrasings = (entry: Engine["kb"]["entries"][number]): string[] =>
  [entry.question, entry.alternates[0], entry.everyday[0]].filter((t) => t !== undefined);

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
