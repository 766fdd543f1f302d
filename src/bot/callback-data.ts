// Typed callback data: a one-letter action and its payload, always within Telegram's 64 bytes.
export type Action =
  | { type: "home" } // the topic list, in place
  | { type: "menu" } // the topic list, as a new message
  | { type: "topic"; id: string } // a topic's entries, in place
  | { type: "entry"; id: string } // an answer inside the menu, in place
  | { type: "answer"; id: string } // an answer as a new message (related, "did you mean", tips)
  | { type: "hour"; hour: number } // daily tips: the hour picked
  | { type: "zone"; zone: string } // daily tips: the time zone picked
  | { type: "type-zone" } // daily tips: "I'll type my city or zone"
  | { type: "change-hour" }
  | { type: "change-zone" }
  | { type: "stop-tips" }
  | { type: "subscribe" }
  | { type: "vote"; id: string; vote: 1 | -1 } // 👍 / 👎 under an answer
  | { type: "forget"; issued: number } // /forget confirmed; `issued` is when the question was asked (ms)
  | { type: "keep" }; // /forget declined

type Type = Action["type"];
const PREFIX: Record<Type, string> = {
  home: "h",
  menu: "m",
  topic: "t",
  entry: "e",
  answer: "a",
  hour: "H",
  zone: "Z",
  "type-zone": "T",
  "change-hour": "C",
  "change-zone": "c",
  "stop-tips": "S",
  subscribe: "D",
  vote: "V",
  forget: "X",
  keep: "x",
};
const BY_PREFIX = new Map(Object.entries(PREFIX).map(([type, prefix]) => [prefix, type as Type]));
const ID = /^[a-z0-9][a-z0-9-]{0,47}$/;
const ZONE = /^[A-Za-z][A-Za-z0-9_+\-/]{0,60}$/;

export const MAX_CALLBACK_BYTES = 64;

function payload(action: Action): string | undefined {
  if (action.type === "vote") return `${action.id}:${action.vote === 1 ? "up" : "down"}`;
  if ("id" in action) return action.id;
  if ("hour" in action) return String(action.hour);
  if ("zone" in action) return action.zone;
  if ("issued" in action) return action.issued.toString(36);
  return undefined;
}

export function encode(action: Action): string {
  const value = payload(action);
  const data = value === undefined ? PREFIX[action.type] : `${PREFIX[action.type]}:${value}`;
  if (Buffer.byteLength(data) > MAX_CALLBACK_BYTES) throw new Error(`callback data over 64 bytes: ${data}`);
  return data;
}

/** Undefined for anything we did not produce: forged, truncated or from an older version of the bot. */
export function decode(data: string): Action | undefined {
  const colon = data.indexOf(":");
  const type = BY_PREFIX.get(colon === -1 ? data : data.slice(0, colon));
  const value = colon === -1 ? undefined : data.slice(colon + 1);
  switch (type) {
    case undefined:
      return undefined;
    case "topic":
    case "entry":
    case "answer":
      return value !== undefined && ID.test(value) ? { type, id: value } : undefined;
    case "vote": {
      const [id, direction, ...rest] = (value ?? "").split(":");
      if (!id || !ID.test(id) || rest.length > 0 || (direction !== "up" && direction !== "down"))
        return undefined;
      return { type, id, vote: direction === "up" ? 1 : -1 };
    }
    case "hour": {
      const hour = Number(value);
      return value !== undefined && /^\d{1,2}$/.test(value) && hour <= 23 ? { type, hour } : undefined;
    }
    case "zone":
      return value !== undefined && ZONE.test(value) ? { type, zone: value } : undefined;
    case "forget":
      return value !== undefined && /^[0-9a-z]{1,11}$/.test(value)
        ? { type, issued: Number.parseInt(value, 36) }
        : undefined;
    default:
      return value === undefined ? { type } : undefined;
  }
}
