// The answer engine's public face: load a pack, build its index, match messages.

export type { MatchIndex } from "./index.ts";
export { buildIndex } from "./index.ts";
export type { Candidate, MatchResult, NoneReason } from "./match.ts";
export { match, RELATED_BUTTONS, rank } from "./match.ts";
export { DEFAULT_MATCH_OPTIONS, type MatchOptions } from "./options.ts";
