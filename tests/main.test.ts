import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { hashId } from "../src/curation/hash.ts";
import { openStorage } from "../src/storage/open.ts";
import { openSqlite } from "../src/storage/sqlite.ts";
import { FakeTelegram, TOKEN } from "./fake-telegram/server.ts";
import { person, RECORDS_KEY, repliesAfter, temporaryDatabase } from "./helpers/bot-harness.ts";
import { freshPostgresDatabase } from "./helpers/postgres.ts";

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill("SIGKILL");
});

const MAIN = join(import.meta.dirname, "..", "src", "main.ts");
// A child's start-up is CPU-bound: on a loaded machine it takes several seconds, so waits are generous.
const STARTUP_WAIT = 30_000;
const TEST_TIMEOUT = 90_000;

function startMain(
  env: Record<string, string>,
  args: string[] = [],
  cwd?: string,
): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [MAIN, ...args], {
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    ...(cwd ? { cwd } : {}),
  });
  children.push(child);
  let output = "";
  child.stdout?.on("data", (d) => {
    output += d;
  });
  child.stderr?.on("data", (d) => {
    output += d;
  });
  return { child, output: () => output };
}

describe("npm start", { timeout: TEST_TIMEOUT }, () => {
  it("without a token says how to get one and points to the terminal chat", async () => {
    const { child, output } = startMain({ BOT_TOKEN: "" });
    const [code] = await once(child, "exit");
    expect(code).toBe(1);
    expect(output()).toMatch(/BOT_TOKEN is not set.*@BotFather.*npm run chat/s);
  });

  it("refuses to start with a broken knowledge file, naming file, line and field", async () => {
    const { child, output } = startMain({
      BOT_TOKEN: TOKEN,
      KNOWLEDGE_DIR: "tests/fixtures/broken-knowledge",
    });
    const [code] = await once(child, "exit");
    expect(code).toBe(1);
    expect(output()).toMatch(/entries\/broken\.yaml:\d+ \[0\] \(id salary\)\.answer/);
  });

  it("says clearly when Telegram refuses the token", async () => {
    const fake = await new FakeTelegram().start();
    try {
      const { child, output } = startMain({
        BOT_TOKEN: "999999:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        TELEGRAM_API_ROOT: fake.url,
        DATABASE_URL: ":memory:",
      });
      const [code] = await once(child, "exit");
      expect(code).toBe(1);
      expect(output()).toMatch(/Telegram refused the bot at start \(Unauthorized\)\. Check BOT_TOKEN/);
    } finally {
      await fake.close();
    }
  });

  it("names an unsupported DATABASE_URL scheme in one line", async () => {
    const { child, output } = startMain({ BOT_TOKEN: TOKEN, DATABASE_URL: "mysql://db/bot" });
    const [code] = await once(child, "exit");
    expect(code).toBe(1);
    expect(output().trim()).toMatch(
      /^invalid environment: DATABASE_URL: unsupported scheme "mysql:" — use postgres:\/\/.*$/,
    );
  });

  it("says in one line, without the password, when PostgreSQL cannot be reached", async () => {
    const { child, output } = startMain({
      BOT_TOKEN: TOKEN,
      DATABASE_URL: "postgres://bot:secret@127.0.0.1:9/bot",
      RECORDS_KEY,
    });
    const [code] = await once(child, "exit");
    expect(code).toBe(1);
    expect(output().trim()).toMatch(
      /^Could not open the database \(PostgreSQL postgres:\/\/bot:\*\*\*@127\.0\.0\.1:9\/bot\): \S.*$/,
    );
    expect(output()).not.toContain("secret");
  });

  it("goes on with a warning when the Bot API lacks the menu and description methods", async () => {
    const fake = await new FakeTelegram().start();
    const missing = ["setMyCommands", "setMyDescription", "setMyShortDescription"];
    for (const method of missing)
      fake.failNext(method, { status: 404, description: `Not Found: method ${method} is not supported` });
    try {
      const { child, output } = startMain({
        BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: fake.url,
        DATABASE_URL: ":memory:",
      });
      await fake.waitFor(() => fake.pollCount > 0 || undefined, STARTUP_WAIT, "first getUpdates");
      const { chat, user } = person();
      const { message_id } = fake.sendText(chat, user, "how much do lab techs make");
      const [reply] = await repliesAfter(fake, chat, message_id);
      expect(reply!.text).toContain("$60,290");
      for (const method of missing)
        expect(output()).toMatch(new RegExp(`"method":"${method}".*404 Not Found: method ${method}`));
      expect(child.exitCode).toBeNull();
    } finally {
      await fake.close();
    }
  });

  it("keeps the database in DATA_DIR, even when DATABASE_URL is a relative path from an old env file", async () => {
    const fake = await new FakeTelegram().start();
    const root = mkdtempSync(join(tmpdir(), "bot-data-"));
    const workdir = join(root, "app");
    mkdirSync(workdir);
    try {
      const env = {
        BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: fake.url,
        KNOWLEDGE_DIR: join(import.meta.dirname, "..", "knowledge"),
        DATA_DIR: join(root, "volume"),
      };
      const first = startMain({ ...env, DATABASE_URL: "./data/bot.sqlite" }, [], workdir);
      await fake.waitFor(() => fake.pollCount > 0 || undefined, STARTUP_WAIT, "first getUpdates");
      first.child.kill("SIGTERM");
      await once(first.child, "exit");
      expect(existsSync(join(root, "volume", "data", "bot.sqlite"))).toBe(true);
      expect(existsSync(join(workdir, "data"))).toBe(false);

      const polls = fake.pollCount;
      const second = startMain(env, [], workdir);
      await fake.waitFor(
        () => fake.pollCount > polls || undefined,
        STARTUP_WAIT,
        "getUpdates after a restart",
      );
      second.child.kill("SIGTERM");
      await once(second.child, "exit");
      expect(existsSync(join(root, "volume", "bot.sqlite"))).toBe(true);
    } finally {
      await fake.close();
    }
  });

  it("says in one line which data directory it cannot write, and how to fix it", async () => {
    // A file where the directory should be: mkdir fails for root too (chmod would not stop root).
    const root = mkdtempSync(join(tmpdir(), "bot-data-"));
    writeFileSync(join(root, "volume"), "not a directory");
    const dataDir = join(root, "volume", "data");
    const { child, output } = startMain({ BOT_TOKEN: TOKEN, DATA_DIR: dataDir });
    const [code] = await once(child, "exit");
    expect(code).toBe(1);
    const lines = output().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`Cannot write to the data directory ${dataDir} (ENOTDIR)`);
    expect(lines[0]).toMatch(/set DATA_DIR to a directory that is/);
  });

  it("says where it looked when started from another directory without a knowledge pack", async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), "bot-cwd-"));
    const { child, output } = startMain({ BOT_TOKEN: TOKEN }, [], elsewhere);
    const [code] = await once(child, "exit");
    expect(code).toBe(1);
    expect(output().trim()).toBe(
      `Cannot start: knowledge pack not found, looked in ${join(elsewhere, "knowledge")}. ` +
        "Set KNOWLEDGE_DIR to the pack's directory, or start the bot from the project directory.",
    );
  });

  it("as a user who may not write the data directory (EACCES), says so in one line", async (context) => {
    // As the image's non-root user meets a root-owned directory. Root passes every permission check, so the bot
    // runs as nobody; this node is a hard link, since nobody may not enter the directory the real one is in.
    const root = mkdtempSync(join(tmpdir(), "bot-eacces-"));
    chmodSync(root, 0o755);
    const node = join(root, "node");
    try {
      if (process.getuid?.() !== 0) throw new Error("not root");
      linkSync(process.execPath, node);
      execFileSync("runuser", ["-u", "nobody", "--", node, "-e", "0"], { stdio: "ignore" });
    } catch {
      return context.skip("needs root, runuser and a hard link to this node");
    }
    const dataDir = join(root, "owned-by-root", "data");
    mkdirSync(dirname(dataDir));
    const result = spawnSync(
      "runuser",
      [
        "-u",
        "nobody",
        "--",
        "env",
        `BOT_TOKEN=${TOKEN}`,
        `DATA_DIR=${dataDir}`,
        "NODE_ENV=production",
        "LOG_LEVEL=warn",
        node,
        MAIN,
      ],
      { encoding: "utf8", timeout: STARTUP_WAIT },
    );
    rmSync(node);
    expect(result.status).toBe(1);
    expect((result.stdout + result.stderr).trim()).toBe(
      `Cannot write to the data directory ${dataDir} (EACCES). Make it writable for this user, or set DATA_DIR to ` +
        "a directory that is (with Docker, leave DATA_DIR and DATABASE_URL unset and mount a volume at /data).",
    );
  });

  it("says in one line that a read-only data directory cannot be written, also to root", async (context) => {
    const mount = mkdtempSync(join(tmpdir(), "bot-ro-"));
    try {
      execFileSync("mount", ["-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", mount], { stdio: "ignore" });
    } catch {
      return context.skip("needs permission to mount a small tmpfs");
    }
    try {
      const { child, output } = startMain({ BOT_TOKEN: TOKEN, DATA_DIR: mount });
      const [code] = await once(child, "exit");
      expect(code).toBe(1);
      expect(output().trim()).toBe(
        `Cannot write to the data directory ${mount} (EROFS). Make it writable for this user, or set DATA_DIR to ` +
          "a directory that is (with Docker, leave DATA_DIR and DATABASE_URL unset and mount a volume at /data).",
      );
    } finally {
      execFileSync("umount", [mount]);
    }
  });

  it("says in one line that the disk is full at start", async (context) => {
    const mount = mkdtempSync(join(tmpdir(), "bot-full-"));
    try {
      execFileSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mount], { stdio: "ignore" });
    } catch {
      return context.skip("needs permission to mount a small tmpfs");
    }
    try {
      // Fill the small disk completely.
      spawnSync("dd", ["if=/dev/zero", `of=${join(mount, "filler")}`, "bs=4k"], { stdio: "ignore" });
      const { child, output } = startMain({ BOT_TOKEN: TOKEN, DATA_DIR: mount });
      const [code] = await once(child, "exit");
      expect(code).toBe(1);
      expect(output().trim()).toBe(
        `The disk holding the data directory ${mount} is full (ENOSPC). ` +
          "Free some space there, or set DATA_DIR to a directory on another disk.",
      );
    } finally {
      execFileSync("umount", [mount]);
    }
  });

  it("npm start on a Node.js older than 24 says it needs Node.js 24", (context) => {
    // The machine's own node, as found before Node.js 24 is put first on PATH.
    const oldNode = spawnSync("/usr/bin/node", ["-p", "process.versions.node"], { encoding: "utf8" });
    const major = Number(oldNode.stdout?.split(".")[0]);
    if (oldNode.status !== 0 || !(major < 24) || !existsSync("/usr/bin/npm"))
      return context.skip("needs a Node.js older than 24 and npm in /usr/bin");
    const result = spawnSync("/usr/bin/npm", ["start", "--silent"], {
      cwd: join(import.meta.dirname, ".."),
      env: { PATH: "/usr/bin:/bin", BOT_TOKEN: TOKEN },
      encoding: "utf8",
      timeout: STARTUP_WAIT,
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/^career-faq-bot needs Node\.js 24 or newer; this is Node\.js 2\d\./);
    expect(result.stderr).not.toMatch(/ERR_UNKNOWN_FILE_EXTENSION|at /);
  });

  it("--help describes the environment", async () => {
    const { child, output } = startMain({}, ["--help"]);
    await once(child, "exit");
    expect(output()).toMatch(/BOT_TOKEN/);
    expect(output()).toMatch(/TELEGRAM_API_ROOT/);
  });

  it("keeps its modules, stripped and compiled, in Node's compile cache for the next start", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "compile-cache-"));
    try {
      const { child } = startMain({ TMPDIR: tmp }, ["--help"]);
      await once(child, "exit");
      const cache = join(tmp, "node-compile-cache");
      const files = existsSync(cache) ? readdirSync(cache, { recursive: true }) : [];
      // One file per module: the bot's own (app.ts among them) and its packages'.
      expect(files.length).toBeGreaterThan(100);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it("starts without loading pg, prom-client or Node's bundled fetch, which polling on SQLite never uses", async () => {
    // At exit, after --help has loaded every module the bot starts with: which of them were loaded.
    const probe =
      "data:text/javascript,import { createRequire } from 'node:module'; process.on('exit', () => { " +
      "const files = Object.keys(createRequire(process.cwd() + '/').cache); console.log(JSON.stringify({" +
      " pg: files.some((p) => p.includes('/node_modules/pg/'))," +
      " promClient: files.some((p) => p.includes('/node_modules/prom-client/'))," +
      " undici: process.moduleLoadList.some((m) => m.includes('undici')) })); });";
    const run = spawnSync(process.execPath, ["--import", probe, MAIN, "--help"], { encoding: "utf8" });
    expect(JSON.parse(run.stdout.trim().split("\n").at(-1)!)).toEqual({
      pg: false,
      promClient: false,
      undici: false,
    });
  });

  it("registers its commands, answers, and stops on SIGTERM with exit code 0", async () => {
    const fake = await new FakeTelegram().start();
    try {
      const { child } = startMain({
        BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: fake.url,
        DATABASE_URL: ":memory:",
      });
      await fake.waitFor(() => fake.pollCount > 0 || undefined, STARTUP_WAIT, "first getUpdates");
      expect(fake.commands[0]).toEqual(
        expect.arrayContaining([expect.objectContaining({ command: "topics" })]),
      );
      const { chat, user } = person();
      const { message_id } = fake.sendText(chat, user, "how much do lab techs make");
      const [reply] = await repliesAfter(fake, chat, message_id);
      expect(reply!.text).toContain("$60,290");
      const started = Date.now();
      child.kill("SIGTERM");
      const [code] = await once(child, "exit");
      expect(code).toBe(0);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await fake.close();
    }
  });

  it.each([
    ["SQLite", async () => temporaryDatabase()],
    ["PostgreSQL", freshPostgresDatabase],
  ])(
    "on %s: sends a due daily tip at start, and not again after a restart the same day",
    async (_, create) => {
      const fake = await new FakeTelegram().start();
      const database = await create();
      const { chat } = person();
      const storage = await openStorage(database);
      // A zone where it is about noon now, so the test never straddles a local midnight; hour 0 is due all day.
      const offset = 12 - new Date().getUTCHours();
      const noonZone = offset === 0 ? "UTC" : `Etc/GMT${offset > 0 ? "-" : "+"}${Math.abs(offset)}`;
      await storage.upsertSubscriber(chat.id, 0, noonZone, Date.now());
      await storage.close();
      const env = { BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.url, DATABASE_URL: database, RECORDS_KEY };
      try {
        const first = startMain(env).child;
        await fake.waitFor(
          () => fake.botMessages(chat.id).length > 0 || undefined,
          STARTUP_WAIT,
          "the daily tip",
        );
        expect(fake.botMessages(chat.id)[0]!.text).toMatch(/^💡 Career tip/);
        first.kill("SIGTERM");
        await once(first, "exit");

        const second = startMain(env).child;
        const polls = fake.pollCount;
        await fake.waitFor(
          () => fake.pollCount > polls + 1 || undefined,
          STARTUP_WAIT,
          "the restarted bot polling",
        );
        expect(fake.botMessages(chat.id)).toHaveLength(1);
        second.kill("SIGTERM");
        await once(second, "exit");
      } finally {
        await fake.close();
      }
    },
  );
});

const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

describe("npm start keeps its data private", { timeout: TEST_TIMEOUT }, () => {
  /** Starts the bot on a fresh data directory, asks one question, and stops it; returns what it printed. */
  async function askOnce(database: string, env: Record<string, string> = {}) {
    const fake = await new FakeTelegram().start();
    try {
      const { child, output } = startMain({
        BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: fake.url,
        DATABASE_URL: database,
        ...env,
      });
      const { chat, user } = person();
      const { message_id } = fake.sendText(chat, user, "how much do nurses make");
      await repliesAfter(fake, chat, message_id);
      // While the bot runs, SQLite's side files exist; they must be as private as the database.
      const modes = Object.fromEntries(
        ["", "-wal", "-shm"].map((suffix) => [suffix || "db", mode(database + suffix)]),
      );
      child.kill("SIGTERM");
      await once(child, "exit");
      return { chat, modes, output: output() };
    } finally {
      await fake.close();
    }
  }

  it("makes the data directory 0700, the database and its -wal and -shm 0600, and a 0600 key file", async () => {
    const database = join(dirname(temporaryDatabase()), "new", "bot.sqlite");
    const { chat, modes, output } = await askOnce(database);
    expect(mode(dirname(database))).toBe("700");
    expect(modes).toEqual({ db: "600", "-wal": "600", "-shm": "600" });
    const keyFile = join(dirname(database), "records.key");
    expect(mode(keyFile)).toBe("600");
    expect(output).toContain(keyFile);

    // The question's chat hash is made with the key from the file, which is not in the database.
    const key = readFileSync(keyFile, "utf8").trim();
    const storage = openSqlite(database);
    await vi.waitFor(async () => expect(await storage.questionsSince(0)).toHaveLength(1));
    expect((await storage.questionsSince(0))[0]!.chatHash).toBe(hashId(key, chat.id));
    await storage.close();
  });

  it("hashes with RECORDS_KEY when it is set, and writes no key file", async () => {
    const database = temporaryDatabase();
    const key = "an-operator-chosen-key-of-at-least-32-chars";
    const { chat } = await askOnce(database, { RECORDS_KEY: key });
    expect(existsSync(join(dirname(database), "records.key"))).toBe(false);
    const storage = openSqlite(database);
    expect((await storage.questionsSince(0))[0]!.chatHash).toBe(hashId(key, chat.id));
    await storage.close();
  });

  it("refuses PostgreSQL without RECORDS_KEY, in one line", async () => {
    const { child, output } = startMain({ BOT_TOKEN: TOKEN, DATABASE_URL: "postgres://bot@127.0.0.1:9/bot" });
    const [code] = await once(child, "exit");
    expect(code).toBe(1);
    expect(output().trim()).toMatch(/^RECORDS_KEY is required with PostgreSQL: [^\n]*$/);
  });

  it("--help and .env.example name RECORDS_KEY", async () => {
    const { child, output } = startMain({}, ["--help"]);
    await once(child, "exit");
    expect(output()).toMatch(/RECORDS_KEY/);
    expect(readFileSync(".env.example", "utf8")).toMatch(/RECORDS_KEY/);
  });
});
