// An uncovered term of several words ("work from home", "month program") is said within one clause: not across a
// clause of time, condition or reason, nor across a time placed after or before a thing.
import { beforeAll, describe, expect, it } from "vitest";
import { type MatchIndex, match } from "../src/matching/engine.ts";
import { answerOrKind, realIndex } from "./helpers/reading.ts";

let index: MatchIndex;
beforeAll(async () => {
  index = await realIndex();
});

const answered = (text: string) => answerOrKind(index, text);

describe("an uncovered term of several words split by a clause", () => {
  it("names no such thing, so the question is answered", () => {
    expect(
      answered(
        "will i find work quickly after finishing, or do people wait around for months after the course?",
      ),
    ).toBe("job-outlook");
  });

  it("is still refused when the term is said whole in one clause beside such a break", () => {
    for (const text of [
      "can i work from home once i'm certified",
      "do lab techs work after hours",
      "is there night shift work when you start",
    ])
      expect(match(index, text)).toMatchObject({ kind: "none", reason: "uncovered" });
  });
});
