import { afterEach, describe, expect, it } from "vitest";
import { openSqlite } from "../src/storage/sqlite.ts";
import type { Storage } from "../src/storage/storage.ts";
import { temporaryDatabase } from "./helpers/bot-harness.ts";

const engines: { name: string; open: () => Promise<Storage> }[] = [
  { name: "SQLite", open: async () => openSqlite(temporaryDatabase()) },
];

describe.each(engines)("storage on $name", ({ open }) => {
  const opened: Storage[] = [];
  afterEach(async () => {
    for (const s of opened.splice(0)) await s.close();
  });
  const fresh = async () => {
    const s = await open();
    opened.push(s);
    return s;
  };

  it("claims an update id once, again after a release, and prunes old claims", async () => {
    const s = await fresh();
    expect(await s.claimUpdate(500, 1_000)).toBe(true);
    expect(await s.claimUpdate(500, 1_001)).toBe(false);
    await s.releaseUpdate(500);
    expect(await s.claimUpdate(500, 2_000)).toBe(true);
    expect(await s.claimUpdate(501, 5_000)).toBe(true);
    expect(await s.pruneUpdates(3_000)).toBe(1);
    expect(await s.claimUpdate(500, 6_000)).toBe(true);
    expect(await s.claimUpdate(501, 6_000)).toBe(false);
  });

  it("answers a ping while open, and fails it once closed", async () => {
    const s = await open();
    await expect(s.ping()).resolves.toBeUndefined();
    await s.close();
    await expect(s.ping()).rejects.toThrow();
  });
});
