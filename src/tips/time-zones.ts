// Understands a time zone as a person types it: a zone, a city, a country, an abbreviation or an offset; suggests fixes for typos.
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

/** IANA's current names for zones the platform's ICU data still calls by their old ones. */
const RENAMED: Record<string, string> = {
  "Asia/Calcutta": "Asia/Kolkata",
  "Europe/Kiev": "Europe/Kyiv",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Rangoon": "Asia/Yangon",
  "America/Godthab": "America/Nuuk",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Africa/Asmera": "Africa/Asmara",
  "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
  "Pacific/Truk": "Pacific/Chuuk",
  "Pacific/Ponape": "Pacific/Pohnpei",
};

/** Places people name that are not themselves zone names: big cities, their short forms, and old city names. */
const PLACE_ALIASES: Record<string, string> = {
  nyc: "America/New_York",
  ny: "America/New_York",
  "new york city": "America/New_York",
  dc: "America/New_York",
  washington: "America/New_York",
  boston: "America/New_York",
  miami: "America/New_York",
  atlanta: "America/New_York",
  philadelphia: "America/New_York",
  philly: "America/New_York",
  la: "America/Los_Angeles",
  sf: "America/Los_Angeles",
  "san francisco": "America/Los_Angeles",
  "bay area": "America/Los_Angeles",
  seattle: "America/Los_Angeles",
  "las vegas": "America/Los_Angeles",
  vegas: "America/Los_Angeles",
  houston: "America/Chicago",
  dallas: "America/Chicago",
  austin: "America/Chicago",
  chi: "America/Chicago",
  montreal: "America/Toronto",
  munich: "Europe/Berlin",
  hamburg: "Europe/Berlin",
  frankfurt: "Europe/Berlin",
  delhi: "Asia/Kolkata",
  "new delhi": "Asia/Kolkata",
  mumbai: "Asia/Kolkata",
  bombay: "Asia/Kolkata",
  bangalore: "Asia/Kolkata",
  bengaluru: "Asia/Kolkata",
  chennai: "Asia/Kolkata",
  hyderabad: "Asia/Kolkata",
  beijing: "Asia/Shanghai",
  hk: "Asia/Hong_Kong",
  kl: "Asia/Kuala_Lumpur",
  abuja: "Africa/Lagos",
  "st petersburg": "Europe/Moscow",
  melbourne: "Australia/Melbourne",
  cdmx: "America/Mexico_City",
  // Abbreviations two zones' names share, where one is far more often meant (Brasília's is BRT to people).
  bst: "Europe/London",
};

/** Countries people name in other ways than the platform's English name, as region codes. */
const COUNTRY_ALIASES: Record<string, string> = {
  usa: "US",
  us: "US",
  america: "US",
  "united states of america": "US",
  uk: "GB",
  britain: "GB",
  "great britain": "GB",
  england: "GB",
  scotland: "GB",
  wales: "GB",
  uae: "AE",
  emirates: "AE",
  holland: "NL",
  "ivory coast": "CI",
  "cote d ivoire": "CI",
  korea: "KR",
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
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\s_.'’-]+/g, " ")
    .trim();

const current = (zone: string): string => RENAMED[zone] ?? zone;

/** Of several zones a name fits, the one most people mean: a common zone when there is one. */
function preferred(zones: Iterable<string>): string {
  const list = [...new Set([...zones].map(current))];
  return list.find((z) => (COMMON_ZONES as readonly string[]).includes(z)) ?? list[0]!;
}

let places: Map<string, string> | undefined;
/** "berlin" → Europe/Berlin, "new york" → America/New_York, "europe/berlin" → Europe/Berlin, "nyc" → America/New_York. */
function placeIndex(): Map<string, string> {
  if (places) return places;
  places = new Map();
  const zones = [...Intl.supportedValuesOf("timeZone"), ...COMMON_ZONES, ...Object.values(RENAMED)];
  for (const zone of zones) {
    const name = current(zone);
    places.set(squash(zone), name);
    const city = squash(zone.split("/").at(-1)!);
    if (!places.has(city)) places.set(city, name);
  }
  for (const [alias, zone] of Object.entries(PLACE_ALIASES)) places.set(alias, zone);
  return places;
}

let countries: Map<string, string> | undefined;
/** Country names (the platform's English names, and a few other ways to say them) → region codes. */
function countryIndex(): Map<string, string> {
  if (countries) return countries;
  countries = new Map(Object.entries(COUNTRY_ALIASES));
  const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = names.of(code);
      if (name) countries.set(squash(name.replace(/&/g, "and")), code);
    }
  return countries;
}

/** A country's zones, from the platform's region data (asked only for the country named: it is slow). */
function zonesOf(code: string): string[] {
  // Intl.Locale.prototype.getTimeZones (V8 has it; TypeScript's lib does not declare it yet).
  const locale = new Intl.Locale(`und-${code}`) as Intl.Locale & { getTimeZones?: () => string[] };
  return (locale.getTimeZones?.() ?? []).map(current);
}

let zoneNames: Map<string, string> | undefined;
/**
 * The platform's English names of every zone, in winter and in summer ("Eastern Standard Time", "British Summer
 * Time"), each also by its initials with and without "Standard" (EST and ET, CEST and CET, IST, PST): the
 * abbreviations people type. Where several zones share a name, the common one wins (IST is India's).
 */
function zoneNameIndex(): Map<string, string> {
  if (zoneNames) return zoneNames;
  const candidates = new Map<string, string[]>();
  const add = (key: string, zone: string) => {
    if (key.length < 2) return;
    const list = candidates.get(key) ?? [];
    list.push(zone);
    candidates.set(key, list);
  };
  const instants = [Date.UTC(2026, 0, 15), Date.UTC(2026, 6, 15)];
  for (const zone of Intl.supportedValuesOf("timeZone")) {
    const format = new Intl.DateTimeFormat("en", { timeZone: zone, timeZoneName: "long" });
    for (const at of instants) {
      const name = format.formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? "";
      if (!/^[A-Z]/.test(name) || name.startsWith("GMT")) continue;
      const words = squash(name).split(" ");
      const plain = words.filter((w) => w !== "standard");
      add(words.join(" "), zone);
      add(plain.join(" "), zone);
      add(words.map((w) => w[0]).join(""), zone);
      add(plain.map((w) => w[0]).join(""), zone);
    }
  }
  zoneNames = new Map([...candidates].map(([key, zones]) => [key, preferred(zones)]));
  return zoneNames;
}

/** A fixed offset from UTC as people write it: `UTC+2`, `GMT-3`, `+0530`, `UTC+5:30`, `-03:30`. */
function offsetZone(text: string): string | undefined | false {
  const m = /^(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?:[:.h]?(\d{2}))?$/i.exec(text);
  if (!m) return undefined;
  const [, sign, h, min = "00"] = m as unknown as [string, "+" | "-", string, string | undefined];
  const hours = Number(h);
  if (hours > 14 || !["00", "15", "30", "45"].includes(min)) return false;
  if (hours === 0 && min === "00") return "UTC";
  // Whole hours: IANA's Etc zones, whose signs are inverted by POSIX convention (UTC+2 is Etc/GMT-2).
  if (min === "00" && (sign === "+" || hours <= 12)) return `Etc/GMT${sign === "+" ? "-" : "+"}${hours}`;
  // Other offsets have no Etc zone: Intl takes a fixed offset such as +05:30 as a zone of its own.
  return `${sign}${String(hours).padStart(2, "0")}:${min}`;
}

/** How a stored zone is shown to people: offsets as `UTC+2` / `UTC+5:30` (not IANA's inverted `Etc/GMT-2`). */
export function zoneLabel(zone: string): string {
  const etc = /^Etc\/GMT([+-])(\d{1,2})$/.exec(zone);
  if (etc) return `UTC${etc[1] === "+" ? "-" : "+"}${Number(etc[2])}`;
  const fixed = /^([+-])(\d{2}):(\d{2})$/.exec(zone);
  if (fixed) return `UTC${fixed[1]}${Number(fixed[2])}${fixed[3] === "00" ? "" : `:${fixed[3]}`}`;
  if (zone === "Etc/UTC" || zone === "Etc/GMT") return "UTC";
  return zone;
}

/** Not understood: `suggestions` are close names, or with `several` the zones of a country that has more than one. */
export type ZoneAnswer = { ok: true; zone: string } | { ok: false; suggestions: string[]; several?: true };

/**
 * A country's zones with one per clock (same offsets in winter and summer), the common zones first: Germany's
 * Berlin and Busingen are one answer, the United States' are several.
 */
function distinctClocks(zones: readonly string[]): string[] {
  const offsets = (zone: string) =>
    [Date.UTC(2026, 0, 15), Date.UTC(2026, 6, 15)]
      .map((at) => new Intl.DateTimeFormat("en", { timeZone: zone, timeZoneName: "longOffset" }).format(at))
      .join();
  const common = COMMON_ZONES as readonly string[];
  const ordered = [...zones].sort((a, b) => (common.indexOf(a) + 1 || 99) - (common.indexOf(b) + 1 || 99));
  const byClock = new Map<string, string>();
  for (const zone of ordered) if (!byClock.has(offsets(zone))) byClock.set(offsets(zone), zone);
  return [...byClock.values()];
}

const clocksByCountry = new Map<string, string[]>();

/** One name: a zone, a place, a country, a zone's name or abbreviation. */
function lookup(text: string): ZoneAnswer | undefined {
  const key = squash(text);
  if (!key) return undefined;
  if (/^(utc|gmt|z|zulu)$/.test(key)) return { ok: true, zone: "UTC" };
  const place = placeIndex().get(key);
  if (place && isValidTimeZone(place)) return { ok: true, zone: place };
  if (text.includes("/") && isValidTimeZone(text.trim())) return { ok: true, zone: current(text.trim()) };
  const code = countryIndex().get(key);
  if (code !== undefined) {
    let zones = clocksByCountry.get(code);
    if (!zones) {
      zones = distinctClocks(zonesOf(code));
      clocksByCountry.set(code, zones);
    }
    if (zones.length === 1) return { ok: true, zone: zones[0]! };
    if (zones.length > 1) return { ok: false, suggestions: zones.slice(0, 4), several: true };
  }
  // Two letters are an abbreviation only in capitals: "ET" and "PT" are zones, "it" and "at" are words.
  if (key.length === 2 && text.trim() !== text.trim().toUpperCase()) return undefined;
  const named = zoneNameIndex().get(key) ?? zoneNameIndex().get(`${key} time`);
  if (named) return { ok: true, zone: named };
  return undefined;
}

export function resolveTimeZone(input: string): ZoneAnswer {
  const text = input.trim().slice(0, 64);
  if (!text) return { ok: false, suggestions: [] };
  const offset = offsetZone(text);
  if (offset === false) return { ok: false, suggestions: [] };
  if (offset) return isValidTimeZone(offset) ? { ok: true, zone: offset } : { ok: false, suggestions: [] };
  const whole = lookup(text);
  if (whole) return whole;
  // "Lagos, Nigeria" or "Lagos Nigeria": the city if known, else the country.
  const parts = text.includes(",") ? text.split(/\s*,\s*/).filter(Boolean) : [];
  const words = text.split(/\s+/);
  for (let i = 1; i < words.length && parts.length === 0; i++)
    if (countryIndex().has(squash(words.slice(i).join(" "))))
      parts.push(words.slice(0, i).join(" "), words.slice(i).join(" "));
  const found = parts.map(lookup);
  const answer = found.find((f) => f?.ok) ?? found.find((f) => f !== undefined);
  if (answer) return answer;
  const key = squash(text);
  // Typos of a place name: only names within reach by length are compared (a question is not a place).
  const reach = Math.max(1, Math.floor(key.length / 4));
  const suggestions = [...placeIndex()]
    .filter(([name]) => Math.abs(name.length - key.length) <= reach)
    .map(([name, zone]) => ({ zone, d: editDistance(key, name) }))
    .filter((c) => c.d <= reach)
    .sort((a, b) => a.d - b.d)
    .map((c) => c.zone);
  return { ok: false, suggestions: [...new Set(suggestions)].slice(0, 3) };
}
