// Rows of both engines as the Storage interface's types: the column names and meanings are the same in each.
import type { ChatState, Delivery, Dialog, LastAnswer, QuestionRecord } from "./storage.ts";

export const toQuestion = (r: Record<string, unknown>): QuestionRecord => ({
  at: Number(r.at),
  chatHash: String(r.chat_hash),
  outcome: r.outcome as QuestionRecord["outcome"],
  ...(r.entry_id === null ? {} : { entryId: String(r.entry_id) }),
  ...(r.topic_id === null ? {} : { topicId: String(r.topic_id) }),
  ...(r.confidence === null ? {} : { confidence: Number(r.confidence) }),
  text: String(r.text),
  normalized: String(r.normalized),
  candidates: JSON.parse(String(r.candidates)) as QuestionRecord["candidates"],
  kbVersion: String(r.kb_version),
});

export const toDelivery = (r: Record<string, unknown>): Delivery => ({
  chatId: Number(r.chat_id),
  localDate: String(r.local_date),
  ...(r.tip_id === null ? {} : { tipId: String(r.tip_id) }),
  status: r.status as Delivery["status"],
  attempts: Number(r.attempts),
  ...(r.error ? { error: String(r.error) } : {}),
  ...(r.claimed_by === null ? {} : { claimedBy: String(r.claimed_by) }),
  ...(r.lease_until === null ? {} : { leaseUntil: Number(r.lease_until) }),
});

/** A dialogue row (`step`, `hour`, `editing`, `entry_id`); SQLite keeps the flag as 0/1, PostgreSQL as a boolean. */
export const toDialog = (chatId: number, r: Record<string, unknown>): Dialog => ({
  chatId,
  step: r.step as Dialog["step"],
  ...(r.hour === null ? {} : { hour: Number(r.hour) }),
  ...(r.entry_id === null ? {} : { entryId: String(r.entry_id) }),
  editing: r.editing === true || r.editing === 1,
});

/** A chat's state from one row of a dialogue (`step`… or nulls) and a last answer (`last_entry`, `last_at` or nulls). */
export const toChatState = (chatId: number, r: Record<string, unknown>): ChatState => ({
  ...(r.step === null || r.step === undefined ? {} : { dialog: toDialog(chatId, r) }),
  ...(r.last_entry === null || r.last_entry === undefined
    ? {}
    : {
        lastAnswer: toLastAnswer({
          entry_id: r.last_entry,
          at: r.last_at,
          asked: r.last_asked,
          offered: r.last_offered,
        }),
      }),
});

/** The entries a "did you mean" offered, as kept in a last answer's row: ids joined by commas, or null. */
export const offeredColumn = (offered: readonly string[] | undefined): string | null =>
  offered === undefined || offered.length === 0 ? null : offered.join(",");

/** A last answer's row (`entry_id`, `at`, `asked` or null, `offered`: entry ids joined by commas, or null). */
export const toLastAnswer = (r: Record<string, unknown>): LastAnswer => ({
  entryId: String(r.entry_id),
  at: Number(r.at),
  ...(r.asked === null || r.asked === undefined ? {} : { asked: String(r.asked) }),
  ...(r.offered === null || r.offered === undefined || r.offered === ""
    ? {}
    : { offered: String(r.offered).split(",") }),
});
