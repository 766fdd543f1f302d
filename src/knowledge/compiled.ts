// The pack compiled for a fast start (compiled.bin.gz, written by `npm run kb:compile`): each YAML file's data, kept
// with the hash of the text it was read from, and the model learned from the pack's examples, kept with the digest of
// every file it was learned from. A start takes from it only what still matches the files as they are.
import { createHash } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";
import type { Wordings } from "../matching/nearest-wordings.ts";

export const COMPILED_FILE = "compiled.bin.gz";

/** The model learned from a pack's examples, as the matcher learns it and the pack stores it. */
export interface StoredModel {
  /** The digest of the pack's files it was learned from (`LoadedKnowledge.digest`). */
  digest: string;
  /** Entry ids, then "none" and "smalltalk". */
  classes: string[];
  /** The features, in the order of the weights' rows. */
  features: string[];
  /** One row of `classes.length` weights per feature, then the biases. */
  weights: Float32Array;
  /** How many wordings it learned from. */
  examples: number;
  /** The wordings it learned from, as its features' rows (`nearest-wordings.ts`). */
  wordings?: Wordings;
}

/** A YAML file's data as the YAML parser gives it, before any check, with the hash of its text. */
export interface CompiledFile {
  hash: string;
  data: unknown;
}

export interface CompiledPack {
  /** By the file's path in the pack (`entries/salary.yaml`). */
  files: Map<string, CompiledFile>;
  model?: StoredModel;
}

export const textHash = (text: string) => createHash("sha256").update(text).digest("hex");

const ABOUT =
  "The knowledge pack compiled for a fast start: written by npm run kb:compile, never edited by hand.";

type Header = { files: Record<string, CompiledFile>; model?: Omit<StoredModel, "weights"> };

/**
 * The file's bytes before compression: the header's length (4 bytes), the header as JSON (the files' data, the
 * model's classes and features), padding to a multiple of 4, then the model's weights as 16-bit floats, the high
 * byte of each and then the low byte of each: the high bytes (sign and exponent) are much alike and pack far better
 * kept together (the whole file 4.0 MB with 32-bit floats, 1.9 MB so).
 * The weights are whatever 16-bit floats hold (the model rounds them so when it learns): 32-bit ones are rounded.
 */
export function encodeCompiled({ files, model }: CompiledPack): Buffer {
  const about = { about: ABOUT, files: Object.fromEntries(files) };
  const text = JSON.stringify(
    model === undefined
      ? about
      : {
          ...about,
          model: {
            digest: model.digest,
            classes: model.classes,
            features: model.features,
            examples: model.examples,
          },
        },
  );
  const header = Buffer.from(text);
  const start = 4 + header.length + ((4 - (header.length % 4)) % 4);
  const halves = new Uint16Array(Float16Array.from(model?.weights ?? []).buffer);
  const count = halves.length;
  const bytes = Buffer.alloc(start + count * 2);
  bytes.writeUInt32LE(header.length, 0);
  header.copy(bytes, 4);
  for (const [i, h] of halves.entries()) {
    bytes[start + i] = h >> 8;
    bytes[start + count + i] = h & 0xff;
  }
  const wordings = model?.wordings;
  return gzipSync(wordings === undefined ? bytes : Buffer.concat([bytes, wordingBytes(wordings)]), {
    level: 9,
  });
}

/**
 * The wordings a model learned from, after its weights: their count, each one's class (16 bits), then its features'
 * count and rows (32 bits each), every number's bytes kept apart by place as the weights' are (they pack better so).
 */
function wordingBytes({ classes, starts, rows }: Wordings): Buffer {
  const numbers = [classes.length, ...classes];
  for (let w = 0; w < classes.length; w++)
    numbers.push(starts[w + 1]! - starts[w]!, ...rows.subarray(starts[w]!, starts[w + 1]!));
  const out = Buffer.alloc(numbers.length * 4);
  for (const [i, n] of numbers.entries())
    for (let b = 0; b < 4; b++) out[b * numbers.length + i] = (n >>> (8 * b)) & 0xff;
  return out;
}

/** The wordings `wordingBytes` stored in `bytes`. */
function readWordings(bytes: Buffer): Wordings {
  const count = bytes.length / 4;
  const at = (i: number) =>
    (bytes[i]! | (bytes[count + i]! << 8) | (bytes[2 * count + i]! << 16) | (bytes[3 * count + i]! << 24)) >>>
    0;
  const n = at(0);
  const classes = new Uint16Array(n);
  for (let w = 0; w < n; w++) classes[w] = at(1 + w);
  const starts = new Uint32Array(n + 1);
  const rows = new Uint32Array(count - 1 - 2 * n);
  let i = 1 + n;
  for (let w = 0; w < n; w++) {
    const length = at(i++);
    for (let j = 0; j < length; j++) rows[starts[w]! + j] = at(i++);
    starts[w + 1] = starts[w]! + length;
  }
  if (i !== count) throw new Error("the wordings' numbers do not add up");
  return { classes, starts, rows };
}

const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

/** A generated file's header, checked by hand: a schema's check of the model's 9,000 features cost a start 15 ms. */
function readHeader(json: string): Header {
  const h = JSON.parse(json) as { files?: unknown; model?: Partial<Record<string, unknown>> };
  if (typeof h.files !== "object" || h.files === null) throw new Error("no files");
  for (const f of Object.values(h.files as Record<string, Partial<CompiledFile>>))
    if (typeof f?.hash !== "string" || !("data" in f)) throw new Error("a file without its hash or data");
  const m = h.model;
  if (m === undefined) return { files: h.files as Record<string, CompiledFile> };
  if (
    typeof m.digest !== "string" ||
    !strings(m.classes) ||
    !strings(m.features) ||
    !Number.isInteger(m.examples)
  )
    throw new Error("not a model's header");
  return {
    files: h.files as Record<string, CompiledFile>,
    model: { digest: m.digest, classes: m.classes, features: m.features, examples: m.examples as number },
  };
}

/** The weights as `encodeCompiled` stores them (16-bit floats, high bytes then low bytes), in 32-bit floats. */
function readHalves(bytes: Buffer, start: number, count: number): Float32Array {
  const halves = new Uint16Array(count);
  for (let i = 0; i < count; i++) halves[i] = (bytes[start + i]! << 8) | bytes[start + count + i]!;
  return Float32Array.from(new Float16Array(halves.buffer));
}

export function decodeCompiled(file: Buffer): CompiledPack {
  const bytes = gunzipSync(file);
  const length = bytes.readUInt32LE(0);
  const { files, model } = readHeader(bytes.toString("utf8", 4, 4 + length));
  const start = 4 + length + ((4 - (length % 4)) % 4);
  const count = model === undefined ? 0 : (model.features.length + 1) * model.classes.length;
  const end = start + count * 2;
  if (bytes.length < end || (bytes.length - end) % 4 !== 0 || (model === undefined && bytes.length !== end))
    throw new Error(`${count} weights expected, ${(bytes.length - start) / 2} found`);
  const compiled: CompiledPack = { files: new Map(Object.entries(files)) };
  if (model) {
    compiled.model = { ...model, weights: readHalves(bytes, start, count) };
    if (bytes.length > end) compiled.model.wordings = readWordings(bytes.subarray(end));
  }
  return compiled;
}
