// Questions about the world's clock and calendar ("what year is it", "what's the date today", "when do the shops
// close"): a point in time asked in everyday words, which no career guide gives.
import { type Asks, kindBits } from "./asks.ts";

/** Nouns of a point in time a question asks for after "what" or "which": "what year", "which day", "what's the date". */
const POINTS_IN_TIME = new Set(["time", "year", "date", "day", "month", "hour"]);
const ASKING = new Set(["what", "whats", "which"]);
const WHEN = kindBits("when");

const LIKE = kindBits("like");

/**
 * Whether a question asks for a point in time: "when…", or "what" or "which" before a noun of one, with at most one
 * word between ("what year…", "what's today's date"). Not what a time is like ("what is the day like for them").
 */
export function asksForATime(ws: readonly string[], asks: Asks): boolean {
  if ((asks & WHEN) !== 0) return true;
  if ((asks & LIKE) !== 0) return false;
  return ws.some((w, i) => {
    if (!ASKING.has(w)) return false;
    let j = i + 1;
    if (ws[j] === "is" || ws[j] === "s") j++;
    if (ws[j] === "the") j++;
    return POINTS_IN_TIME.has(ws[j] ?? "") || POINTS_IN_TIME.has(ws[j + 1] ?? "");
  });
}
