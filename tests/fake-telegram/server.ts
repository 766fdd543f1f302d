// A local fake of the Telegram Bot API over HTTP, strict about Telegram's rules, with fault injection.
// Tests point grammY at it with `client.apiRoot` and talk to the bot as Telegram would.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { EntityParseError, parseHtml } from "./html.ts";

export const TOKEN = "123456:TEST-token-for-the-fake-telegram-api";
export const BOT_USER = {
  id: 123456,
  is_bot: true,
  first_name: "Career FAQ",
  username: "career_faq_test_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
} as const;

export interface Chat {
  id: number;
  type: "private" | "group" | "supergroup";
  title?: string;
  first_name?: string;
}

export interface User {
  id: number;
  is_bot: false;
  first_name: string;
}

export interface Call {
  method: string;
  params: Record<string, unknown>;
  at: number;
  ok: boolean;
  error?: string;
  /** The label in the client's API root (`${url}/<label>`), to tell several bot processes apart. */
  via?: string;
}

/** A message as the chat shows it now: edits replace text and keyboard. */
export interface ShownMessage {
  message_id: number;
  chat_id: number;
  from_bot: boolean;
  text: string;
  html?: string;
  reply_markup?: { inline_keyboard: Button[][] };
  edits: number;
}

export interface Button {
  text: string;
  callback_data?: string;
  url?: string;
  switch_inline_query?: string;
}

export interface Fault {
  status: number;
  description: string;
  retry_after?: number;
}

type Json = Record<string, unknown>;

/** Messages one chat may get at once before its own limit (about one a second) applies. */
const CHAT_BURST = 3;

const STALE_QUERY = "Bad Request: query is too old and response timeout expired or query ID is invalid";
type Update = Json & { update_id: number };

interface ApiError {
  status: number;
  description: string;
  retry_after?: number;
}

const apiError = (status: number, description: string, retry_after?: number): ApiError => ({
  status,
  description,
  ...(retry_after === undefined ? {} : { retry_after }),
});

function isApiError(x: unknown): x is ApiError {
  return typeof x === "object" && x !== null && "status" in x && "description" in x;
}

/** One POST of an update to the bot's webhook, as Telegram makes it. */
export interface WebhookPost {
  update_id: number;
  target: string;
  status: number;
  at: number;
}

interface Webhook {
  url: string;
  secret?: string;
  maxConnections: number;
  allowedUpdates?: string[];
}

/** Whose updates must arrive in order: Telegram delivers one chat's updates one at a time. */
function chatOf(update: Update): string {
  const u = update as Record<
    string,
    { chat?: { id: number }; from?: { id: number }; message?: { chat?: { id: number } } }
  >;
  for (const value of Object.values(u)) {
    if (typeof value !== "object" || value === null) continue;
    const id = value.chat?.id ?? value.message?.chat?.id ?? value.from?.id;
    if (id !== undefined) return String(id);
  }
  return String(update.update_id);
}

export interface FakeTelegramOptions {
  /** Average sendMessage calls accepted per second across all chats; faster clients get 429 with retry_after. */
  sendRatePerSecond?: number;
  /** Average sendMessage calls accepted per second in one chat, when sendRatePerSecond is set (Telegram: 1). */
  chatRatePerSecond?: number;
  /** Longest a getUpdates long poll may hang, in ms (tests need no 30-second polls). */
  maxPollMs?: number;
  /** Wait before a failed webhook delivery is tried again, in ms (Telegram backs off for seconds to minutes). */
  webhookRetryMs?: number;
  /** A test's virtual clock (ms since the epoch): the rate limits and the calls' `at` read it instead of real time. */
  clock?: () => number;
}

export class FakeTelegram {
  readonly calls: Call[] = [];
  /** Calls held back by `hangNext` or `delayNext`, as they arrived. */
  readonly heldCalls: Call[] = [];
  readonly messages = new Map<number, ShownMessage[]>();
  readonly commands: unknown[] = [];
  private server: Server;
  private updates: Update[] = [];
  private nextUpdateId = 1;
  private nextMessageId = 1;
  private nextCallbackId = 1;
  private openCallbacks = new Set<string>();
  private openInline = new Set<string>();
  private pollWaiters: (() => void)[] = [];
  private callWaiters: (() => void)[] = [];
  private faults = new Map<string, Fault[]>();
  private hangs = new Map<string, number>();
  private unanswered = new Set<string>();
  private delays = new Map<string, number[]>();
  private blocked = new Set<number>();
  private tokens: number | undefined;
  private refilledAt = 0;
  private chatTokens = new Map<number, { tokens: number; at: number }>();
  private getUpdatesCount = 0;
  firstGetUpdatesAt: number | undefined;
  /** The highest update_id getUpdates has handed out (answered or not). */
  handedOut = 0;
  url = "";
  /** What setWebhook registered; undefined while the bot polls. */
  webhook: Webhook | undefined;
  /** Several instances behind a load balancer: deliveries go round-robin to these instead of the webhook URL. */
  webhookTargets: string[] | undefined;
  readonly webhookPosts: WebhookPost[] = [];
  private delivering = new Set<string>();
  private deliveryRound = 0;
  private lastWebhookError: { date: number; message: string } | undefined;

  private readonly options: FakeTelegramOptions;

  constructor(options: FakeTelegramOptions = {}) {
    this.options = options;
    this.server = createServer((req, res) => {
      void this.handle(req).then(({ status, body }) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      });
    });
  }

  /** Listens on `port` (any free one by default; a fixed one to come back where a closed fake was). */
  async start(port = 0): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(port, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    for (const wake of this.pollWaiters.splice(0)) wake();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // === The user's side: what people do in Telegram

  private push(update: Json): number {
    const update_id = this.nextUpdateId++;
    this.updates.push({ update_id, ...update });
    for (const wake of this.pollWaiters.splice(0)) wake();
    this.pumpWebhook();
    return update_id;
  }

  /**
   * Webhook delivery as Telegram does it: updates POSTed with the secret header, one at a time per chat, at most
   * max_connections at once; an update whose request fails (not 2xx, or no answer) stays queued and is retried.
   */
  private pumpWebhook(): void {
    const hook = this.webhook;
    if (!hook) return;
    for (const update of this.updates) {
      if (this.delivering.size >= hook.maxConnections) return;
      const chat = chatOf(update);
      if (this.delivering.has(chat)) continue;
      this.delivering.add(chat);
      const targets = this.webhookTargets ?? [hook.url];
      const target = targets[this.deliveryRound++ % targets.length]!;
      void this.postUpdate(update, hook, target).then((ok) => {
        if (ok) this.updates = this.updates.filter((u) => u !== update);
        const again = () => {
          this.delivering.delete(chat);
          this.pumpWebhook();
        };
        if (ok) again();
        else setTimeout(again, this.options.webhookRetryMs ?? 200).unref();
      });
    }
  }

  private async postUpdate(update: Update, hook: Webhook, target: string): Promise<boolean> {
    let status = 0;
    try {
      const res = await fetch(target, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(hook.secret ? { "x-telegram-bot-api-secret-token": hook.secret } : {}),
        },
        body: JSON.stringify(update),
        signal: AbortSignal.timeout(60_000),
      });
      status = res.status;
      await res.arrayBuffer();
    } catch (error) {
      this.lastWebhookError = { date: Math.floor(Date.now() / 1000), message: String(error) };
    }
    this.webhookPosts.push({ update_id: update.update_id, target, status, at: Date.now() });
    for (const wake of this.callWaiters.splice(0)) wake();
    const ok = status >= 200 && status < 300;
    if (!ok && status !== 0)
      this.lastWebhookError = {
        date: Math.floor(Date.now() / 1000),
        message: `Wrong response from the webhook: ${status}`,
      };
    return ok;
  }

  private userMessage(chat: Chat, from: User, fields: Json): Json {
    const message_id = this.nextMessageId++;
    const message = { message_id, date: Math.floor(Date.now() / 1000), chat, from, ...fields };
    this.shown(chat.id).push({
      message_id,
      chat_id: chat.id,
      from_bot: false,
      text: typeof fields.text === "string" ? fields.text : "",
      edits: 0,
    });
    return message;
  }

  /** A text message from `from` in `chat`; commands and @mentions get their entities, as Telegram sends them. */
  sendText(
    chat: Chat,
    from: User,
    text: string,
    extra: Json = {},
  ): { update_id: number; message_id: number } {
    const entities: Json[] = [];
    const command = /^\/[a-z_]+(@\w+)?/i.exec(text);
    if (command) entities.push({ type: "bot_command", offset: 0, length: command[0].length });
    for (const m of text.matchAll(/@\w+/g))
      if (!command || m.index >= command[0].length)
        entities.push({ type: "mention", offset: m.index, length: m[0].length });
    const message = this.userMessage(chat, from, {
      text,
      ...(entities.length ? { entities } : {}),
      ...extra,
    });
    return { update_id: this.push({ message }), message_id: message.message_id as number };
  }

  /** Anything that is not text: a sticker, photo, voice note, location, document… */
  sendOther(chat: Chat, from: User, fields: Json): number {
    return this.push({ message: this.userMessage(chat, from, fields) });
  }

  editText(chat: Chat, from: User, message_id: number, text: string): number {
    const shown = this.shown(chat.id).find((m) => m.message_id === message_id);
    if (shown) shown.text = text;
    return this.push({
      edited_message: {
        message_id,
        date: Math.floor(Date.now() / 1000),
        edit_date: Math.floor(Date.now() / 1000),
        chat,
        from,
        text,
      },
    });
  }

  /** Presses a button (or forges a press with any data); returns the callback query id. */
  press(chat: Chat, from: User, message_id: number, data: string): string {
    const id = `cb${this.nextCallbackId++}`;
    this.openCallbacks.add(id);
    const shown = this.shown(chat.id).find((m) => m.message_id === message_id);
    this.push({
      callback_query: {
        id,
        from,
        chat_instance: String(chat.id),
        data,
        message: { message_id, date: 0, chat, from: BOT_USER, text: shown?.text ?? "" },
      },
    });
    return id;
  }

  inlineQuery(from: User, query: string): string {
    const id = `iq${this.nextCallbackId++}`;
    this.openInline.add(id);
    this.push({ inline_query: { id, from, query, offset: "" } });
    return id;
  }

  raw(update: Json): number {
    return this.push(update);
  }

  /** The next `count` calls of `method` never get an answer, as when the bot's process dies mid-request. */
  hangNext(method: string, count = 1): void {
    this.hangs.set(method, (this.hangs.get(method) ?? 0) + count);
  }

  /** The next `count` calls of `method` are answered only after `ms`, as a slow Bot API would. */
  /** While on, calls of `method` take effect (and are recorded) but get no answer. */
  answerNone(method: string, on: boolean): void {
    if (on) this.unanswered.add(method);
    else this.unanswered.delete(method);
  }

  delayNext(method: string, ms: number, count = 1): void {
    const list = this.delays.get(method) ?? [];
    for (let i = 0; i < count; i++) list.push(ms);
    this.delays.set(method, list);
  }

  block(chatId: number): void {
    this.blocked.add(chatId);
  }

  /** The next `count` calls of `method` fail with `fault`. */
  failNext(method: string, fault: Fault, count = 1): void {
    const list = this.faults.get(method) ?? [];
    for (let i = 0; i < count; i++) list.push(fault);
    this.faults.set(method, list);
  }

  // === Observations

  shown(chatId: number): ShownMessage[] {
    let list = this.messages.get(chatId);
    if (!list) {
      list = [];
      this.messages.set(chatId, list);
    }
    return list;
  }

  botMessages(chatId: number): ShownMessage[] {
    return this.shown(chatId).filter((m) => m.from_bot);
  }

  callsOf(method: string): Call[] {
    return this.calls.filter((c) => c.method === method);
  }

  get pendingUpdates(): number {
    return this.updates.length;
  }

  get pollCount(): number {
    return this.getUpdatesCount;
  }

  /** Resolves once `check` returns a value (re-checked after every API call), or rejects after `timeoutMs`. */
  async waitFor<T>(check: () => T | undefined | false, timeoutMs = 5_000, what = "condition"): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value !== undefined && value !== false) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`fake telegram: timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 50));
        this.callWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  // === The Bot API

  private async handle(req: IncomingMessage): Promise<{ status: number; body: Json }> {
    const match = /^(?:\/([\w-]+))?\/bot([^/]+)\/(\w+)$/.exec(req.url ?? "");
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (!match) return { status: 404, body: { ok: false, error_code: 404, description: "Not Found" } };
    const [, via, token, method] = match as unknown as [string, string | undefined, string, string];
    let params: Json = {};
    try {
      const raw = Buffer.concat(chunks).toString("utf8");
      params = raw ? (JSON.parse(raw) as Json) : {};
    } catch {
      return this.record(method, params, via, apiError(400, "Bad Request: invalid JSON"));
    }
    if (token !== TOKEN) return this.record(method, params, via, apiError(401, "Unauthorized"));
    const hangs = this.hangs.get(method) ?? 0;
    if (hangs > 0) {
      this.hangs.set(method, hangs - 1);
      this.hold(method, params, via);
      return new Promise(() => {});
    }
    const delay = this.delays.get(method)?.shift();
    if (delay) {
      this.hold(method, params, via);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
    const fault = this.faults.get(method)?.shift();
    if (fault)
      return this.record(method, params, via, apiError(fault.status, fault.description, fault.retry_after));
    try {
      const reply = this.record(method, params, via, await this.dispatch(method, params));
      // Done and recorded, but the caller never hears back: a sender killed with its requests under way.
      if (this.unanswered.has(method)) return new Promise(() => {});
      return reply;
    } catch (error) {
      if (isApiError(error)) return this.record(method, params, via, error);
      throw error;
    }
  }

  private stamp(): number {
    return this.options.clock?.() ?? Date.now();
  }

  private hold(method: string, params: Json, via: string | undefined): void {
    this.heldCalls.push({ method, params, at: this.stamp(), ok: false, ...(via ? { via } : {}) });
    for (const wake of this.callWaiters.splice(0)) wake();
  }

  private record(
    method: string,
    params: Json,
    via: string | undefined,
    outcome: unknown,
  ): { status: number; body: Json } {
    const failed = isApiError(outcome);
    if (method !== "getUpdates" || failed)
      this.calls.push({
        method,
        params,
        at: this.stamp(),
        ok: !failed,
        ...(failed ? { error: outcome.description } : {}),
        ...(via ? { via } : {}),
      });
    for (const wake of this.callWaiters.splice(0)) wake();
    if (failed)
      return {
        status: outcome.status,
        body: {
          ok: false,
          error_code: outcome.status,
          description: outcome.description,
          ...(outcome.retry_after === undefined ? {} : { parameters: { retry_after: outcome.retry_after } }),
        },
      };
    return { status: 200, body: { ok: true, result: outcome as Json } };
  }

  private async dispatch(method: string, p: Json): Promise<unknown> {
    switch (method) {
      case "getMe":
        return BOT_USER;
      case "getUpdates":
        return this.getUpdates(p);
      case "setWebhook":
        return this.setWebhook(p);
      case "deleteWebhook":
        this.webhook = undefined;
        if (p.drop_pending_updates === true) this.updates = [];
        return true;
      case "getWebhookInfo":
        return {
          url: this.webhook?.url ?? "",
          has_custom_certificate: false,
          pending_update_count: this.updates.length,
          ...(this.webhook
            ? { max_connections: this.webhook.maxConnections, allowed_updates: this.webhook.allowedUpdates }
            : {}),
          ...(this.lastWebhookError
            ? {
                last_error_date: this.lastWebhookError.date,
                last_error_message: this.lastWebhookError.message,
              }
            : {}),
        };
      case "setMyDescription":
      case "setMyShortDescription":
        return true;
      case "setMyCommands":
        this.commands.push(p.commands);
        return true;
      case "sendMessage":
        return this.sendMessage(p);
      case "editMessageText":
        return this.editMessageText(p);
      case "editMessageReplyMarkup":
        return this.editMessageReplyMarkup(p);
      case "answerCallbackQuery":
        return this.answerCallbackQuery(p);
      case "answerInlineQuery":
        return this.answerInlineQuery(p);
      default:
        throw apiError(404, `Not Found: method ${method} is not in the fake`);
    }
  }

  private setWebhook(p: Json): boolean {
    if (typeof p.url !== "string" || !/^https?:\/\//.test(p.url))
      throw apiError(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook");
    const secret = p.secret_token;
    if (secret !== undefined && (typeof secret !== "string" || !/^[A-Za-z0-9_-]{1,256}$/.test(secret)))
      throw apiError(400, "Bad Request: secret token contains unallowed characters");
    const max = p.max_connections ?? 40;
    if (typeof max !== "number" || max < 1 || max > 100)
      throw apiError(400, "Bad Request: bad webhook: max_connections must be between 1 and 100");
    const allowed = Array.isArray(p.allowed_updates)
      ? (p.allowed_updates as string[])
      : this.webhook?.allowedUpdates;
    this.webhook = {
      url: p.url,
      maxConnections: max,
      ...(typeof secret === "string" ? { secret } : {}),
      ...(allowed ? { allowedUpdates: allowed } : {}),
    };
    if (p.drop_pending_updates === true) this.updates = [];
    this.pumpWebhook();
    return true;
  }

  private async getUpdates(p: Json): Promise<Update[]> {
    if (this.webhook)
      throw apiError(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    this.getUpdatesCount++;
    this.firstGetUpdatesAt ??= Date.now();
    const offset = typeof p.offset === "number" ? p.offset : 0;
    // Updates below the offset are confirmed: Telegram forgets them.
    this.updates = this.updates.filter((u) => u.update_id >= offset);
    const limit = typeof p.limit === "number" ? p.limit : 100;
    const timeoutMs = Math.min(
      (typeof p.timeout === "number" ? p.timeout : 0) * 1000,
      this.options.maxPollMs ?? 500,
    );
    if (this.updates.length === 0 && timeoutMs > 0)
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        this.pollWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    const batch = this.updates.slice(0, limit);
    this.handedOut = Math.max(this.handedOut, batch.length === 0 ? 0 : batch.at(-1)!.update_id);
    return batch;
  }

  /**
   * Token buckets, as Telegram tolerates short bursts around its limits: across chats `sendRatePerSecond` on
   * average with a burst of a tenth of a second's worth (at least one message); in one chat `chatRatePerSecond` (1)
   * with a burst of 3. A client that goes faster on average gets 429s; a refused call takes no token.
   */
  private checkRate(chatId: number): void {
    const rate = this.options.sendRatePerSecond;
    if (!rate) return;
    const now = this.options.clock?.() ?? performance.now();
    const burst = Math.max(1, rate / 10);
    const tokens = Math.min(burst, (this.tokens ?? burst) + ((now - this.refilledAt) * rate) / 1000);
    const chatRate = this.options.chatRatePerSecond ?? 1;
    const chat = this.chatTokens.get(chatId);
    const chatTokens = chat
      ? Math.min(CHAT_BURST, chat.tokens + ((now - chat.at) * chatRate) / 1000)
      : CHAT_BURST;
    this.tokens = tokens;
    this.refilledAt = now;
    this.chatTokens.set(chatId, { tokens: chatTokens, at: now });
    if (tokens < 1 || chatTokens < 1) throw apiError(429, "Too Many Requests: retry after 1", 1);
    this.tokens = tokens - 1;
    this.chatTokens.set(chatId, { tokens: chatTokens - 1, at: now });
  }

  private text(p: Json): { text: string; html?: string } {
    const raw = typeof p.text === "string" ? p.text : "";
    let text = raw;
    if (p.parse_mode === "HTML") {
      try {
        text = parseHtml(raw);
      } catch (error) {
        if (error instanceof EntityParseError)
          throw apiError(400, `Bad Request: can't parse entities: ${error.message}`);
        throw error;
      }
    } else if (p.parse_mode !== undefined)
      throw apiError(400, `Bad Request: unsupported parse_mode ${String(p.parse_mode)}`);
    if (text.trim().length === 0) throw apiError(400, "Bad Request: message text is empty");
    if (text.length > 4096) throw apiError(400, "Bad Request: message is too long");
    return p.parse_mode === "HTML" ? { text, html: raw } : { text };
  }

  private keyboard(p: Json): ShownMessage["reply_markup"] {
    const markup = p.reply_markup as { inline_keyboard?: unknown } | undefined;
    if (markup === undefined) return undefined;
    const rows = markup.inline_keyboard;
    if (!Array.isArray(rows) || !rows.every(Array.isArray))
      throw apiError(400, "Bad Request: inline keyboard must be an array of arrays");
    for (const row of rows as unknown[][])
      for (const button of row as Button[]) {
        if (typeof button.text !== "string" || button.text.length === 0)
          throw apiError(400, "Bad Request: button text is empty");
        const kinds = ["callback_data", "url", "switch_inline_query"].filter((k) => k in button);
        if (kinds.length !== 1) throw apiError(400, "Bad Request: a button needs exactly one action");
        const data = button.callback_data;
        if (data !== undefined && (data.length === 0 || Buffer.byteLength(data) > 64))
          throw apiError(400, "Bad Request: BUTTON_DATA_INVALID");
      }
    return { inline_keyboard: rows as Button[][] };
  }

  private sendMessage(p: Json): Json {
    const chatId = Number(p.chat_id);
    if (!Number.isFinite(chatId)) throw apiError(400, "Bad Request: chat not found");
    if (this.blocked.has(chatId)) throw apiError(403, "Forbidden: bot was blocked by the user");
    const { text, html } = this.text(p);
    const reply_markup = this.keyboard(p);
    this.checkRate(chatId);
    const message_id = this.nextMessageId++;
    this.shown(chatId).push({
      message_id,
      chat_id: chatId,
      from_bot: true,
      text,
      ...(html === undefined ? {} : { html }),
      ...(reply_markup ? { reply_markup } : {}),
      edits: 0,
    });
    return {
      message_id,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: "private" },
      from: BOT_USER,
      text,
    };
  }

  private editMessageText(p: Json): Json {
    const chatId = Number(p.chat_id);
    const message = this.shown(chatId).find((m) => m.message_id === p.message_id && m.from_bot);
    if (!message) throw apiError(400, "Bad Request: message to edit not found");
    const { text, html } = this.text(p);
    const reply_markup = this.keyboard(p);
    if (message.text === text && JSON.stringify(message.reply_markup) === JSON.stringify(reply_markup))
      throw apiError(
        400,
        "Bad Request: message is not modified: specified new message content and reply markup are exactly the same",
      );
    message.text = text;
    if (html === undefined) delete message.html;
    else message.html = html;
    if (reply_markup) message.reply_markup = reply_markup;
    else delete message.reply_markup;
    message.edits++;
    return { message_id: message.message_id, date: 0, chat: { id: chatId, type: "private" }, text };
  }

  private editMessageReplyMarkup(p: Json): Json {
    const chatId = Number(p.chat_id);
    const message = this.shown(chatId).find((m) => m.message_id === p.message_id && m.from_bot);
    if (!message) throw apiError(400, "Bad Request: message to edit not found");
    const reply_markup = this.keyboard(p);
    if (JSON.stringify(message.reply_markup) === JSON.stringify(reply_markup))
      throw apiError(
        400,
        "Bad Request: message is not modified: specified new message content and reply markup are exactly the same",
      );
    if (reply_markup) message.reply_markup = reply_markup;
    else delete message.reply_markup;
    message.edits++;
    return {
      message_id: message.message_id,
      date: 0,
      chat: { id: chatId, type: "private" },
      text: message.text,
    };
  }

  private answerCallbackQuery(p: Json): boolean {
    if (!this.openCallbacks.delete(String(p.callback_query_id))) throw apiError(400, STALE_QUERY);
    return true;
  }

  private answerInlineQuery(p: Json): boolean {
    if (!this.openInline.delete(String(p.inline_query_id))) throw apiError(400, STALE_QUERY);
    const results = p.results as { id: string }[];
    if (!Array.isArray(results) || results.length > 50) throw apiError(400, "Bad Request: RESULTS_TOO_MUCH");
    for (const r of results)
      if (!r.id || Buffer.byteLength(r.id) > 64) throw apiError(400, "Bad Request: RESULT_ID_INVALID");
    return true;
  }
}
