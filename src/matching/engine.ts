// The answer engine's public face: load a pack, build its index, match messages.

export { COMMAND_NAMES, type CommandName } from "./commands.ts";
export type { MatchIndex } from "./index.ts";
export { buildIndex } from "./index.ts";
export type { Conversation, MatchResult, NoneReason, PreviousAnswer } from "./match.ts";
export { commandOf, match, matchInChat, RELATED_BUTTONS } from "./match.ts";
export type { NearestCovered } from "./nearest-covered.ts";
export { DEFAULT_MATCH_OPTIONS, type MatchOptions } from "./options.ts";
export type { Candidate } from "./rank.ts";
export { rank } from "./rank.ts";
export { offeredOf } from "./result.ts";
