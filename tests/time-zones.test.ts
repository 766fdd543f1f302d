import { describe, expect, it } from "vitest";
import { localTime } from "../src/tips/local-time.ts";
import { resolveTimeZone, zoneLabel } from "../src/tips/time-zones.ts";

const zoneOf = (typed: string) => {
  const answer = resolveTimeZone(typed);
  return answer.ok ? answer.zone : answer;
};

describe("time zones as people type them", () => {
  it.each([
    ["UTC+2", "Etc/GMT-2", "UTC+2"],
    ["gmt-3", "Etc/GMT+3", "UTC-3"],
    ["UTC+5:30", "+05:30", "UTC+5:30"],
    ["+0530", "+05:30", "UTC+5:30"],
    ["UTC -03:30", "-03:30", "UTC-3:30"],
    ["UTC+5:45", "+05:45", "UTC+5:45"],
    ["UTC+14", "Etc/GMT-14", "UTC+14"],
    ["+00:00", "UTC", "UTC"],
  ])("the offset %s is %s, shown as %s", (typed, zone, label) => {
    expect(zoneOf(typed)).toBe(zone);
    expect(zoneLabel(zone)).toBe(label);
  });

  it("refuses offsets no clock uses", () => {
    expect(resolveTimeZone("UTC+15").ok).toBe(false);
    expect(resolveTimeZone("UTC+5:20").ok).toBe(false);
  });

  it.each([
    ["EST", "America/New_York"],
    ["PST", "America/Los_Angeles"],
    ["CET", "Europe/Berlin"],
    ["IST", "Asia/Kolkata"],
    ["BST", "Europe/London"],
    ["JST", "Asia/Tokyo"],
    ["AEST", "Australia/Sydney"],
    ["Eastern Time", "America/New_York"],
    ["central european", "Europe/Berlin"],
    ["ET", "America/New_York"],
    ["india", "Asia/Kolkata"],
    ["Nigeria", "Africa/Lagos"],
    ["Germany", "Europe/Berlin"],
    ["UK", "Europe/London"],
    ["Lagos, Nigeria", "Africa/Lagos"],
    ["Mumbai, India", "Asia/Kolkata"],
    ["lagos nigeria", "Africa/Lagos"],
    ["NYC", "America/New_York"],
    ["LA", "America/Los_Angeles"],
    ["SF", "America/Los_Angeles"],
    ["Kiev", "Europe/Kyiv"],
    ["asia/calcutta", "Asia/Kolkata"],
    ["Berlin", "Europe/Berlin"],
    ["new york", "America/New_York"],
  ])("%s is %s", (typed, zone) => {
    expect(zoneOf(typed)).toBe(zone);
  });

  it("offers the zones of a country that has several", () => {
    expect(resolveTimeZone("USA")).toEqual({
      ok: false,
      several: true,
      suggestions: ["America/Los_Angeles", "America/Denver", "America/Chicago", "America/New_York"],
    });
    expect(resolveTimeZone("Springfield, USA")).toMatchObject({ ok: false, several: true });
  });

  it("reads two lower-case letters as a word, not an abbreviation", () => {
    expect(resolveTimeZone("it").ok).toBe(false);
    expect(resolveTimeZone("at").ok).toBe(false);
  });

  it("suggests a fix for a typo and nothing for a question", () => {
    expect(resolveTimeZone("Berln")).toEqual({ ok: false, suggestions: ["Europe/Berlin"] });
    expect(resolveTimeZone("how much do lab techs make?")).toEqual({ ok: false, suggestions: [] });
  });

  it("keeps local time right in a half-hour zone stored as a fixed offset", () => {
    expect(localTime(Date.UTC(2026, 0, 15, 2, 30), "+05:30")).toEqual({ date: "2026-01-15", hour: 8 });
    expect(localTime(Date.UTC(2026, 0, 15, 2, 30), "-03:30")).toEqual({ date: "2026-01-14", hour: 23 });
  });
});
