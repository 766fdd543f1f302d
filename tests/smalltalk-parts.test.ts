import { beforeAll, describe, expect, it } from "vitest";
import type { MatchIndex } from "../src/matching/engine.ts";
import { smalltalkOfParts } from "../src/matching/smalltalk.ts";
import { realKnowledge } from "./helpers/knowledge.ts";
import { readingOf, realIndex } from "./helpers/reading.ts";

let index: MatchIndex;
beforeAll(async () => {
  index = await realIndex();
});

const outcome = (text: string) => readingOf(index, text);

describe("small-talk replies", () => {
  it("tell someone who asks whether a person answers that it is a bot, and answer a how-are-you before offering help", async () => {
    const intents = new Map((await realKnowledge()).smalltalk.map((s) => [s.id, s.replies]));
    for (const reply of intents.get("who-are-you")!) expect(reply).toMatch(/\bbot\b.*\bnot a person\b/);
    for (const reply of intents.get("how-are-you")!) expect(reply).toMatch(/^(?:I'm|All) .*\?$/);
  });
});

describe("small talk in several parts", () => {
  it.each([
    ["thank you so much, this was really helpful, have a good day", "thanks"],
    ["ok great, much appreciated, take care", "thanks"],
    ["alright, signing off now, take care", "bye"],
    ["hello there, hope you are well", "how-are-you"],
    ["hey! who built you?", "who-are-you"],
    ["hi, I'm just looking around for my daughter", "greeting"],
    ["thanksss", "thanks"],
    ["hiii 👋", "greeting"],
  ])("reads %j as %s", (text, intent) => {
    expect(outcome(text)).toBe(`smalltalk:${intent}`);
  });

  it.each(["hi, I'm new here", "hello all, my first time on this app", "hey there, first time using this"])(
    "greets back when a greeting is followed by saying one has just arrived: %j",
    (text) => {
      expect(outcome(text)).toBe("smalltalk:greeting");
    },
  );

  it.each(["are you a bot? you reply so fast lol", "is this a real person? you type fast"])(
    "reads a remark about the bot after asking what it is as part of the question: %j",
    (text) => {
      expect(outcome(text)).toBe("smalltalk:who-are-you");
    },
  );

  it.each(["ty ty, off to my shift now", "thanks! heading back to work", "thanks. off to the lab"])(
    "thanks someone saying where they go after thanks: %j",
    (text) => {
      expect(outcome(text)).toBe("smalltalk:thanks");
    },
  );

  it.each(["thank you for helping me", "ty for helping me out so much", "thanks for the help bye"])(
    "reads what thanks are for as part of the thanks, though it holds another intent's phrasing: %j",
    (text) => {
      expect(outcome(text)).toBe("smalltalk:thanks");
    },
  );

  it.each([
    ["hey there, finally off work", "greeting"],
    ["hello! busy morning at the hospital today", "greeting"],
    ["hi, a few questions coming up", "greeting"],
    ["good evening. got some questions lined up for you", "greeting"],
    ["thanks so much! just got home from class", "thanks"],
  ])(
    "reads a greeting or thanks with news of the writer's day, or questions announced, as that: %j",
    (text, intent) => {
      expect(outcome(text)).toBe(`smalltalk:${intent}`);
    },
  );

  it.each([
    "hi, I have some questions about the certification exam",
    "hey, just finished my biology degree, can I work in a lab with it",
    "hello, I heard today that lab techs are paid well",
    "hi, just wondering how long the program takes",
  ])("still answers a greeting with news beside a question, a topic or a claim: %j", (text) => {
    expect(outcome(text)).not.toMatch(/^smalltalk:/);
  });

  it("still answers when the writer arriving also wants something", () => {
    expect(outcome("hello, I'm new here and want to know the pay")).not.toMatch(/^smalltalk:/);
  });

  it.each([
    ["thank you so much talk to you later", "thanks"],
    ["ty catch you later", "thanks"],
    ["many thanks see you tomorrow", "thanks"],
    ["ok goodbye", "bye"],
    ["hello who are you", "who-are-you"],
  ])("reads run-on small talk %j by the intent that matters most, as with a comma: %s", (text, intent) => {
    expect(outcome(text)).toBe(`smalltalk:${intent}`);
  });

  it.each([
    ["ok I need to go cook dinner, talk to you later", "bye"],
    ["i have to go to my lab class now, bye!", "bye"],
    ["gotta go, my shift starts soon", "bye"],
    ["thanks, that's all I needed to know", "thanks"],
    ["have a good night, back to studying for my certification", "bye"],
  ])(
    "reads what follows a goodbye, and chatter that finds no answer of its own, as small talk: %j is %s",
    (text, intent) => {
      expect(outcome(text)).toBe(`smalltalk:${intent}`);
    },
  );

  it.each([
    ["moving up later", "become-technologist"],
    ["bye, what about histotechs", "histotechnician"],
  ])("still answers a goodbye word that closes a question, or a question after a goodbye: %j", (text, id) => {
    expect(outcome(text)).toBe(id);
  });

  it.each([
    ["thanks! how much do lab techs make?", "salary"],
    ["hi, do I need a degree?", "no-degree"],
    ["ok so how do I become a technologist later on", "become-technologist"],
    ["ok, so what does a phlebotomist do", "phlebotomist"],
  ])("still answers the question in %j", (text, id) => {
    expect(outcome(text)).toBe(id);
  });

  it.each(["can you help me with my math homework", "translate hello into german", "ok, certification?"])(
    "does not take %j for small talk",
    (text) => {
      expect(outcome(text)).not.toMatch(/^smalltalk:/);
    },
  );
});

describe("reading a message in pieces", () => {
  it("does not match a story's pieces on their own when a later piece asks outright", () => {
    const text = "hi, I have worked in a hospital kitchen for years, what would the training cost me?";
    const tried: string[] = [];
    const intent = smalltalkOfParts(index, text, index.normalizer.normalize(text).words, (rest) => {
      tried.push(rest);
      return false;
    });
    expect(intent).toBe("question");
    expect(tried).toEqual([]);
  });

  it("reads a story's pieces last first, and stops at the question that ends it", () => {
    const text = "hi, I cook at a school, my feet hurt all day, what would the training cost me?";
    const read: string[] = [];
    const counting = {
      ...index,
      normalizer: {
        ...index.normalizer,
        normalize: (piece: string) => {
          read.push(piece.trim());
          return index.normalizer.normalize(piece);
        },
      },
    };
    expect(smalltalkOfParts(counting, text, index.normalizer.normalize(text).words)).toBe("question");
    expect(read).toEqual(["what would the training cost me?"]);
  });

  it("still matches the pieces when nothing asks outright", () => {
    const text = "thanks, I have worked in a hospital kitchen for years";
    const tried: string[] = [];
    smalltalkOfParts(index, text, index.normalizer.normalize(text).words, (rest) => {
      tried.push(rest);
      return true;
    });
    expect(tried.length).toBeGreaterThan(0);
  });
});

describe("a greeting before a story and its question", () => {
  it("answers the question asked without punctuation after the greeting", () => {
    const text = "hey there im 45 laid off from the plant is lab work a decent fit for someone my age";
    expect(outcome(text)).not.toMatch(/^smalltalk/);
  });
});

describe("questions about the bot itself", () => {
  it.each([
    ["r u a bot", "who-are-you"],
    ["who built you", "who-are-you"],
    ["is this a real person answering?", "who-are-you"],
    ["what can i ask you", "capabilities"],
  ])("reads %j as %s, not as the guide's sources", (text, intent) => {
    expect(outcome(text)).toBe(`smalltalk:${intent}`);
  });

  it("still sends a question about where the information comes from to the guide's sources", () => {
    expect(outcome("where does your information come from")).toBe("about-guide");
  });

  it("reads a question put to the bot in everyday words as about the bot", () => {
    expect(outcome("what kinds of things can you answer?")).toBe("smalltalk:capabilities");
    expect(outcome("what kinds of things can you help me with?")).toBe("smalltalk:capabilities");
  });

  it.each([
    ["gracias 🙏", "thanks"],
    ["merci beaucoup 🙏", "thanks"],
    ["guten morgen 👋", "greeting"],
  ])("reads a few words the pack does not know by their sign: %j is %s", (text, intent) => {
    expect(outcome(text)).toBe(`smalltalk:${intent}`);
  });

  it("still answers a question with a sign, and refuses a longer message of unknown words with one", () => {
    expect(outcome("lab tech salary 🙏")).toBe("salary");
    expect(outcome("how do I grow tomatoes 🙏")).toBe("none:no-match");
  });

  it.each([
    "wait is this a human or a chatbot",
    "r u a real human or some AI thing",
    "am I chatting with a machine or a person?",
    "is this automated?",
  ])("reads %j, whether the bot is a person or a machine, as who-are-you", (text) => {
    expect(outcome(text)).toBe("smalltalk:who-are-you");
  });

  it.each([
    ["do lab techs work more with machines or with people?", "equipment"],
    ["do u type a lot into the computer?", "data-management"],
  ])("leaves %j, about machines and people at work, to %s", (text, expected) => {
    expect(outcome(text)).toBe(expected);
  });

  it.each([
    ["can you help me with my chemistry homework?", "none:no-match"],
    ["what do you know about phlebotomists?", "phlebotomist"],
    ["how much do you think they make?", "salary"],
    // Whether the job will last: the learned model, sure of the outlook, leads over the machines' entry.
    ["will robots replace this job?", "job-outlook"],
  ])("leaves %j, which says what it is about, to %s", (text, expected) => {
    expect(outcome(text)).toBe(expected);
  });
});

describe("signs alone", () => {
  it.each([
    ["?", "capabilities"],
    ["👋", "greeting"],
    ["🙏", "thanks"],
    ["👍👍", "ack"],
  ])("reads %j as %s", (text, intent) => {
    expect(outcome(text)).toBe(`smalltalk:${intent}`);
  });

  it.each(["???", "?!", ".", "🔥🔥🔥", "   "])("finds nothing to say in %j", (text) => {
    expect(outcome(text)).toBe("none:empty");
  });
});

describe("a message about someone else", () => {
  it.each([
    "what do they actually do all day",
    "what do they do all day long",
    "how is their day going",
    "how are they doing at work",
  ])("is not small talk with the bot: %j", (text) => {
    expect(outcome(text)).not.toMatch(/^smalltalk:/);
  });

  it.each([
    ["how's your day going", "how-are-you"],
    ["thanks, I'll tell them", "thanks"],
  ])("while %j still is %s", (text, intent) => {
    expect(outcome(text)).toBe(`smalltalk:${intent}`);
  });
});

describe("a small-talk phrasing that goes on to ask of things, and a question of function words alone", () => {
  it.each([
    "whats good pizza near the college",
    "whats good tacos in phoenix",
    "how do i write a thank you card for my aunt",
  ])("is not small talk: %j", (text) => {
    expect(outcome(text)).not.toMatch(/^smalltalk:/);
  });

  it.each([
    ["whats good bro", "greeting"],
    ["whats up doc", "greeting"],
    ["how are you doing today", "how-are-you"],
    ["how do I talk to you", "capabilities"],
    ["hey, what is this", "who-are-you"],
  ])("while %j still is %s", (text, intent) => {
    expect(outcome(text)).toBe(`smalltalk:${intent}`);
  });
});

describe("questions to the bot and thanks for what it did, among other pieces", () => {
  it.each([
    ["Hey. Who built this? Is a human typing back?", "who-are-you"],
    ["gracias!! you really helped me out", "thanks"],
    ["you've helped us a lot today", "thanks"],
    ["how y'all makin it", "how-are-you"],
    ["What, exactly, can you help me with?", "capabilities"],
    ["you are a human or a machine?", "who-are-you"],
    ["u a real person", "who-are-you"],
    ["ok so who i'm chatting with", "who-are-you"],
    ["Thanks a lot, was very clear for me", "thanks"],
  ])("reads %j as %s", (text, intent) => {
    expect(outcome(text)).toBe(`smalltalk:${intent}`);
  });

  it.each(["is this normal?", "my potassium came back 5.9, is this high?", "thanks, is the exam hard"])(
    "does not take a yes-no question sharing only function words with 'who is this' for small talk: %j",
    (text) => {
      expect(outcome(text)).not.toMatch(/^smalltalk:/);
    },
  );
});

describe("closings that say when the writer comes back, and questions no goodbye asks", () => {
  it.each([
    ["ok bye, will come back later", "bye"],
    ["bye bye, I'll look again tomorrow", "bye"],
    ["thank you! will check again soon", "thanks"],
  ])("reads %j as %s", (text, intent) => {
    expect(outcome(text)).toBe(`smalltalk:${intent}`);
  });

  it("still answers a question about the career after a goodbye", () => {
    expect(outcome("bye, will the pay go up later")).toBe("salary");
  });

  it.each(["is it still for me?", "is it even for me?"])(
    "does not take a yes-no question for a goodbye sharing its words: %j",
    (text) => {
      expect(outcome(text)).not.toBe("smalltalk:bye");
    },
  );
});

describe("a how-are-you about any time of the bot's, a guess at its state after it, and thanks by their degree", () => {
  it.each([
    ["hows ur evening going", "how-are-you"],
    ["how is your night going? slow or crazy?", "how-are-you"],
    ["how's your morning going? long one?", "how-are-you"],
    ["tq so much", "thanks"],
    ["thnq very much", "thanks"],
  ])("reads %j as %s", (text, intent) => {
    expect(outcome(text)).toBe(`smalltalk:${intent}`);
  });

  it.each(["how is the night shift going", "how are you? do lab techs get paid well?", "labs so much"])(
    "still reads a question about the work as one: %j",
    (text) => {
      expect(outcome(text)).not.toMatch(/^smalltalk:/);
    },
  );
});

describe("a question to the bot after a letter's request", () => {
  it.each([
    ["Kindly advise what sort of questions you can assist me with", "capabilities"],
    ["please advise what kind of questions you are able to answer", "capabilities"],
  ])("reads %j as %s", (text, intent) => {
    expect(outcome(text)).toBe(`smalltalk:${intent}`);
  });

  it("still answers a career question after the same request", () => {
    expect(outcome("kindly advise what the salary is")).toBe("salary");
  });
});

describe("a goodbye's errand, a how-are-you's when and whom, and thanks for what was said on a topic", () => {
  it.each([
    // After a goodbye the words say where the writer goes, though one reads as a phrasing ("help" as "helpful").
    ["ok gotta go help my brother move his couch, bye", "smalltalk:bye"],
    ["gotta go thank you", "smalltalk:thanks"],
    // When and whom a how-are-you is said to ask nothing of their own; the bot named in the third person is the bot.
    ["u doing ok tonight bot?", "smalltalk:how-are-you"],
    ["how is the bot doing this morning", "smalltalk:how-are-you"],
    ["how's it going, chatbot?", "smalltalk:how-are-you"],
    // Thanks for what was said about a topic asks nothing about it.
    ["thank you so much for the explanation about certification", "smalltalk:thanks"],
    ["really appreciate the rundown on histotechs", "smalltalk:thanks"],
  ])("reads %j as %s", (text, expected) => {
    expect(readingOf(index, text)).toBe(expected);
  });

  it("leaves a question after thanks on a topic to the entries", () => {
    expect(readingOf(index, "thanks for the info on pay, and where do most of them work?")).toBe(
      "work-settings",
    );
  });
});
