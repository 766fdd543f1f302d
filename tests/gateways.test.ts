import { beforeAll, describe, expect, it } from "vitest";
import type { MatchIndex } from "../src/matching/engine.ts";
import { anotherFieldsGateway } from "../src/matching/gateways.ts";
import { answerOrKind, realIndex, rulesIndex } from "./helpers/reading.ts";

describe("another field's exam, licence, certificate or scholarship, in the matcher", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = await realIndex();
  });
  const resultOf = (text: string) => answerOrKind(index, text);

  it("is refused when it is what the message asks about, in lower case too", () => {
    expect(resultOf("is the hesi test hard to pass for the program")).toBe("none");
    expect(resultOf("can i use the horatio scholarship to pay for classes at a community college")).toBe(
      "none",
    );
    expect(resultOf("how do i pass a drug test for a hospital job")).toBe("none");
  });

  it("leaves the pack's exams, the lab's tests and a message naming the career answered", async () => {
    // The rules alone: whether the gateway lets these through, not where the learned model leans.
    const rules = await rulesIndex();
    const byRules = (text: string) => answerOrKind(rules, text);
    expect(byRules("what does the ASCP board exam cover")).toBe("ascp");
    expect(byRules("how do I pass the MLT certification test")).toBe("certification-overview");
    expect(byRules("who reads the cells from a Pap test")).toBe("cytotechnologist");
    expect(byRules("is the ged test hard to pass if i want a lab job")).not.toBe("none");
  });
});

describe("anotherFieldsGateway", () => {
  const pack = new Set(["ascp", "board", "certif", "lab", "phlebotomi"]);
  const read = (text: string) =>
    anotherFieldsGateway(
      text.split(" "),
      (t) => pack.has(t),
      () => false,
    );

  it("finds an unknown word before an exam, licence, certificate or scholarship", () => {
    expect(read("how hard is the barber license")).toEqual({ start: 4, end: 6 });
    expect(read("any tips for the notary exam")).toBeDefined();
  });

  it("reads a test as an exam only beside a word of sitting one", () => {
    expect(read("study for the hesi test")).toBeDefined();
    expect(read("what is a pap test")).toBeUndefined();
  });

  it("skips what an exam is like, a science and a word after the pack's name", () => {
    expect(read("is it a hard exam")).toBeUndefined();
    expect(read("the chemistry exam")).toBeUndefined();
    expect(read("the ascp board exam")).toBeUndefined();
  });
});
