// Rows of both engines as the Storage interface's types: the column names and meanings are the same in each.
import type { Delivery, QuestionRecord } from "./storage.ts";

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
