// The storage interface: everything the bot keeps between restarts. SQLite implements it; a server database can too.

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
  tipId: string;
  status: DeliveryStatus;
  attempts: number;
  error?: string;
}

/** A dialogue in progress: subscribing (an hour picked, a zone still to come), or a 👎 awaiting a comment. */
export interface Dialog {
  chatId: number;
  step: "hour" | "zone" | "typed-zone" | "comment";
  hour?: number;
  /** Changing one setting of an existing subscription, rather than subscribing. */
  editing: boolean;
  /** The answer a 👎 comment is about. */
  entryId?: string;
}

export type Outcome = "answer" | "ambiguous" | "smalltalk" | "none";

/** One question and what the bot did with it. Chat ids are never stored, only a salted hash. */
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

export interface Storage {
  // Subscribers
  upsertSubscriber(chatId: number, hour: number, timeZone: string, now: number): void;
  getSubscriber(chatId: number): Subscriber | undefined;
  deactivate(chatId: number, reason: string, now: number): void;
  /** Active subscribers whose local time is at or after their hour and who have no delivery for that local day. */
  dueSubscribers(timeZone: string, localDate: string, localHour: number): number[];
  activeTimeZones(): string[];
  countActiveSubscribers(): number;

  // Deliveries: reserve before sending, confirm after
  /**
   * Inserts a pending delivery and marks the tip seen (after clearing the seen set when `newCycle`), atomically;
   * false, and nothing changed, when that subscriber already has a delivery for that day.
   */
  reserveDelivery(chatId: number, localDate: string, tipId: string, newCycle: boolean, now: number): boolean;
  completeDelivery(
    chatId: number,
    localDate: string,
    status: "sent" | "failed",
    now: number,
    error?: string,
  ): void;
  /** Deliveries left pending by a previous process (reserved, maybe sent, never confirmed). */
  pendingDeliveries(): Delivery[];
  expireDelivery(chatId: number, localDate: string): void;
  getDelivery(chatId: number, localDate: string): Delivery | undefined;

  // Tip rotation
  seenTips(chatId: number): Set<string>;
  /** Records a tip shown outside the daily delivery (/tip), clearing the seen set first when `newCycle`. */
  markTipSeen(chatId: number, tipId: string, newCycle: boolean): void;

  // Dialogues
  getDialog(chatId: number): Dialog | undefined;
  setDialog(dialog: Dialog): void;
  clearDialog(chatId: number): void;

  // Curation: questions, votes, retention
  recordQuestion(record: QuestionRecord): void;
  /** Several records in one transaction. */
  recordQuestions(records: readonly QuestionRecord[]): void;
  /** Stores a vote; a second press by the same person on the same answer replaces the first. */
  setVote(vote: VoteRecord): void;
  addVoteComment(userHash: string, entryId: string, comment: string): void;
  questionsSince(since: number): QuestionRecord[];
  votesSince(since: number): VoteRecord[];
  /** Deletes questions and votes older than `cutoff`; returns how many rows went. */
  deleteRecordsBefore(cutoff: number): number;
  /** A random salt made once per database, for hashing chat and user ids. */
  salt(): string;

  close(): void;
}
