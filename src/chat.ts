// `npm run chat`: the answer engine in the terminal, no Telegram token needed.
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { type Engine, loadEngine } from "./engine.ts";
import { KnowledgeError, KnowledgeNotFoundError } from "./knowledge/load.ts";
import type { Topic } from "./knowledge/schema.ts";
import {
  type MatchIndex,
  type MatchResult,
  match,
  offeredOf,
  type PreviousAnswer,
} from "./matching/engine.ts";
import {
  helpText,
  nearestLead,
  noAnswerLead,
  PART_UNCOVERED,
  smalltalkReplies,
  welcomeText,
} from "./replies.ts";
import { nextTip } from "./tips/rotation.ts";

const HELP = `Usage: npm run chat [-- --debug] [-- --knowledge DIR]

Ask career questions in your own words and read the answers in the terminal.
When standard input is not a terminal, reads one question per line and prints each answer:
  printf 'how much do lab techs make\\n' | npm run -s chat

Options:
  --debug           show the confidence, the candidates and how the question was normalised
  --knowledge DIR   knowledge pack directory (default: knowledge)
  -h, --help        show this help

In the interactive prompt, type the number of a "did you mean" choice to open it; an empty line or Ctrl-D quits.
The read-only commands work here as in Telegram: /start, /topics, /tip, /help.`;

/** The commands that read and need no chat to remember: the rest (/daily, /settings) are Telegram's. */
const CHAT_COMMANDS = [
  { command: "start", description: "Welcome and topics" },
  { command: "topics", description: "All topics" },
  { command: "tip", description: "A career tip right now" },
  { command: "help", description: "How to ask, with an example" },
] as const;

const TELEGRAM_ONLY = "Daily tips (/daily, /settings) are for Telegram: run the bot with npm start.";

function describeAnswer(index: MatchIndex, entryId: string): string {
  const e = index.byId.get(entryId)!;
  const related = e.entry.related
    .map((id) => index.byId.get(id)?.entry.question)
    .filter((q): q is string => q !== undefined);
  return [
    `» ${e.entry.question}`,
    e.entry.answer,
    `Sources: ${e.entry.sources.join(", ")}`,
    related.length > 0 ? `Related:\n${related.map((q) => `  - ${q}`).join("\n")}` : "",
  ]
    .filter(Boolean)
    .join("\n");
}

function topicList(topics: readonly Topic[]): string {
  return topics.map((t) => `  - ${t.title}: ${t.description}`).join("\n");
}

function render(index: MatchIndex, result: MatchResult): string {
  switch (result.kind) {
    case "answer": {
      const answers = result.also
        ? `${describeAnswer(index, result.entry.id)}\n\n${describeAnswer(index, result.also.id)}`
        : describeAnswer(index, result.entry.id);
      return result.partlyUncovered ? `${answers}\n\n${PART_UNCOVERED}` : answers;
    }
    case "ambiguous":
      return `Did you mean:\n${result.candidates.map((c, i) => `  ${i + 1}) ${c.entry.question}`).join("\n")}`;
    case "smalltalk":
      return smalltalkReplies(result)[0]!;
    case "command":
      return command(`/${result.command}`) ?? "";
    case "none":
      return result.nearest
        ? `${nearestLead(result.nearest.about)}\n  1) ${result.nearest.entry.question}`
        : `${noAnswerLead(result.reason)} Topics I know about:\n${topicList(result.topics)}`;
  }
}

function debugLine(result: MatchResult): string {
  const candidates =
    result.kind === "answer" || result.kind === "ambiguous" || result.kind === "none"
      ? result.candidates.map((c) => `${c.entry.id}:${c.confidence.toFixed(3)}`).join(" ")
      : "";
  const head =
    result.kind === "answer"
      ? `answer ${result.entry.id}${result.also ? ` + ${result.also.id}` : ""} confidence=${result.confidence.toFixed(3)}`
      : result.kind === "smalltalk"
        ? `smalltalk ${result.intent.id} confidence=${result.confidence.toFixed(3)}`
        : result.kind === "none"
          ? `none reason=${result.reason}${result.nearest ? ` nearest=${result.nearest.entry.id}` : ""}`
          : result.kind === "command"
            ? `command ${result.command}`
            : "ambiguous";
  const fixes = result.query.corrected.map(([a, b]) => `${a}→${b}`).join(" ");
  return `[debug] ${head} | candidates: ${candidates || "-"} | terms: ${result.query.terms.join(" ") || "-"}${fixes ? ` | spelling: ${fixes}` : ""}${result.query.related.length > 0 ? ` | lexicon: ${result.query.related.join(" ")}` : ""}`;
}

const { values } = parseArgs({
  options: {
    debug: { type: "boolean", default: false },
    knowledge: { type: "string", default: "knowledge" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

let engine: Engine;
try {
  // As the bot reads it: the pack's compiled form stands in for its files while they are the ones compiled.
  engine = await loadEngine(values.knowledge);
} catch (error) {
  if (error instanceof KnowledgeNotFoundError) {
    console.error(
      `Cannot answer: ${error.message}. Pass --knowledge DIR, or run this from the project directory.`,
    );
    process.exit(1);
  }
  if (error instanceof KnowledgeError) {
    console.error(`The knowledge pack in ${values.knowledge} is invalid:\n${error.message}`);
    process.exit(1);
  }
  throw error;
}
const { index } = engine;

const interactive = process.stdin.isTTY === true;
const rl = createInterface({
  input: process.stdin,
  output: interactive ? process.stdout : undefined,
  terminal: interactive,
});
let choices: string[] = [];
const seenTips = new Set<string>();

/** The same texts the bot sends for its read-only commands, as plain text; undefined for anything not a command. */
function command(line: string): string | undefined {
  const name = /^\/([a-z_]+)(?:@\w+)?(?:\s|$)/i.exec(line.trim())?.[1]?.toLowerCase();
  if (name === undefined) return undefined;
  switch (name) {
    case "start":
      return `${welcomeText(engine)}\n${topicList(index.topics)}`;
    case "topics":
      return `Topics:\n${topicList(index.topics)}`;
    case "help":
      return helpText(CHAT_COMMANDS, [TELEGRAM_ONLY]);
    case "tip": {
      const { tip, newCycle } = nextTip(engine.kb.tips, seenTips, String(process.pid));
      if (newCycle) seenTips.clear();
      seenTips.add(tip.id);
      const related = index.byId.get(tip.entry)?.entry.question;
      return [`💡 Career tip`, tip.text, `Source: ${tip.source}`, related ? `Related: ${related}` : ""]
        .filter(Boolean)
        .join("\n");
    }
    case "daily":
    case "settings":
      return TELEGRAM_ONLY;
    default:
      return `There is no /${name} here. Commands: ${CHAT_COMMANDS.map((c) => `/${c.command}`).join(" ")}`;
  }
}
// The answer given last and the line it answered, or the entries a "did you mean" offered, so a follow-up ("and the
// top 10%?", "the first one") is read against them; kept in memory only.
let previous: PreviousAnswer | undefined;

function answer(line: string): string {
  const reply = command(line);
  if (reply !== undefined) {
    choices = [];
    return reply;
  }
  const picked = /^\s*(\d)\s*$/.exec(line);
  const choice = picked ? choices[Number(picked[1]) - 1] : undefined;
  if (choice) {
    choices = [];
    previous = { entryId: choice, at: Date.now() };
    return describeAnswer(index, choice);
  }
  const now = Date.now();
  const result = match(index, line, { previous, now });
  // The entry offered beside a question the guide does not cover is picked by its number too.
  choices = offeredOf(result);
  if (result.kind === "answer")
    previous = { entryId: (result.also ?? result.entry).id, at: now, asked: line };
  // "the first one", "the cells one" next pick among the entries offered.
  if (choices.length > 0) previous = { entryId: choices[0]!, at: now, asked: line, offered: choices };
  return [values.debug ? debugLine(result) : "", render(index, result)].filter(Boolean).join("\n");
}

if (interactive) {
  console.log(
    `${index.entries.length} answers about ${index.topics.map((t) => t.title.toLowerCase()).join(", ")}.`,
  );
  console.log('Ask a question (for example "how much do lab techs make"), or /help; an empty line quits.\n');
  rl.setPrompt("you> ");
  rl.prompt();
  rl.on("line", (line) => {
    if (line.trim() === "") return rl.close();
    console.log(`\n${answer(line)}\n`);
    rl.prompt();
  });
} else {
  rl.on("line", (line) => {
    if (line.trim() === "") return;
    console.log(`> ${line}\n${answer(line)}\n`);
  });
}
