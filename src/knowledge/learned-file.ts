// The pack's stored model (learned.bin.gz, written by `npm run learn`): the weights learned from examples.yaml and the
// pack, with the digest of the files they were learned from, so that a start reads weights instead of wordings.
import { endianness } from "node:os";
import { gunzipSync, gzipSync } from "node:zlib";

export const LEARNED_FILE = "learned.bin.gz";

/** A model as the matcher learns it and the pack stores it. */
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
}

type Header = Omit<StoredModel, "weights">;

/** A generated file's header, checked by hand: a schema's check of its 9,000 features cost a start some 15 ms. */
function readHeader(json: string): Header {
  const h = JSON.parse(json) as Partial<Record<keyof Header, unknown>>;
  const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");
  if (
    typeof h.digest !== "string" ||
    !strings(h.classes) ||
    !strings(h.features) ||
    !Number.isInteger(h.examples)
  )
    throw new Error("not a model's header");
  return { digest: h.digest, classes: h.classes, features: h.features, examples: h.examples as number };
}

const ABOUT =
  "The model learned from examples.yaml and the pack; written by npm run learn, never edited by hand.";

/**
 * The file's bytes before compression: the header's length (4 bytes), the header as JSON, padding to a multiple of 4,
 * then the weights as little-endian 32-bit floats.
 */
export function encodeLearned(model: StoredModel): Buffer {
  const { digest, classes, features, examples } = model;
  const header = Buffer.from(JSON.stringify({ about: ABOUT, digest, classes, features, examples }));
  const start = 4 + header.length + ((4 - (header.length % 4)) % 4);
  const bytes = Buffer.alloc(start + model.weights.byteLength);
  bytes.writeUInt32LE(header.length, 0);
  header.copy(bytes, 4);
  const weights = new DataView(bytes.buffer, bytes.byteOffset + start, model.weights.byteLength);
  for (const [i, w] of model.weights.entries()) weights.setFloat32(i * 4, w, true);
  return gzipSync(bytes, { level: 9 });
}

/** 32-bit little-endian floats: one copy where the machine's own order is little-endian, as nearly all are. */
function readFloats(bytes: Buffer, start: number, count: number): Float32Array {
  if (endianness() === "LE")
    return new Float32Array(
      bytes.buffer.slice(bytes.byteOffset + start, bytes.byteOffset + start + count * 4),
    );
  const view = new DataView(bytes.buffer, bytes.byteOffset + start, count * 4);
  return Float32Array.from({ length: count }, (_, i) => view.getFloat32(i * 4, true));
}

export function decodeLearned(file: Buffer): StoredModel {
  const bytes = gunzipSync(file);
  const length = bytes.readUInt32LE(0);
  const { digest, classes, features, examples } = readHeader(bytes.toString("utf8", 4, 4 + length));
  const start = 4 + length + ((4 - (length % 4)) % 4);
  const count = (features.length + 1) * classes.length;
  if (bytes.length !== start + count * 4)
    throw new Error(`${count} weights expected, ${(bytes.length - start) / 4} found`);
  const weights = readFloats(bytes, start, count);
  return { digest, classes, features, weights, examples };
}
