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

/** A subscription dialogue in progress: an hour picked, a zone still to come. */
export interface Dialog {
  chatId: number;
  step: "hour" | "zone" | "typed-zone";
  hour?: number;
  /** Changing one setting of an existing subscription, rather than subscribing. */
  editing: boolean;
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

  close(): void;
}
