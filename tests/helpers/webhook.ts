// What Telegram posts to a webhook: a text update, sent to the bot's path with (or without) the secret header.
export const HOOK_PATH = "/telegram/hook";

export function textUpdate(update_id: number, chatId: number, text: string) {
  return {
    update_id,
    message: {
      message_id: update_id,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: "private", first_name: "Ann" },
      from: { id: chatId, is_bot: false, first_name: "Ann" },
      text,
    },
  };
}

export function postUpdate(base: string, update: unknown, secret?: string): Promise<Response> {
  return fetch(`${base}${HOOK_PATH}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(secret === undefined ? {} : { "x-telegram-bot-api-secret-token": secret }),
    },
    body: JSON.stringify(update),
  });
}
