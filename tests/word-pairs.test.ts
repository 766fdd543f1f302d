import { beforeAll, describe, expect, it } from "vitest";
import { readAuxiliaries } from "../src/matching/auxiliaries.ts";
import { buildIndex, type MatchIndex, match } from "../src/matching/engine.ts";
import { words } from "../src/matching/text.ts";
import { createPairReading, type PairReader, wordPairs } from "../src/matching/word-pairs.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

let index: MatchIndex;
beforeAll(async () => {
  index = buildIndex(await realKnowledge());
});

const outcome = (text: string) => {
  const r = match(index, text);
  return r.kind === "answer" ? r.entry.id : r.kind === "smalltalk" ? `smalltalk:${r.intent.id}` : r.kind;
};
const terms = (text: string) => index.normalizer.normalize(text).terms;

/** A small pack of its own: "lab techs", "the outlook", "how much", "laboratory", "field work". */
function reader(): PairReader {
  const texts = [
    "what do lab techs earn",
    "how much is the pay",
    "the outlook for the field",
    "the laboratory is busy",
    "field work in a laboratory",
    "lab work is steady",
  ];
  const pack = new Set(texts.flatMap((t) => t.split(" ")));
  const stop = new Set("what do how much is the for a in out of my".split(" "));
  const usual = new Set("text work load part look field the a my tek".split(" "));
  const isPackContent = (w: string) => pack.has(w) && !stop.has(w);
  return {
    pairs: wordPairs(
      texts.map((t) => t.split(" ")),
      isPackContent,
    ),
    isPackContent,
    contentWords: [...pack].filter((w) => !stop.has(w)),
    isPackWord: (w) => pack.has(w),
    isKnown: (w) => pack.has(w) || usual.has(w) || stop.has(w),
    isUsual: (w) => usual.has(w),
    isStopword: (w) => stop.has(w),
  };
}
const read = (text: string) => createPairReading(reader())(text.split(" ")).join(" ");

describe("words typed apart or together, read by the pairs the pack writes", () => {
  it("joins a pack word typed in two when one part is a particle or no word of its own", () => {
    expect(read("is the out look good")).toBe("is the outlook good");
    expect(read("a lab oratory job")).toBe("a laboratory job");
  });

  it("leaves two words apart when both mean something there or the pack writes them together", () => {
    expect(read("lab work is steady")).toBe("lab work is steady");
    // "my" stands on its own before a word; "load" is an everyday word.
    expect(read("my field load")).toBe("my field load");
  });

  it("splits a word that is none as typed into two the pack writes together", () => {
    expect(read("howmuch is it")).toBe("how much is it");
    expect(read("the labtechs earn")).toBe("the lab techs earn");
  });

  it("reads an English word the pack never writes beside a pack word as the one it sounds like there", () => {
    expect(read("what do lab text earn")).toBe("what do lab techs earn");
    // Beside a function word, or a word the pack writes, nothing is read again.
    expect(read("a text from my phone")).toBe("a text from my phone");
  });

  it("reads an English word of five letters or more one slip from the word the pack writes beside it as that word", () => {
    // "work", beside "lab" in the pack, is read as written: the pack writes it there.
    const slipped = createPairReading({ ...reader(), isKnown: () => true, isUsual: () => false });
    expect(slipped("my fiend work in a laboratory".split(" ")).join(" ")).toBe(
      "my field work in a laboratory",
    );
    expect(slipped("lab work is steady".split(" ")).join(" ")).toBe("lab work is steady");
  });

  it("joins two parts across a space typed inside a word when one part is no word at all", () => {
    const slipped = createPairReading({
      ...reader(),
      slipOf: (w) => (w === "laboratry" ? "laboratory" : w === "fieldwrk" ? "field" : undefined),
    });
    // Joined, the parts are a slip of a pack word; not when the join is two slips off ("field wrk").
    expect(slipped("a labo ratry job".split(" ")).join(" ")).toBe("a laboratry job");
    expect(slipped("field wrk".split(" ")).join(" ")).toBe("field wrk");
    // Two words that mean something each stay apart.
    expect(slipped("the field work".split(" ")).join(" ")).toBe("the field work");
  });

  it("reads a word of three letters with a vowel so too", () => {
    expect(read("what do lab tek earn")).toBe("what do lab techs earn");
  });

  it("on the real pack: 'out look', 'lab oratory', 'howmuch', 'lab text' reach their entries", () => {
    expect(outcome("hows the out look for lab jobs")).toBe("job-outlook");
    expect(terms("the lab oratory noise")).toEqual(terms("the laboratory noise"));
    expect(outcome("howmuch do mlts get")).toBe("salary");
    expect(terms("where do lab text work")).toEqual(terms("where do lab techs work"));
    expect(outcome("what does a lab tek do")).toBe("what-is-mlt");
  });

  it("on the real pack: autocorrect's real word beside a pack word ('medial lab') reaches its entry", () => {
    expect(terms("do medial lab techs work nights")).toEqual(terms("do medical lab techs work nights"));
    expect(outcome("what does a medial laboratory technician do all day")).not.toBe("salary");
  });

  it("on the real pack: a word between two pack words the pack writes another between is read as that one", () => {
    // "laborious" is four edits from "laboratory": too far beside one pack word, near enough between two.
    expect(terms("is a medical laborious technician well paid")).toEqual(
      terms("is a medical laboratory technician well paid"),
    );
    expect(outcome("how much does a medical laborious technician make")).toBe("salary");
    // Beside one pack word only, or with another first letter, it stays as typed.
    expect(terms("the laborious technician")).toContain("labori");
    expect(terms("a medical rotatory technician")).toContain("rotatori");
  });

  it("on the real pack: a long word no English beside a pack word, misspelt from the one the pack writes there", () => {
    expect(terms("lavatory technician schooling")).toEqual(terms("laboratory technician schooling"));
    expect(outcome("what is a lavatory technician")).toBe("what-is-mlt");
    // Not beside the pack word it is near to, it stays as typed.
    expect(terms("the lavatory was clean")).toContain("lavatori");
  });

  it("on the real pack: a space typed inside a misspelt pack word ('hi stotechnitian') is read across", () => {
    expect(outcome("whats a hi stotechnitian")).toBe("histotechnician");
    expect(terms("is an ass oicate degree enough")).toEqual(terms("is an associate degree enough"));
  });

  it("keeps messages about something else out of the pack", () => {
    expect(outcome("can you text my sister for me")).toBe("none");
    expect(outcome("i tore my medial meniscus, how long to heal")).toBe("none");
    expect(outcome("how do i work out at home")).toBe("none");
  });
});

describe("an auxiliary typed as a word that sounds like it", () => {
  it("is read back after a question word and before a subject", () => {
    expect(readAuxiliaries(["how", "much", "dose", "a", "tech", "earn"])).toEqual([
      "how",
      "much",
      "does",
      "a",
      "tech",
      "earn",
    ]);
    expect(readAuxiliaries(["when", "wil", "i", "know"])).toEqual(["when", "will", "i", "know"]);
  });

  it("stays as typed elsewhere", () => {
    for (const ws of [
      ["a", "high", "dose", "of", "it"],
      ["dose", "this", "look", "right"],
      ["what", "dose", "amount"],
    ])
      expect(readAuxiliaries([...ws])).toEqual(ws);
  });

  it("lets the question be read as asked: what someone does", () => {
    expect(outcome("what dose an mlt do on a shift")).toBe(outcome("what does an mlt do on a shift"));
    expect(words("what dose a phlebotomist do")).toContain("does");
  });
});

describe("shorthand", () => {
  it("reads 'cc' as a community college where a school stands, and leaves it elsewhere", () => {
    expect(terms("can i do the mlt program at a cc")).toEqual(
      terms("can i do the mlt program at a community college"),
    );
    expect(terms("cc classes for lab techs")).toEqual(terms("community college classes for lab techs"));
    expect(words("cc me on the email")).toContain("cc");
  });

  it("drops the hedge 'bffr' rather than correcting it to a word", () => {
    expect(index.normalizer.normalize("bffr whats the pay").corrected).toEqual([]);
    expect(terms("bffr whats the pay")).toEqual(terms("whats the pay"));
  });
});
