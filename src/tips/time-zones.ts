// Understands a time zone as a person types it: "Europe/Berlin", "berlin", "New York", "UTC+2"; suggests fixes for typos.
import { editDistance } from "../matching/text.ts";

export const COMMON_ZONES = [
  "America/Los_Angeles",
  "America/Denver",
  "America/Chicago",
  "America/New_York",
  "America/Sao_Paulo",
  "Europe/London",
  "Europe/Berlin",
  "Europe/Kyiv",
  "Africa/Lagos",
  "Asia/Dubai",
  "Asia/Kolkata",
  "Asia/Manila",
  "Asia/Tokyo",
  "Australia/Sydney",
  "UTC",
] as const;

/** Cities people name that are not themselves zone names. */
const CITY_ALIASES: Record<string, string> = {
  "san francisco": "America/Los_Angeles",
  seattle: "America/Los_Angeles",
  "las vegas": "America/Los_Angeles",
  boston: "America/New_York",
  washington: "America/New_York",
  miami: "America/New_York",
  atlanta: "America/New_York",
  philadelphia: "America/New_York",
  houston: "America/Chicago",
  dallas: "America/Chicago",
  austin: "America/Chicago",
  munich: "Europe/Berlin",
  hamburg: "Europe/Berlin",
  frankfurt: "Europe/Berlin",
  delhi: "Asia/Kolkata",
  "new delhi": "Asia/Kolkata",
  mumbai: "Asia/Kolkata",
  bangalore: "Asia/Kolkata",
  beijing: "Asia/Shanghai",
  kiev: "Europe/Kyiv",
  "st petersburg": "Europe/Moscow",
  toronto: "America/Toronto",
  montreal: "America/Toronto",
  melbourne: "Australia/Melbourne",
};

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s_-]+/g, " ")
    .trim();

let cities: Map<string, string> | undefined;
/** "berlin" → Europe/Berlin, "new york" → America/New_York, "europe/berlin" → Europe/Berlin. */
function cityIndex(): Map<string, string> {
  if (cities) return cities;
  cities = new Map(Object.entries(CITY_ALIASES));
  for (const zone of [...Intl.supportedValuesOf("timeZone"), ...COMMON_ZONES]) {
    cities.set(squash(zone), zone);
    const city = zone.split("/").at(-1)!;
    if (!cities.has(squash(city))) cities.set(squash(city), zone);
  }
  return cities;
}

export type ZoneAnswer = { ok: true; zone: string } | { ok: false; suggestions: string[] };

export function resolveTimeZone(input: string): ZoneAnswer {
  const text = input.trim().slice(0, 64);
  if (!text) return { ok: false, suggestions: [] };
  const offset = /^(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?::?00)?$/i.exec(text);
  if (offset) {
    const hours = Number(offset[2]);
    // Etc/GMT zones have inverted signs by POSIX convention: UTC+2 is Etc/GMT-2.
    const zone = hours === 0 ? "UTC" : `Etc/GMT${offset[1] === "+" ? "-" : "+"}${hours}`;
    return isValidTimeZone(zone) ? { ok: true, zone } : { ok: false, suggestions: [] };
  }
  if (/^(utc|gmt|z)$/i.test(text)) return { ok: true, zone: "UTC" };
  const key = squash(text);
  const known = cityIndex().get(key);
  if (known && isValidTimeZone(known)) return { ok: true, zone: known };
  if (text.includes("/") && isValidTimeZone(text)) return { ok: true, zone: text };
  const suggestions = [...cityIndex()]
    .map(([name, zone]) => ({ zone, d: editDistance(key, name) }))
    .filter((c) => c.d <= Math.max(1, Math.floor(key.length / 4)))
    .sort((a, b) => a.d - b.d)
    .map((c) => c.zone);
  return { ok: false, suggestions: [...new Set(suggestions)].slice(0, 3) };
}
