// What people read when there is no answer, the same in Telegram and in the terminal chat.
import type { NoneReason } from "./matching/engine.ts";

export function noAnswerLead(reason: NoneReason): string {
  switch (reason) {
    case "foreign":
      return "Sorry, I can only answer in English for now.";
    case "empty":
      return "I couldn't find a question in that message.";
    case "uncovered":
      return "The guide I answer from doesn't cover that, so I'd rather not guess.";
    case "out-of-scope":
    case "no-match":
      return "I don't have an answer to that yet.";
  }
}
