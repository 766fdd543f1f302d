import { beforeAll, describe, expect, it } from "vitest";
import { buildIndex, type MatchIndex, match } from "../src/matching/engine.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

describe("small talk in the languages many users write in, and thanks with praise", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = buildIndex(await realKnowledge());
  });
  const intentOf = (text: string) => {
    const r = match(index, text);
    return r.kind === "smalltalk" ? r.intent.id : r.kind === "none" ? `none:${r.reason}` : r.kind;
  };

  it("greets, asks after and thanks in Spanish and Tagalog, courtesy particles and all", () => {
    expect(intentOf("buenas tardes")).toBe("greeting");
    expect(intentOf("hola!")).toBe("greeting");
    expect(intentOf("magandang gabi po")).toBe("greeting");
    expect(intentOf("¿cómo estás?")).toBe("how-are-you");
    expect(intentOf("kamusta ka na po")).toBe("how-are-you");
    expect(intentOf("maraming salamat po!")).toBe("thanks");
    expect(intentOf("mil gracias")).toBe("thanks");
    expect(intentOf("hasta luego!")).toBe("bye");
    expect(intentOf("ingat po")).toBe("bye");
  });

  it("knows a few other common languages' pleasantries", () => {
    expect(intentOf("cảm ơn bạn")).toBe("thanks");
    expect(intentOf("muito obrigado")).toBe("thanks");
    expect(intentOf("bonjour")).toBe("greeting");
    expect(intentOf("再见")).toBe("bye");
  });

  it("reads the words before an emoji: a goodbye with a waving hand is a goodbye", () => {
    expect(intentOf("ya me voy 👋")).toBe("bye");
    expect(intentOf("buenos dias 🌞")).toBe("greeting");
  });

  it("takes a statement about the answer after thanks for praise", () => {
    expect(intentOf("thanks!! you explained the certification better than the school did")).toBe("thanks");
    expect(intentOf("thank you, that was more useful than the job sites")).toBe("thanks");
  });

  it("still asks what a message asks after thanks or a greeting in another language", () => {
    expect(intentOf("thanks. it pays well though?")).toBe("answer");
    expect(intentOf("hola, how much do lab techs make?")).toBe("answer");
    expect(intentOf("hola, cuánto gana un técnico de laboratorio")).toMatch(/^none/);
  });
  it("knows the greetings, thanks and goodbyes of more languages met in US chats, as typed in Latin letters", () => {
    expect(intentOf("tudo bom?")).toBe("how-are-you");
    expect(intentOf("valeu")).toBe("thanks");
    expect(intentOf("vlw mano")).toBe("thanks");
    expect(intentOf("arigato")).toBe("thanks");
    expect(intentOf("asante sana")).toBe("thanks");
    expect(intentOf("jazakallah khair")).toBe("thanks");
    expect(intentOf("konnichiwa")).toBe("greeting");
    expect(intentOf("Salam alaikum")).toBe("greeting");
    expect(intentOf("boa tarde pessoal")).toBe("greeting");
    expect(intentOf("falou, abraços")).toBe("bye");
  });

  it("takes a blessing said to the bot for thanks, and a lone 'god bless' still for a goodbye", () => {
    expect(intentOf("God bless you 🙏")).toBe("thanks");
    expect(intentOf("may God bless you")).toBe("thanks");
    expect(intentOf("thank you so much, may God bless you")).toBe("thanks");
    expect(intentOf("may I ask something")).not.toBe("thanks");
    expect(intentOf("goodnight and god bless")).toBe("bye");
  });

  it("acknowledges laughter alone in any language's spelling, but not a question about such a word", () => {
    for (const laugh of ["hahaha", "kkkkkk", "jajaja", "rsrsrs", "hehe", "xD", "ㅋㅋㅋ"])
      expect(intentOf(laugh), laugh).toBe("ack");
    expect(intentOf("jaja ok")).toBe("ack");
    expect(intentOf("what does rsrs mean in portuguese")).not.toBe("ack");
  });

  it("greets back a good night said on arrival, and takes leave when it follows an answer", () => {
    expect(intentOf("good night!")).toBe("greeting");
    expect(intentOf("Good night everyone")).toBe("greeting");
    const now = Date.now();
    const after = match(index, "good night", { previous: { entryId: "salary", at: now - 60_000 }, now });
    expect(after.kind === "smalltalk" && after.intent.id).toBe("bye");
    const hoursLater = match(index, "good night", {
      previous: { entryId: "salary", at: now - 5 * 3_600_000 },
      now,
    });
    expect(hoursLater.kind === "smalltalk" && hoursLater.intent.id).toBe("greeting");
  });
  it("does not take a pleasantry asked about for one said: what it means, how it is said, a translation", () => {
    expect(intentOf("obrigada")).toBe("thanks");
    expect(intentOf("translate obrigada")).toMatch(/^none/);
    expect(intentOf("how do you say thank you in japanese")).toMatch(/^none/);
    expect(intentOf("what does kkk stand for")).toMatch(/^none/);
    expect(intentOf("how do you do")).toBe("how-are-you");
    const mlt = match(index, "what does MLT stand for");
    expect(mlt.kind === "answer" && mlt.entry.id).toBe("what-is-mlt");
  });
});

describe("a word no list holds, sent alone", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = buildIndex(await realKnowledge());
  });
  const intentOf = (text: string, conversation?: Parameters<typeof match>[2]) => {
    const r = match(index, text, conversation);
    return r.kind === "smalltalk" ? r.intent.id : r.kind === "none" ? `none:${r.reason}` : r.kind;
  };

  it("greets on arriving, as a greeting in the writer's own language does", () => {
    expect(intentOf("Yokwe")).toBe("greeting");
    expect(intentOf("halito")).toBe("greeting");
  });

  it("thanks right after an answer", () => {
    const now = Date.now();
    expect(intentOf("Yakoke", { previous: { entryId: "salary", at: now - 30_000 }, now })).toBe("thanks");
  });

  it("still refuses a question, a figure or a message of English words", () => {
    expect(intentOf("zorblat?")).not.toBe("greeting");
    expect(intentOf("h4b visa")).not.toBe("greeting");
    expect(intentOf("purple elephants")).not.toBe("greeting");
    expect(intentOf("xkcvbt")).not.toBe("greeting");
  });
});
