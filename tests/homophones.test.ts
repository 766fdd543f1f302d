import { beforeAll, describe, expect, it } from "vitest";
import type { MatchIndex } from "../src/matching/engine.ts";
import { readHomophones } from "../src/matching/homophones.ts";
import { answerOrKind, realIndex } from "./helpers/reading.ts";

const read = (text: string) => readHomophones(text.split(" ")).join(" ");

describe("function words typed as words that sound like them", () => {
  it("reads them back where only the function word stands", () => {
    expect(read("not sure weather it is worth it")).toBe("not sure whether it is worth it");
    expect(read("weather or not this job is right")).toBe("whether or not this job is right");
    expect(read("is their a lot of jobs")).toBe("is there a lot of jobs");
    expect(read("their are many")).toBe("there are many");
    expect(read("how do i no")).toBe("how do i know");
    expect(read("i no nothing about labs")).toBe("i know nothing about labs");
    expect(read("how do they no the counter is right")).toBe("how do they know the counter is right");
    expect(read("wer do most lab techs end up working")).toBe("where do most lab techs end up working");
    expect(read("ok wer to take classes")).toBe("ok where to take classes");
  });

  it("leaves the words where they mean themselves", () => {
    expect(read("whats the weather like in chicago")).toBe("whats the weather like in chicago");
    expect(read("is weather or climate worse")).toBe("is weather or climate worse");
    expect(read("how do techs keep their skills current")).toBe("how do techs keep their skills current");
    expect(read("i no longer work there")).toBe("i no longer work there");
    expect(read("do i need a degree or no")).toBe("do i need a degree or no");
    expect(read("they no the drill")).toBe("they no the drill");
    expect(read("they wer to start in june")).toBe("they wer to start in june");
    expect(read("the labs wer busy")).toBe("the labs wer busy");
  });
});

describe("homophones on the real pack", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = await realIndex();
  });
  const answered = (text: string) => answerOrKind(index, text);

  it("answers the question, not the weather", () => {
    expect(answered("weather or not this job is right for me, how do i no")).toBe("career-fit");
    expect(answered("whats the weather like in chicago")).toBe("none");
  });

  it("asks where for chat's 'wer' before an auxiliary", () => {
    expect(answered("wer can a person train for this")).toBe(answered("where can a person train for this"));
  });

  it("reads the frame of a question through them: who makes sure the work is not wrong", () => {
    expect(answered("how do they no the analyzer aint messin up the counts")).toBe("quality-control");
  });
});
