// What a bot in the default set-up (long polling, SQLite, no PORT) loads: not the libraries only other set-ups need.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { temporaryDatabase } from "./helpers/bot-harness.ts";

/** The packages under node_modules that importing the bot's modules and opening `database` loads, in a fresh process. */
function packagesLoaded(database: string, port: string): string[] {
  const script = `
    import { registerHooks } from "node:module";
    const loaded = new Set();
    registerHooks({
      resolve(specifier, context, next) {
        const r = next(specifier, context);
        const m = /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(r.url);
        if (m) loaded.add(m[1]);
        return r;
      },
    });
    await import("./src/bot/create-bot.ts");
    const { metricsWhenServed } = await import("./src/bot/metrics.ts");
    const { openStorage } = await import("./src/storage/open.ts");
    metricsWhenServed(${port === "" ? "undefined" : Number(port)});
    const storage = await openStorage(${JSON.stringify(database)}, { recordsKey: "k".repeat(32) });
    await storage.close();
    console.log(JSON.stringify([...loaded].sort()));
  `;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout.trim().split("\n").at(-1)!) as string[];
}

describe("modules loaded", () => {
  it("polling on SQLite without PORT loads neither node-postgres nor prom-client", () => {
    const loaded = packagesLoaded(temporaryDatabase(), "");
    expect(loaded).toContain("grammy");
    expect(loaded).not.toContain("pg");
    expect(loaded).not.toContain("prom-client");
  });

  it("serving metrics loads prom-client", () => {
    expect(packagesLoaded(temporaryDatabase(), "8080")).toContain("prom-client");
  });
});
