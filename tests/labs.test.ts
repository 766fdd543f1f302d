import { beforeAll, describe, expect, it } from "vitest";
import type { MatchIndex } from "../src/matching/engine.ts";
import { answerOrKind, realIndex } from "./helpers/reading.ts";

describe("another field's lab, in the matcher", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = await realIndex();
  });
  const resultOf = (text: string) => answerOrKind(index, text);

  it("is refused when its job is what the message asks about", () => {
    expect(resultOf("what does a crime lab technician do all day")).toBe("none");
    expect(resultOf("how do I get hired as an environmental lab analyst")).toBe("none");
    expect(resultOf("what does a water lab tech earn")).toBe("none");
  });

  it("leaves a clinical lab's departments, what a lab is like, a workplace and the career beside it answered", () => {
    expect(resultOf("what does a hematology lab tech do")).not.toBe("none");
    expect(resultOf("what do micro lab techs do")).not.toBe("none");
    expect(resultOf("what does a busy lab tech do all day")).not.toBe("none");
    expect(resultOf("what's it like working in a government lab")).not.toBe("none");
    expect(resultOf("my uncle is a crime lab analyst, how do I become a lab tech")).toBe("how-to-become");
  });
});
