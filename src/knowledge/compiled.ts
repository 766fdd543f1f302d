// The pack compiled for a fast start (compiled.bin, written by `npm run kb:compile`): each YAML file's data, kept
// with the hash of the text it was read from, and the model learned from the pack's examples, kept with the digest of
// every file it was learned from. A start takes from it only what still matches the files as they are, and reads
// each part only when it takes it: the numbers are viewed where they lie, a file's data parsed when asked for.
import { createHash } from "node:crypto";
import { endianness } from "node:os";
import type { Wordings } from "../matching/nearest-wordings.ts";

export const COMPILED_FILE = "compiled.bin";

/** The model learned from a pack's examples, as the matcher learns it and the pack stores it. */
export interface StoredModel {
  /** The digest of the pack's files it was learned from (`LoadedKnowledge.digest`). */
  digest: string;
  /** Entry ids, then "none" and "smalltalk". */
  classes: string[];
  /** The features, in the order of the weights' rows. */
  features: string[];
  /** One row of `classes.length` weights per feature, then the biases. */
  weights: Float16Array;
  /** How many wordings it learned from. */
  examples: number;
  /** The wordings it learned from, as its features' rows (`nearest-wordings.ts`). */
  wordings?: Wordings;
}

/** A YAML file's data as the YAML parser gives it, before any check, with the hash of its text. */
export interface CompiledFile {
  hash: string;
  /** The data; a decoded file parses it at the first call (examples.yaml's, 1.3 MB, is read only to learn anew). */
  data: () => unknown;
}

export interface CompiledPack {
  /** By the file's path in the pack (`entries/salary.yaml`). */
  files: Map<string, CompiledFile>;
  model?: StoredModel;
}

export const textHash = (text: string) => createHash("sha256").update(text).digest("hex");

const ABOUT =
  "The knowledge pack compiled for a fast start: written by npm run kb:compile, never edited by hand.";

/** Each file's hash and the length of its data's JSON; the model without its numbers, and its wordings' count. */
type Header = {
  files: Record<string, { hash: string; bytes: number }>;
  model?: Omit<StoredModel, "weights" | "wordings"> & { wordings?: number; rows?: number };
};

/** Typed arrays are in the machine's byte order, the file little-endian: a big-endian machine reads a copy swapped. */
const LITTLE = endianness() === "LE";

/** Zeros after `length` bytes up to a multiple of 4, where the next typed array must start. */
const pad = (length: number) => Buffer.alloc((4 - (length % 4)) % 4);

/** A typed array's bytes as the file keeps them (little-endian). */
function le(array: Uint16Array | Uint32Array | Float16Array): Buffer {
  const bytes = Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  if (LITTLE) return bytes;
  const copy = Buffer.from(bytes);
  return array.BYTES_PER_ELEMENT === 2 ? copy.swap16() : copy.swap32();
}

/**
 * The file's bytes: the header's length (4 bytes) and the header as JSON (each file's hash and its data's length, the
 * model's classes and features), each file's data as JSON, then from a multiple of 4 the model's weights as 16-bit
 * floats, and its wordings (each one's class in 16 bits, where each one's features start and their rows in 32), all
 * little-endian, so that a start views them in place as typed arrays without a decoding loop (reading the weights'
 * bytes apart by place took ~30 ms). Not compressed: unzipping its 6.7 MB (gzip 3.9 MB) cost a start 40-50 ms of
 * CPU, reading them from the disk's cache a few; git compresses it in its own store alike.
 */
export function encodeCompiled({ files, model }: CompiledPack): Buffer {
  const data = [...files].map(([path, file]) => [path, Buffer.from(JSON.stringify(file.data()))] as const);
  const header: Header & { about: string } = {
    about: ABOUT,
    files: Object.fromEntries(
      data.map(([path, json]) => [path, { hash: files.get(path)!.hash, bytes: json.length }]),
    ),
  };
  const wordings = model?.wordings;
  if (model)
    header.model = {
      digest: model.digest,
      classes: model.classes,
      features: model.features,
      examples: model.examples,
      ...(wordings === undefined ? {} : { wordings: wordings.classes.length, rows: wordings.rows.length }),
    };
  const text = Buffer.from(JSON.stringify(header));
  const parts: Uint8Array[] = [Buffer.alloc(4), text, ...data.map(([, json]) => json)];
  const length = parts.reduce((n, p) => n + p.length, 0);
  (parts[0] as Buffer).writeUInt32LE(text.length, 0);
  parts.push(pad(length));
  if (model) parts.push(le(model.weights));
  if (wordings)
    parts.push(
      le(wordings.classes),
      pad(wordings.classes.byteLength),
      le(wordings.starts),
      le(wordings.rows),
    );
  return Buffer.concat(parts);
}

const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");
const count = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** A generated file's header, checked by hand: a schema's check of the model's 9,000 features cost a start 15 ms. */
function readHeader(json: string): Header {
  const h = JSON.parse(json) as { files?: unknown; model?: Partial<Record<string, unknown>> };
  if (typeof h.files !== "object" || h.files === null) throw new Error("no files");
  for (const f of Object.values(h.files as Record<string, Partial<Header["files"][string]>>))
    if (typeof f?.hash !== "string" || !count(f.bytes)) throw new Error("a file without its hash or length");
  const files = h.files as Header["files"];
  const m = h.model;
  if (m === undefined) return { files };
  if (
    typeof m.digest !== "string" ||
    !strings(m.classes) ||
    !strings(m.features) ||
    !count(m.examples) ||
    (m.wordings !== undefined && !(count(m.wordings) && count(m.rows)))
  )
    throw new Error("not a model's header");
  const { digest, classes, features, examples } = m;
  const wordings = m.wordings === undefined ? {} : { wordings: m.wordings, rows: m.rows as number };
  return { files, model: { digest, classes, features, examples: examples as number, ...wordings } };
}

/**
 * Reads typed arrays off `bytes` in turn, from `at`: views of the bytes themselves on a little-endian machine (the
 * caller keeps them aligned), else swapped copies.
 */
function typedReader(bytes: Buffer, at: number) {
  const take = <T extends Uint16Array | Uint32Array | Float16Array>(
    make: (buffer: ArrayBuffer, offset: number, length: number) => T,
    size: number,
    length: number,
  ): T => {
    const end = at + size * length;
    if (end > bytes.length) throw new Error(`the file ends at ${bytes.length} bytes, before ${end}`);
    const own = LITTLE ? bytes : Buffer.from(bytes.subarray(at, end));
    if (!LITTLE) size === 2 ? own.swap16() : own.swap32();
    const view = make(own.buffer as ArrayBuffer, own.byteOffset + (LITTLE ? at : 0), length);
    at = end;
    return view;
  };
  return {
    halves: (n: number) => take((b, o, l) => new Uint16Array(b, o, l), 2, n),
    floats: (n: number) => take((b, o, l) => new Float16Array(b, o, l), 2, n),
    words: (n: number) => take((b, o, l) => new Uint32Array(b, o, l), 4, n),
    skipTo4: () => {
      at += (4 - (at % 4)) % 4;
    },
    end: () => at,
  };
}

/** The file's bytes where a typed array may view them (at an offset that is a multiple of 4). */
const aligned = (bytes: Buffer): Buffer =>
  bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(new Uint8Array(bytes).buffer);

export function decodeCompiled(file: Buffer): CompiledPack {
  const bytes = aligned(file);
  const length = bytes.readUInt32LE(0);
  const { files, model } = readHeader(bytes.toString("utf8", 4, 4 + length));
  let at = 4 + length;
  const compiled: CompiledPack = { files: new Map() };
  for (const [path, { hash, bytes: size }] of Object.entries(files)) {
    const from = at;
    let data: unknown;
    compiled.files.set(path, {
      hash,
      data: () => (data ??= JSON.parse(bytes.toString("utf8", from, from + size))),
    });
    at += size;
  }
  if (at > bytes.length)
    throw new Error(`the files' data runs past the end (${at} of ${bytes.length} bytes)`);
  const read = typedReader(bytes, at);
  read.skipTo4();
  if (model) {
    const { wordings, rows, ...rest } = model;
    const weights = read.floats((model.features.length + 1) * model.classes.length);
    compiled.model = { ...rest, weights };
    if (wordings !== undefined) {
      const classes = read.halves(wordings);
      read.skipTo4();
      const starts = read.words(wordings + 1);
      compiled.model.wordings = { classes, starts, rows: read.words(rows!) };
      if (starts[wordings] !== rows) throw new Error("the wordings' rows do not add up");
    }
  }
  if (read.end() !== bytes.length) throw new Error(`${bytes.length - read.end()} bytes left over`);
  return compiled;
}
