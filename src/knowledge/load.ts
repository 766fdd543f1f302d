// Reads a knowledge pack directory of YAML files, validates it, and reports every problem by file, line and field.
import { createHash } from "node:crypto";
import { access, readdir, readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import type * as Yaml from "yaml";
import type { z } from "zod";
import { checkKnowledge, type Locate } from "./check.ts";
import { COMPILED_FILE, type CompiledFile, type CompiledPack, decodeCompiled, textHash } from "./compiled.ts";
import {
  entriesFileSchema,
  examplesFileSchema,
  factsFileSchema,
  type KnowledgeBase,
  type Lexicon,
  lexiconFileSchema,
  packSchema,
  smalltalkFileSchema,
  synonymsFileSchema,
  tipsFileSchema,
  topicsFileSchema,
} from "./schema.ts";

export interface KnowledgeProblem {
  file: string;
  line?: number;
  /** Dotted path to the field, with the entry id when known: `entries/salary.yaml: [2] (id salary).answer`. */
  field?: string;
  message: string;
}

export class KnowledgeError extends Error {
  readonly problems: KnowledgeProblem[];
  constructor(problems: KnowledgeProblem[]) {
    super(`knowledge: ${problems.length} problem(s)\n${problems.map(formatProblem).join("\n")}`);
    this.name = "KnowledgeError";
    this.problems = problems;
  }
}

/** No pack at all where one was expected: neither pack.yaml nor entries/ (a wrong directory, or started elsewhere). */
export class KnowledgeNotFoundError extends KnowledgeError {
  readonly dir: string;
  constructor(dir: string) {
    super([{ file: dir, message: "knowledge pack not found" }]);
    this.name = "KnowledgeNotFoundError";
    this.dir = dir;
    this.message = `knowledge pack not found, looked in ${dir}`;
  }
}

export function formatProblem(p: KnowledgeProblem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  return `  ${where}${p.field ? ` ${p.field}` : ""}: ${p.message}`;
}

export interface LoadedKnowledge extends KnowledgeBase {
  /** Pack version plus a content hash, so records can say which knowledge answered. */
  version: string;
  /** SHA-256 of every file the pack was read from (the lexicon too): what a stored model was learned from. */
  digest: string;
}

export interface LoadOptions {
  /**
   * Read the pack through its compiled form (compiled.bin): a YAML file whose text is the one compiled is taken as
   * data (and checked like any), and the model stored there is taken when it was learned from these very files,
   * examples.yaml then left unread (the pack's examples are empty: the model holds what they teach). Otherwise, and by
   * default, every file is parsed, and the model is learned from the examples when first needed.
   */
  compiled?: boolean;
}

interface ParsedFile<T> {
  file: string;
  value?: T;
  problems: KnowledgeProblem[];
  raw: string;
  /** The line of a path in the file, or of a character of its text, for problems found after parsing. */
  lineAt?: (path: (string | number)[], offset?: number) => number | undefined;
  /** Taken from the pack's compiled form: its lines are not known. */
  compiled?: boolean;
}

type Compiled = ReadonlyMap<string, CompiledFile>;
type YamlDocument = ReturnType<typeof Yaml.parseDocument>;

let yamlModule: typeof Yaml | undefined;
/**
 * The YAML parser, loaded when a file must be parsed: a start whose pack is all in its current compiled form parses
 * none, and its 72 modules were some 20 ms of it.
 */
const yaml = async (): Promise<typeof Yaml> => (yamlModule ??= await import("yaml"));

async function parseFile<S extends z.ZodType>(
  dir: string,
  path: string,
  schema: S,
  compiled?: Compiled,
): Promise<ParsedFile<z.infer<S>>> {
  const file = relative(dir, path) || path;
  let raw: string;
  try {
    raw = await readFile(path, "utf8");
  } catch {
    return { file, problems: [{ file, message: "file is missing or unreadable" }], raw: "" };
  }
  return await parseText(file, raw, schema, compiled);
}

/** A file's data as compiled when its text is the one compiled and the data passes its check, else parsed. */
async function parseText<S extends z.ZodType>(
  file: string,
  raw: string,
  schema: S,
  compiled?: Compiled,
): Promise<ParsedFile<z.infer<S>>> {
  const known = compiled?.get(file);
  if (known !== undefined && known.hash === textHash(raw)) {
    const result = schema.safeParse(known.data());
    if (result.success) return { file, value: result.data, problems: [], raw, compiled: true };
  }
  return parseYaml(await yaml(), file, raw, schema);
}

/** A YAML text's data, as the compiled form keeps it: the file must have parsed without errors. */
export async function yamlData(raw: string): Promise<unknown> {
  return (await yaml()).parseDocument(raw, { uniqueKeys: true, prettyErrors: false }).toJS();
}

function parseYaml<S extends z.ZodType>(
  { LineCounter, parseDocument, isScalar }: typeof Yaml,
  file: string,
  raw: string,
  schema: S,
): ParsedFile<z.infer<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(raw, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      file,
      raw,
      problems: doc.errors.map((e) => ({
        file,
        line: lineCounter.linePos(e.pos[0]).line,
        message: `YAML syntax: ${e.message.split("\n")[0]}`,
      })),
    };
  }
  const data = doc.toJS();
  const result = schema.safeParse(data);
  if (result.success)
    return {
      file,
      value: result.data,
      problems: [],
      raw,
      lineAt: (path, offset) =>
        (offset === undefined ? undefined : lineInText(isScalar, doc, lineCounter, path, offset)) ??
        lineOf(doc, lineCounter, path),
    };
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.filter((k): k is string | number => typeof k !== "symbol");
    return {
      file,
      line: lineOf(doc, lineCounter, path),
      field: describePath(data, path),
      message: issue.message,
    };
  });
  return { file, problems, raw };
}

/** The line of the deepest node on `path` that exists, so a missing field points at its entry. */
function lineOf(doc: YamlDocument, counter: Yaml.LineCounter, path: (string | number)[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) return counter.linePos(range[0]).line;
  }
  return undefined;
}

/** The line of a character of a literal block (`|-`) or a one-line text; other scalars fold their lines. */
function lineInText(
  isScalar: typeof Yaml.isScalar,
  doc: YamlDocument,
  counter: Yaml.LineCounter,
  path: (string | number)[],
  offset: number,
): number | undefined {
  const node = doc.getIn(path, true);
  if (!isScalar(node) || !node.range || typeof node.value !== "string") return undefined;
  const start = counter.linePos(node.range[0]).line;
  if (node.type === "BLOCK_LITERAL")
    return start + 1 + (node.value.slice(0, offset).match(/\n/g)?.length ?? 0);
  return node.value.includes("\n") ? undefined : start;
}

function describePath(data: unknown, path: (string | number)[]): string {
  if (path.length === 0) return "(file)";
  const [first, ...rest] = path;
  let head = typeof first === "number" ? `[${first}]` : String(first);
  if (typeof first === "number" && Array.isArray(data)) {
    const id = (data[first] as { id?: unknown } | undefined)?.id;
    if (typeof id === "string") head += ` (id ${id})`;
  }
  return [head, ...rest.map(String)].join(".");
}

/** Finds an item's file and line by the item itself: entries come from many files, and each keeps its own. */
function locator(lists: ParsedFile<object[]>[], facts: ParsedFile<{ facts: object[] }>): Locate {
  const origin = new Map<object, { part: ParsedFile<unknown>; path: (string | number)[] }>();
  for (const part of lists)
    for (const [i, item] of (part.value ?? []).entries()) origin.set(item, { part, path: [i] });
  for (const [i, item] of (facts.value?.facts ?? []).entries())
    origin.set(item, { part: facts, path: ["facts", i] });
  return (item, field = [], offset) => {
    const found = origin.get(item);
    if (!found) return {};
    return { file: found.part.file, line: found.part.lineAt?.([...found.path, ...field], offset) };
  };
}

/** A file of the pack that it may lack: its text, or "" without it. */
const readOptional = (path: string) => readFile(path, "utf8").catch(() => "");

/** The generated lexicon, when the pack has one; a broken one is a problem like any other file's. */
function parseLexicon(raw: string): Lexicon | undefined {
  if (raw === "") return undefined;
  try {
    return lexiconFileSchema.parse(JSON.parse(raw));
  } catch (error) {
    throw new KnowledgeError([
      { file: "lexicon.json", message: `invalid (${String(error).slice(0, 200)}); run npm run lexicon` },
    ]);
  }
}

/** The compiled form, when asked for and the pack has one; a broken one is a problem like any other file's. */
async function readCompiled(
  dir: string,
  wanted: boolean | undefined,
): Promise<{ compiled?: CompiledPack; problems: KnowledgeProblem[] }> {
  const file = wanted ? await readFile(join(dir, COMPILED_FILE)).catch(() => undefined) : undefined;
  if (file === undefined) return { problems: [] };
  try {
    return { compiled: decodeCompiled(file), problems: [] };
  } catch (error) {
    return {
      problems: [
        { file: COMPILED_FILE, message: `invalid (${String(error).slice(0, 200)}); run npm run kb:compile` },
      ],
    };
  }
}

/** examples.yaml, when the pack has one: a pack without it has no examples. */
const parseExamples = async (
  raw: string,
  compiled?: Compiled,
): Promise<ParsedFile<z.infer<typeof examplesFileSchema>>> =>
  raw === ""
    ? { file: "examples.yaml", value: [], problems: [], raw }
    : await parseText("examples.yaml", raw, examplesFileSchema, compiled);

/** The pack's YAML files, by their path in it: what is loaded, and what the compiled form holds. */
export async function yamlFiles(dir: string): Promise<string[]> {
  const entries = (await readdir(join(dir, "entries"))).filter((f) => f.endsWith(".yaml")).sort();
  const optional = await readOptional(join(dir, "examples.yaml"));
  return [
    ...["pack", "topics", "synonyms", "smalltalk", "tips", "facts"].map((f) => `${f}.yaml`),
    ...(optional === "" ? [] : ["examples.yaml"]),
    ...entries.map((f) => `entries/${f}`),
  ];
}

/** Loads and validates the pack in `dir`; throws a KnowledgeError listing every problem found. */
export async function loadKnowledge(dir: string, options: LoadOptions = {}): Promise<LoadedKnowledge> {
  const entriesDir = join(dir, "entries");
  const found = await Promise.all(
    [join(dir, "pack.yaml"), entriesDir].map((path) =>
      access(path).then(
        () => true,
        () => false,
      ),
    ),
  );
  if (!found.some(Boolean)) throw new KnowledgeNotFoundError(resolve(dir));
  let entryFiles: string[] = [];
  try {
    entryFiles = (await readdir(entriesDir)).filter((f) => f.endsWith(".yaml")).sort();
  } catch {
    throw new KnowledgeError([{ file: "entries/", message: "directory is missing" }]);
  }
  const stored = await readCompiled(dir, options.compiled);
  const compiled = stored.compiled?.files;
  const [pack, topics, synonyms, smalltalk, tips, facts, examplesText, lexiconText, ...entryParts] =
    await Promise.all([
      parseFile(dir, join(dir, "pack.yaml"), packSchema, compiled),
      parseFile(dir, join(dir, "topics.yaml"), topicsFileSchema, compiled),
      parseFile(dir, join(dir, "synonyms.yaml"), synonymsFileSchema, compiled),
      parseFile(dir, join(dir, "smalltalk.yaml"), smalltalkFileSchema, compiled),
      parseFile(dir, join(dir, "tips.yaml"), tipsFileSchema, compiled),
      parseFile(dir, join(dir, "facts.yaml"), factsFileSchema, compiled),
      readOptional(join(dir, "examples.yaml")),
      readOptional(join(dir, "lexicon.json")),
      ...entryFiles.map((f) => parseFile(dir, join(entriesDir, f), entriesFileSchema, compiled)),
    ]);
  const raws = [pack, topics, synonyms, smalltalk, tips, facts].map((p) => p.raw);
  raws.push(examplesText, ...entryParts.map((p) => p.raw));
  const files = createHash("sha256");
  for (const raw of [...raws, lexiconText]) files.update(raw).update("\0");
  const digest = files.digest("hex");
  // Files the stored model was learned from teach nothing more: their examples were read and checked when it was.
  const learned = stored.compiled?.model?.digest === digest ? stored.compiled.model : undefined;
  const examples = await parseExamples(learned ? "" : examplesText, compiled);
  const parts = [pack, topics, synonyms, smalltalk, tips, facts, examples, ...entryParts];
  const problems = [...parts.flatMap((p) => p.problems), ...stored.problems];
  if (entryFiles.length === 0) problems.push({ file: "entries/", message: "no .yaml entry files" });
  if (problems.length > 0) throw new KnowledgeError(problems);

  const kb: KnowledgeBase = {
    pack: pack.value!,
    topics: topics.value!,
    synonyms: synonyms.value!,
    smalltalk: smalltalk.value!,
    tips: tips.value!,
    facts: facts.value!,
    examples: examples.value!,
    entries: entryParts.flatMap((p) => p.value!),
  };
  const lexicon = parseLexicon(lexiconText);
  if (lexicon) kb.lexicon = lexicon;
  if (learned) kb.learned = learned;
  const crossProblems = checkKnowledge(kb, locator([tips, examples, ...entryParts], facts));
  // A file taken from the compiled form has no lines to name: read every file as YAML to report the problems.
  if (crossProblems.length > 0 && parts.some((p) => p.compiled)) return loadKnowledge(dir);
  if (crossProblems.length > 0) throw new KnowledgeError(crossProblems);

  const hash = createHash("sha256");
  for (const raw of raws) hash.update(raw);
  return { ...kb, version: `${kb.pack.version}+${hash.digest("hex").slice(0, 8)}`, digest };
}
