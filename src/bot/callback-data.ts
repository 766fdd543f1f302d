// Typed callback data: a one-letter action and an id, always within Telegram's 64 bytes.
export type Action =
  | { type: "home" } // the topic list, in place
  | { type: "menu" } // the topic list, as a new message
  | { type: "topic"; id: string } // a topic's entries, in place
  | { type: "entry"; id: string } // an answer inside the menu, in place
  | { type: "answer"; id: string }; // an answer as a new message (related, "did you mean")

const PREFIX = { home: "h", menu: "m", topic: "t", entry: "e", answer: "a" } as const;
const BY_PREFIX = Object.fromEntries(Object.entries(PREFIX).map(([type, p]) => [p, type])) as Record<
  string,
  Action["type"]
>;

export const MAX_CALLBACK_BYTES = 64;

export function encode(action: Action): string {
  const data = "id" in action ? `${PREFIX[action.type]}:${action.id}` : PREFIX[action.type];
  if (Buffer.byteLength(data) > MAX_CALLBACK_BYTES) throw new Error(`callback data over 64 bytes: ${data}`);
  return data;
}

/** Undefined for anything we did not produce: forged, truncated or from an older version of the bot. */
export function decode(data: string): Action | undefined {
  const [prefix, id, ...rest] = data.split(":");
  const type = BY_PREFIX[prefix ?? ""];
  if (!type || rest.length > 0) return undefined;
  if (type === "home" || type === "menu") return id === undefined ? { type } : undefined;
  return id && /^[a-z0-9-]{1,48}$/.test(id) ? { type, id } : undefined;
}
