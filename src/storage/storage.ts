// The storage interface: everything the bot keeps between restarts. Asynchronous, so a server database can implement it too.

export interface Subscriber {
  chatId: number;
  /** Local hour of the day, 0–23, at or after which the daily tip goes out. */
  hour: number;
  /** IANA time zone, e.g. Europe/Berlin. */
  timeZone: string;
  active: boolean;
}

export type DeliveryStatus = "pending" | "sent" | "failed" | "expired";

export interface Delivery {
  chatId: number;
  /** The subscriber's local calendar day, YYYY-MM-DD: one delivery per subscriber and day, enforced by a unique key. */
  localDate: string;
  /** Chosen by the sender when it first claims the delivery; kept, so a resend is the same tip. */
  tipId?: string;
  status: DeliveryStatus;
  attempts: number;
  error?: string;
  /** The sender holding the delivery, and until when (ms since the epoch) unless it renews the lease. */
  claimedBy?: string;
  leaseUntil?: number;
}

/** A delivery a sender claimed, with what it needs to know about the subscriber now. */
export interface ClaimedDelivery extends Delivery {
  /** The subscriber's zone and state now (undefined zone: the subscriber is gone). */
  timeZone?: string;
  active: boolean;
  /** The tips this subscriber has seen, for choosing the next one. */
  seenTips: string[];
  /** The chat's keyed hash: what its tip history is kept under, and the seed of its tip order. */
  chatHash: string;
}

export interface TipChoice {
  chatId: number;
  localDate: string;
  tipId: string;
  /** Every tip was seen: forget them before marking this one. */
  newCycle: boolean;
}

/** What claiming a webhook update found (see `Storage.claimUpdate`). */
export type UpdateClaim = "claimed" | "retaken" | "done" | "busy";

/** What a chat has kept between updates, read with an update's claim (see `Storage.claimUpdate`). */
export interface ChatState {
  dialog?: Dialog;
  /** The chat's last answer, however old: the reader decides whether it is still recent. */
  lastAnswer?: LastAnswer;
}

export interface ClaimedUpdate {
  claim: UpdateClaim;
  /** The chat's state as the claim found it; only when claimed the first time and a chat was given. */
  chat?: ChatState;
}

/** A chat's last answer, kept with the finish of the update that gave it. */
export interface KeptAnswer extends LastAnswer {
  chatId: number;
}

/** The right to send: held by one process at a time per database; lost when its connection is. */
export interface SenderLock {
  /** False once the lock is known lost (its connection failed or did not answer). */
  check(): Promise<boolean>;
  release(): Promise<void>;
}

/**
 * A dialogue in progress: subscribing (an hour picked, a zone still to come), a 👎 awaiting a comment, or /forget
 * awaiting its confirmation.
 */
export interface Dialog {
  chatId: number;
  step: "hour" | "zone" | "typed-zone" | "comment" | "forget";
  hour?: number;
  /** Changing one setting of an existing subscription, rather than subscribing. */
  editing: boolean;
  /** The answer a 👎 comment is about. */
  entryId?: string;
}

export type Outcome = "answer" | "ambiguous" | "smalltalk" | "none";

/** One question and what the bot did with it. Chat ids are never stored, only a keyed hash (HMAC). */
export interface QuestionRecord {
  at: number;
  chatHash: string;
  outcome: Outcome;
  entryId?: string;
  topicId?: string;
  confidence?: number;
  /** The question as typed (at most 500 characters) and as the matcher saw it. */
  text: string;
  normalized: string;
  /** Candidate entries and their confidences, for "did you mean" and no-match outcomes. */
  candidates: { id: string; confidence: number }[];
  kbVersion: string;
}

export interface VoteRecord {
  userHash: string;
  entryId: string;
  vote: 1 | -1;
  at: number;
  /** What the person said they were looking for, after a 👎. */
  comment?: string;
}

/** The answer a chat got last: a follow-up ("and the top 10%?") is read against it for a few minutes. */
export interface LastAnswer {
  entryId: string;
  at: number;
  /** The chat's message it answered (up to `ASKED_CHARS`): "the first one" next may point at a thing it named. */
  asked?: string;
  /**
   * The entries a "did you mean" offered, in order, when that was the reply (then `entryId` is the first of them):
   * "the second one" next picks among them.
   */
  offered?: readonly string[];
}

/** How much of the message a last answer was to is kept with it. */
export const ASKED_CHARS = 500;

export interface Storage {
  // Subscribers
  upsertSubscriber(chatId: number, hour: number, timeZone: string, now: number): Promise<void>;
  getSubscriber(chatId: number): Promise<Subscriber | undefined>;
  deactivate(chatId: number, reason: string, now: number): Promise<void>;
  activeTimeZones(): Promise<string[]>;
  countActiveSubscribers(): Promise<number>;

  // Daily deliveries: planned by every instance, claimed and sent by one, confirmed by the claim's holder
  /**
   * Adds a pending delivery for `localDate` for every active subscriber in `timeZone` whose hour is at or before
   * `localHour` and who has none for that day; idempotent (unique key), so every instance may run it. Returns
   * how many were added.
   */
  planDeliveries(timeZone: string, localDate: string, localHour: number, now: number): Promise<number>;
  /**
   * Claims up to `limit` pending deliveries nobody holds (or whose lease ran out) for `owner` until
   * `now + leaseMs`; concurrent callers get disjoint sets.
   */
  claimDeliveries(owner: string, now: number, leaseMs: number, limit: number): Promise<ClaimedDelivery[]>;
  /** Extends the lease of every pending delivery `owner` holds; returns how many. */
  renewClaims(owner: string, now: number, leaseMs: number): Promise<number>;
  /**
   * Records the tips chosen for claimed deliveries that had none, and marks each seen (after clearing that
   * subscriber's seen set when `newCycle`), in one go; for each choice, false (nothing changed) unless `owner`
   * holds the claim.
   */
  chooseTips(owner: string, choices: readonly TipChoice[]): Promise<boolean[]>;
  /** Records the outcome of a claimed delivery; false, and nothing changed, unless `owner` still holds it. */
  finishDelivery(
    chatId: number,
    localDate: string,
    owner: string,
    outcome: { status: "sent" | "failed" | "expired"; attempts: number; error?: string },
    now: number,
  ): Promise<boolean>;
  /**
   * Marks a claimed delivery as being sent (or no longer, after a failed try); false unless `owner` holds it. A
   * claim taken over while marked is recorded as failed and never sent again: its tip may have arrived, and
   * Telegram cannot be asked, so a rare cut-off tip is given up rather than sent twice.
   */
  markSending(
    chatId: number,
    localDate: string,
    owner: string,
    sending: boolean,
    now: number,
  ): Promise<boolean>;
  /** Gives back the pending deliveries `owner` holds (at shutdown), so another sender need not wait for the lease. */
  releaseClaims(owner: string): Promise<number>;
  pendingDeliveries(): Promise<Delivery[]>;
  getDelivery(chatId: number, localDate: string): Promise<Delivery | undefined>;
  /**
   * The sender lock if no other process holds it, or lets go of it within `waitMs` (default 0: no wait); SQLite:
   * one process, always granted.
   */
  acquireSenderLock(waitMs?: number): Promise<SenderLock | undefined>;

  /**
   * Finished deliveries (sent, failed, expired) of local days before `beforeDate` (YYYY-MM-DD) are deleted; until
   * their day is over everywhere they keep the day from being planned twice. Pending ones stay. Returns how many.
   */
  pruneDeliveries(beforeDate: string): Promise<number>;

  // Tip rotation: kept under the chat's keyed hash, never its id (the bot never messages a chat from it)
  seenTips(chatId: number): Promise<Set<string>>;
  /** Records a tip shown outside the daily delivery (/tip), clearing the seen set first when `newCycle`. */
  markTipSeen(chatId: number, tipId: string, newCycle: boolean): Promise<void>;

  // Dialogues: kept under the chat's keyed hash, deleted when finished, abandoned ones pruned
  getDialog(chatId: number): Promise<Dialog | undefined>;
  setDialog(dialog: Dialog, now: number): Promise<void>;
  clearDialog(chatId: number): Promise<void>;
  /** Deletes dialogues last changed before `before` (abandoned ones); returns how many went. */
  pruneDialogs(before: number): Promise<number>;

  // Conversation: the answer each chat got last, under the chat's keyed hash, never shared between chats
  /**
   * Keeps the chat's last answer, the message it answered (`asked`, cut to `ASKED_CHARS`) and, for a "did you mean",
   * the entries it offered.
   */
  setLastAnswer(
    chatId: number,
    entryId: string,
    at: number,
    asked?: string,
    offered?: readonly string[],
  ): Promise<void>;
  /** The chat's last answer if it was given at or after `since`; an older one has expired. */
  lastAnswer(chatId: number, since: number): Promise<LastAnswer | undefined>;
  /** Deletes last answers given before `before`; returns how many went. */
  pruneLastAnswers(before: number): Promise<number>;

  // Curation: questions, votes, retention
  recordQuestion(record: QuestionRecord): Promise<void>;
  /** Several records in one transaction. */
  recordQuestions(records: readonly QuestionRecord[]): Promise<void>;
  /** Stores a vote; a second press by the same person on the same answer replaces the first. */
  setVote(vote: VoteRecord): Promise<void>;
  addVoteComment(userHash: string, entryId: string, comment: string): Promise<void>;
  questionsSince(since: number): Promise<QuestionRecord[]>;
  votesSince(since: number): Promise<VoteRecord[]>;
  /** Deletes questions and votes older than `cutoff`; returns how many rows went. */
  deleteRecordsBefore(cutoff: number): Promise<number>;
  /**
   * Deletes everything kept about one chat, atomically: its subscription, deliveries, tip history, dialogue, last answer,
   * and the questions and votes recorded under `chatHash` (in a private chat the user's hash is the chat's).
   * Returns how many rows went.
   */
  forget(chatId: number, chatHash: string): Promise<number>;

  // Updates handled (webhook mode: Telegram may deliver an update twice)
  /**
   * Claims `updateId` for handling (a unique key decides): "claimed" the first time; "retaken" when an earlier
   * claim was neither done nor made within `leaseMs` (its handler died); "done" for a duplicate of a handled
   * update; "busy" while another claim on it is younger than the lease (its handler may still be at work).
   * With `chatId`, a first claim also reads that chat's dialogue and last answer in the same round trip: every
   * message needs them, and on PostgreSQL each round trip is a wait and the server's work.
   */
  claimUpdate(updateId: number, now: number, leaseMs: number, chatId?: number): Promise<ClaimedUpdate>;
  /**
   * Marks a claimed update handled: from now on its duplicates are "done". `keep` is the chat's last answer,
   * kept in the same round trip.
   */
  finishUpdate(updateId: number, now: number, keep?: KeptAnswer): Promise<void>;
  /** Forgets a claim, so Telegram's retry of an update whose handler failed is handled. */
  releaseUpdate(updateId: number): Promise<void>;
  /** Deletes claims made before `before`; returns how many went. */
  pruneUpdates(before: number): Promise<number>;

  /** Resolves when the database answers; throws when it cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
