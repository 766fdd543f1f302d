// The bot's context type and the dependencies every feature receives.
import type { Context } from "grammy";
import type { Recorder } from "../curation/recorder.ts";
import type { EngineHolder } from "../engine.ts";
import type { Logger } from "../logger.ts";
import type { Storage } from "../storage/storage.ts";
import type { Clock } from "../tips/clock.ts";

/** What a handler did with an update, for the one log line per update. */
export interface Outcome {
  kind: string;
  entry?: string;
  confidence?: number;
  reason?: string;
}

export type BotContext = Context & { outcome?: Outcome };

export interface BotDeps {
  engine: EngineHolder;
  logger: Logger;
  storage: Storage;
  clock: Clock;
  /** Salted hash of a chat or user id: what curation records store instead of the id. */
  hash: (id: number) => string;
  /** Keeps a record of each question for curators (see the README for what is kept); undefined keeps none. */
  recorder: Recorder | undefined;
}
