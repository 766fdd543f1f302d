import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it, vi } from "vitest";
import { STALE_BUTTON_NOTICE, UNKNOWN_COMMAND } from "../src/bot/features/fallback.ts";
import { ASK_WHAT_WAS_MISSING, COMMENT_NOTED, THANKS_DOWN, THANKS_UP } from "../src/bot/features/feedback.ts";
import { purgeOldRecords } from "../src/curation/retention.ts";
import { groupUnanswered, type Stats } from "../src/curation/stats.ts";
import { MIGRATIONS, openSqlite } from "../src/storage/sqlite.ts";
import type { QuestionRecord } from "../src/storage/storage.ts";
import {
  ask,
  botsPerTest,
  button,
  buttons,
  type Harness,
  holdsId,
  person,
  RECORDS_KEY,
  repliesAfter,
  temporaryDatabase,
} from "./helpers/bot-harness.ts";
import { copyOfKnowledge, realKnowledge } from "./helpers/knowledge.ts";
import { freshPostgresDatabase } from "./helpers/postgres.ts";

const run = promisify(execFile);
const bot = botsPerTest();

function callbackAnswer(h: Harness, id: string) {
  return h.fake.waitFor(() =>
    h.fake.callsOf("answerCallbackQuery").find((c) => c.params.callback_query_id === id),
  );
}

describe("👍 / 👎 under answers", () => {
  it("stores one vote per person and answer, shows the choice, and lets the person change it", async () => {
    const h = await bot();
    const { chat, user } = person();
    const [answer] = await ask(h.fake, chat, user, "how much do lab techs make");
    const shown = () => h.fake.botMessages(chat.id).find((m) => m.message_id === answer!.message_id)!;

    const up = h.fake.press(chat, user, answer!.message_id, button(answer!, "👍"));
    expect((await callbackAnswer(h, up)).params.text).toBe(THANKS_UP);
    await h.fake.waitFor(() => buttons(shown()).some((b) => b.text === "👍 ✓") || undefined);

    const down = h.fake.press(chat, user, answer!.message_id, button(shown(), "👎"));
    expect((await callbackAnswer(h, down)).params.text).toBe(THANKS_DOWN);
    const [sorry] = await repliesAfter(h.fake, chat, answer!.message_id);
    expect(sorry!.text).toBe(ASK_WHAT_WAS_MISSING);
    expect(buttons(sorry!).length).toBeGreaterThan(0);
    expect(buttons(shown()).map((b) => b.text)).toEqual(expect.arrayContaining(["👍", "👎 ✓"]));

    const votes = await h.storage.votesSince(0);
    expect(votes).toHaveLength(1);
    expect(votes[0]).toMatchObject({ entryId: "salary", vote: -1 });
    expect(holdsId(votes[0]!.userHash, user.id)).toBe(false);
  });

  it("keeps the message after a 👎 as a comment, and still answers it", async () => {
    const h = await bot();
    const { chat, user } = person();
    const [answer] = await ask(h.fake, chat, user, "salary");
    h.fake.press(chat, user, answer!.message_id, button(answer!, "👎"));
    await repliesAfter(h.fake, chat, answer!.message_id);
    const replies = await ask(h.fake, chat, user, "what do lab techs earn in Texas", 2);
    expect(replies[0]!.text).toBe(COMMENT_NOTED);
    expect((await h.storage.votesSince(0))[0]?.comment).toBe("what do lab techs earn in Texas");
  });

  it("rejects forged vote buttons without crashing", async () => {
    const h = await bot();
    const { chat, user } = person();
    const [answer] = await ask(h.fake, chat, user, "salary");
    for (const data of ["V:no-such-entry:up", "V:salary:sideways", "V:salary", "V:salary:up:up"]) {
      const id = h.fake.press(chat, user, answer!.message_id, data);
      expect((await callbackAnswer(h, id)).params.text).toBe(STALE_BUTTON_NOTICE);
    }
    expect(await h.storage.votesSince(0)).toEqual([]);
  });
});

describe("curation records and npm run stats", () => {
  const engines = [
    ["SQLite", async () => temporaryDatabase()],
    ["PostgreSQL", freshPostgresDatabase],
  ] as const;

  it.each(engines)(
    "on %s: records unanswered questions with hashed chat ids, and stats groups them",
    async (_, create) => {
      const h = await bot({ databasePath: await create() });
      const { chat, user } = person();
      await ask(h.fake, chat, user, "how much do nurses make");
      await ask(h.fake, chat, user, "how much do nurses make?");
      await ask(h.fake, chat, user, "salary");
      // Records are written just after the reply goes out.
      await vi.waitFor(async () => expect(await h.storage.questionsSince(0)).toHaveLength(3));
      const rows = await h.storage.questionsSince(0);
      expect(rows.map((r) => r.outcome)).toEqual(["none", "none", "answer"]);
      expect(rows[0]).toMatchObject({ text: "how much do nurses make", normalized: "salari nurs" });
      expect(rows[0]!.kbVersion).toMatch(/^1\.0\.0\+/);
      expect(holdsId(rows[0]!.chatHash, chat.id)).toBe(false);

      const { stdout } = await run(
        process.execPath,
        ["src/curation/stats-cli.ts", "--json", "--since", "1d", "--db", h.databasePath],
        {
          env: { PATH: process.env.PATH ?? "" },
        },
      );
      const stats = JSON.parse(stdout) as Stats;
      expect(stats).toMatchObject({ questions: 3, answered: 1, unanswered: 2 });
      expect(stats.topUnanswered[0]).toMatchObject({ count: 2, normalized: "salari nurs" });
      const table = await run(process.execPath, ["src/curation/stats-cli.ts", "--db", h.databasePath]);
      expect(table.stdout).toMatch(/2×\s+how much do nurses make/);
    },
  );

  it.each(engines)(
    "on %s: kb:suggest lists the nearest entries for the top unanswered questions",
    async (_, create) => {
      const h = await bot({ databasePath: await create() });
      const { chat, user } = person();
      await ask(h.fake, chat, user, "what's the pay for a lab tech in Texas and California");
      await vi.waitFor(async () => expect(await h.storage.questionsSince(0)).toHaveLength(1));
      await h.storage.recordQuestion({ ...(await h.storage.questionsSince(0))[0]!, outcome: "none" });
      const { stdout } = await run(process.execPath, ["src/curation/suggest-cli.ts", "--db", h.databasePath]);
      expect(stdout).toMatch(/salary/);
    },
  );

  it("groups similar wordings together with Fuse.js", async () => {
    const record = (text: string, normalized: string): QuestionRecord => ({
      at: 0,
      chatHash: "x",
      outcome: "none",
      text,
      normalized,
      candidates: [],
      kbVersion: "1",
    });
    const groups = groupUnanswered([
      record("nurse salary", "nurs salari"),
      record("nurses salary?", "nurs salari"),
      record("nurse salaries", "nurs salaris"),
      record("weather", "weather"),
    ]);
    expect(groups[0]).toMatchObject({ count: 3, text: "nurse salary" });
    expect(groups[1]).toMatchObject({ count: 1, text: "weather" });
  });

  it("deletes records past the retention period, keeping recent ones", async () => {
    const storage = openSqlite(temporaryDatabase());
    const day = 86_400_000;
    const now = Date.UTC(2026, 5, 1);
    const base = {
      chatHash: "x",
      outcome: "none" as const,
      text: "t",
      normalized: "t",
      candidates: [],
      kbVersion: "1",
    };
    await storage.recordQuestion({ ...base, at: now - 91 * day });
    await storage.recordQuestion({ ...base, at: now - 89 * day });
    await storage.setVote({ userHash: "u", entryId: "salary", vote: -1, at: now - 100 * day });
    expect(await purgeOldRecords(storage, now, 90)).toBe(2);
    expect((await storage.questionsSince(0)).map((q) => q.at)).toEqual([now - 89 * day]);
    await storage.close();
  });

  it("upgrades an older database in place", async () => {
    const path = temporaryDatabase();
    const old = openSqlite(path, MIGRATIONS.slice(0, 1));
    await old.upsertSubscriber(1, 8, "UTC", 0);
    await old.close();
    const current = openSqlite(path, MIGRATIONS, { recordsKey: RECORDS_KEY });
    expect((await current.getSubscriber(1))?.hour).toBe(8);
    await current.setDialog({ chatId: 1, step: "comment", editing: false, entryId: "salary" }, 0);
    expect((await current.getDialog(1))?.entryId).toBe("salary");
    await current.close();
  });
});

describe("admin commands", () => {
  it("are refused to everyone not in ADMIN_IDS", async () => {
    const h = await bot({ adminIds: [42] });
    const { chat, user } = person();
    expect((await ask(h.fake, chat, user, "/stats"))[0]!.text).toBe(UNKNOWN_COMMAND);
    expect((await ask(h.fake, chat, user, "/reload"))[0]!.text).toBe(UNKNOWN_COMMAND);
  });

  it("/stats gives an admin the short summary", async () => {
    const admin = person("Admin");
    const h = await bot({ adminIds: [admin.user.id] });
    await ask(h.fake, admin.chat, admin.user, "how much do nurses make");
    await vi.waitFor(async () => expect(await h.storage.questionsSince(0)).toHaveLength(1));
    const [summary] = await ask(h.fake, admin.chat, admin.user, "/stats");
    expect(summary!.text).toMatch(/Last 7 days: 1 questions, 0 answered/);
    expect(summary!.text).toMatch(/1× how much do nurses make/);
  });

  // A reload teaches the learned model again and its first answer reads the new one in (seconds, longer on a loaded
  // machine); what is checked is the replies, not their speed.
  const RELOAD_WAIT = 30_000;

  it("/reload keeps the old knowledge on a broken file, and serves the new answer once fixed", {
    timeout: 90_000,
  }, async () => {
    const dir = await copyOfKnowledge();
    const admin = person("Admin");
    const h = await bot({ adminIds: [admin.user.id], knowledgeDir: dir });
    const jobs = join(dir, "entries", "jobs.yaml");
    const original = await readFile(jobs, "utf8");

    await writeFile(
      jobs,
      original.replace("  question: How much does a medical laboratory technician earn?", "  questoin: typo"),
    );
    const [failed] = await ask(h.fake, admin.chat, admin.user, "/reload", 1, RELOAD_WAIT);
    expect(failed!.text).toMatch(/Reload failed; still serving 1\.0\.0\+/);
    expect(failed!.text).toMatch(/entries\/jobs\.yaml:\d+ \[3\] \(id salary\)/);
    expect((await ask(h.fake, admin.chat, admin.user, "salary"))[0]!.text).toContain("$60,290");

    await writeFile(
      jobs,
      original.replace("Pay depends on your education", "Pay (updated) depends on your education"),
    );
    const [ok] = await ask(h.fake, admin.chat, admin.user, "/reload", 1, RELOAD_WAIT);
    const { entries } = await realKnowledge();
    expect(ok!.text).toMatch(new RegExp(`^Reloaded: knowledge 1\\.0\\.0\\+\\w+, ${entries.length} entries`));
    const [answer] = await ask(h.fake, admin.chat, admin.user, "salary", 1, RELOAD_WAIT);
    expect(answer!.text).toContain("Pay (updated) depends");
  });

  it("/reload under load: every reply comes whole from one knowledge version", {
    timeout: 90_000,
  }, async () => {
    const dir = await copyOfKnowledge();
    const admin = person("Admin");
    const h = await bot({ adminIds: [admin.user.id], knowledgeDir: dir });
    const jobs = join(dir, "entries", "jobs.yaml");
    await writeFile(jobs, (await readFile(jobs, "utf8")).replace("Pay depends on", "Pay (v2) depends on"));
    const people = Array.from({ length: 30 }, () => person());
    for (const p of people) h.fake.sendText(p.chat, p.user, "salary");
    h.fake.sendText(admin.chat, admin.user, "/reload");
    for (const p of people) h.fake.sendText(p.chat, p.user, "salary");
    for (const p of people) {
      const replies = await h.fake.waitFor(() => {
        const m = h.fake.botMessages(p.chat.id);
        return m.length >= 2 ? m : undefined;
      }, RELOAD_WAIT);
      for (const r of replies) expect(/Pay depends on|Pay \(v2\) depends on/.test(r.text)).toBe(true);
    }
  });
});
