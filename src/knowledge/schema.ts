// Zod schemas of the knowledge files; every knowledge type in the program is inferred from these.

import { z } from "zod";
import type { StoredModel } from "./compiled.ts";

/** Ids travel in callback data and deep links, so they stay short, lower-case and URL-safe. */
export const idSchema = z
  .string()
  .min(1)
  .max(48)
  .regex(/^[a-z0-9][a-z0-9-]*$/, "use lower-case letters, digits and dashes only");

const text = z.string().trim().min(1, "must not be empty");

export const ANSWER_MAX_CHARS = 1000;
export const MIN_ALTERNATES = 4;

export const packSchema = z.strictObject({
  name: text,
  version: text,
  description: text,
  /** What the bot calls the people it helps with, used in greetings ("medical laboratory technicians"). */
  audience: text,
  /** Words that name the pack's own subject; a question with one of them is never treated as off-topic. */
  domain_terms: z.array(text).min(1),
  /** Other careers and subjects: a question about one of them, without a domain term, gets no answer. */
  out_of_scope_terms: z.array(text).default([]),
  /**
   * Parts of the subject the pack does not cover (work hours, unions, what a program costs): a question about
   * one of them gets an honest "not covered", even when it names the domain, instead of the nearest entry.
   */
  uncovered_terms: z.array(text).default([]),
  /**
   * The covered entries nearest each kind of uncovered question ("night shifts" → what the work is like): a refusal
   * says what the guide does not say (`about`) and offers the nearest of `entries` the message's words rank first.
   */
  uncovered_nearest: z
    .array(
      z.strictObject({
        about: text.max(80),
        entries: z.array(idSchema).min(1),
        terms: z.array(text).min(1),
      }),
    )
    .default([]),
  /**
   * What the profession does for the people it serves, in their words ("blood test", "results"): a message about the
   * writer's own or a relative's (reading one's results, where to get tested, who pays) is a client's question, not a
   * career question, and is not covered.
   */
  client_terms: z.array(text).default([]),
  /** The country the guide is about (a region code, "US"): a question naming another country is not covered. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
});

export const topicSchema = z.strictObject({
  id: idSchema,
  title: text.max(40),
  description: text.max(200),
  order: z.number().int(),
});

export const entrySchema = z.strictObject({
  id: idSchema,
  topic: idSchema,
  kind: z.enum(["faq", "section"]),
  question: text.max(200),
  alternates: z
    .array(text.max(200))
    .min(MIN_ALTERNATES, `needs at least ${MIN_ALTERNATES} alternate phrasings`),
  /**
   * Everyday alternates: the question as someone who has never heard the field's words asks it (a situation, a
   * feeling, money, school). Matched like alternates, but a word only they use never puts a message in the domain.
   */
  everyday: z.array(text.max(200)).default([]),
  /**
   * For an entry about a job (what a phlebotomist does): what someone in that job does, in plain everyday words, one
   * short line each. A question describing someone at work and asking what that job is ("the lady who took my blood,
   * what is that job") is matched against these lines, so the job is found rather than one of its tasks.
   */
  does: z.array(text.max(200)).default([]),
  answer: text.max(ANSWER_MAX_CHARS, `must be at most ${ANSWER_MAX_CHARS} characters`),
  keywords: z.array(text).min(1),
  /**
   * Phrase cues: expressions of two or more words that point to this entry more than their words do one by one
   * ("by how much" is growth, though "how much" alone is pay). Found in any order within a few words, they weigh
   * more than any single word and take the place of the words they cover.
   */
  phrases: z.array(text.refine((t) => /\S\s+\S/.test(t), "a phrase cue has at least two words")).default([]),
  related: z.array(idSchema).default([]),
  sources: z.array(text).min(1, "cite at least one source"),
});

export const entriesFileSchema = z.array(entrySchema).min(1);
export const topicsFileSchema = z.array(topicSchema).min(1);

export const synonymGroupSchema = z.strictObject({
  canonical: text,
  terms: z.array(text).min(1),
});
export const synonymsFileSchema = z.array(synonymGroupSchema);

export const smalltalkSchema = z.strictObject({
  id: idSchema,
  phrasings: z.array(text).min(2),
  /**
   * The intent in a writer's own idiom (dialect, trade or military slang: "fosho", "copy all"), read by the rules as
   * its phrasings are; the learned model is not taught them, so adding one moves no other message's answer.
   */
  idioms: z.array(text).default([]),
  replies: z.array(text.max(ANSWER_MAX_CHARS)).min(1),
  /** A message that holds several intents ("thanks so much, have a good day") gets the one ranked highest. */
  priority: z.number().int().default(0),
  /** Emoji and signs that say this intent on their own ("👋", "🙏", a lone "?"). */
  symbols: z.array(text).default([]),
  /** A goodbye: the rest of its sentence says where the person goes ("gotta go pick up the kids"), it asks nothing. */
  leaving: z.boolean().default(false),
  /**
   * Thanks and the like: a statement about the answer after it ("thanks, that was clearer than anything I found")
   * is praise that belongs to it, not a question.
   */
  praise: z.boolean().default(false),
  /**
   * Replies when the message takes leave too, though this intent answers it ("thanks so much, bye"): a send-off
   * rather than an invitation to ask more. None: the usual replies.
   */
  leavingReplies: z.array(text.max(ANSWER_MAX_CHARS)).default([]),
});
export const smalltalkFileSchema = z.array(smalltalkSchema).min(1);

export const tipSchema = z.strictObject({
  id: idSchema,
  text: text.max(600),
  entry: idSchema,
  source: text,
});
export const tipsFileSchema = z.array(tipSchema).min(1);

/**
 * A message as people write it, with what it means: an entry's id (two for a message asking two things), "none" (not
 * the pack's subject) or "smalltalk". The matcher learns from these wordings (see `examples.yaml`). A follow-up names
 * the entry answered just before it (`after`): "and the highest?" means the pay only after the pay.
 */
export const exampleSchema = z.strictObject({
  text: text.max(500),
  means: z.union([text, z.array(text).min(1).max(2)]),
  after: idSchema.optional(),
});
export const examplesFileSchema = z.array(exampleSchema);
/** What an example may mean besides an entry. */
export const EXAMPLE_OTHER = ["none", "smalltalk"] as const;

export const sourceSchema = z.strictObject({ name: text, note: text.optional() });

/** A figure or a name an answer or tip may state, with what the guide says of it and whom it credits. */
export const factSchema = z.strictObject({
  /** As answers write it: "$60,290", "6%", "2033", "American Society for Clinical Pathology". */
  fact: text,
  /** Other ways answers write the same name ("ASCP"). */
  also: z.array(text).default([]),
  /** What the guide says about it, so a curator can check an answer without the guide beside it. */
  about: text,
  sources: z.array(text).min(1, "name the source the guide credits"),
});

export const factsFileSchema = z.strictObject({
  /** Everyone an entry or tip may cite. */
  sources: z.array(sourceSchema).min(1),
  facts: z.array(factSchema),
  /** Capitalised words and abbreviations that name no organisation or person ("MLT", "MRI"). */
  plain_terms: z.array(text).default([]),
});

export type Pack = z.infer<typeof packSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Entry = z.infer<typeof entrySchema>;
export type SynonymGroup = z.infer<typeof synonymGroupSchema>;
export type Smalltalk = z.infer<typeof smalltalkSchema>;
export type Tip = z.infer<typeof tipSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Example = z.infer<typeof exampleSchema>;
export type Facts = z.infer<typeof factsFileSchema>;

const isString = (v: unknown): v is string => typeof v === "string";
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

/**
 * An object of generated values, checked by one loop: zod's own record schema, checking each key and value as a
 * schema, took 40 ms of every start for the lexicon's 10,000 keys.
 */
function generatedRecord<T>(isValue: (v: unknown) => v is T, what: string) {
  return z.custom<Record<string, T>>(
    (v) =>
      typeof v === "object" &&
      v !== null &&
      !Array.isArray(v) &&
      Object.values(v).every((value) => isValue(value)),
    `expected an object of ${what}`,
  );
}

/** lexicon.json, generated by `npm run lexicon`: everyday words → the pack words WordNet relates them to. */
export const lexiconFileSchema = z.strictObject({
  source: z.string(),
  packWords: z.array(z.string()),
  words: generatedRecord(isStrings, "lists of words"),
  /** The out-of-scope terms that name things, not another career ("car", "phone"). */
  things: z.array(z.string()).optional(),
  /** Each word's stem where it is not the word itself; without it, the words are stemmed when the pack loads. */
  stems: generatedRecord(isString, "stems").optional(),
});
export type Lexicon = z.infer<typeof lexiconFileSchema>;

/** A whole knowledge pack, validated and cross-checked. */
export interface KnowledgeBase {
  pack: Pack;
  topics: Topic[];
  entries: Entry[];
  synonyms: SynonymGroup[];
  smalltalk: Smalltalk[];
  tips: Tip[];
  facts: Facts;
  /** Labelled wordings from examples.yaml (optional: none, and the matcher learns from nothing but the entries). */
  examples: Example[];
  /** Optional: without it, only the pack's own words and synonyms are understood. */
  lexicon?: Lexicon;
  /** The model learned from the examples, as the pack stores it, when it was learned from these very files. */
  learned?: StoredModel;
}
