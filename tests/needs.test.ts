import { beforeAll, describe, expect, it } from "vitest";
import { buildIndex, type MatchIndex, match } from "../src/matching/engine.ts";
import { whetherNeeded } from "../src/matching/needs.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

describe("a bare thing with a word of requirement", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = buildIndex(await realKnowledge());
  });
  const read = (text: string) => {
    const r = match(index, text);
    return r.kind === "answer" ? r.entry.id : r.kind === "none" ? `none:${r.reason}` : r.kind;
  };

  it("is asked as whether the writer needs it", () => {
    expect(whetherNeeded("degree required?")).toBe("do I need degree?");
    expect(whetherNeeded("college a must??")).toBe("do I need college?");
    expect(whetherNeeded("Cert mandatory for this job?")).toBe("do I need cert for this job?");
    expect(whetherNeeded("exam needed or not")).toBe("do I need exam?");
  });

  it("is no clause or question of its own", () => {
    expect(whetherNeeded("what is required?")).toBeUndefined();
    expect(whetherNeeded("is a degree required?")).toBeUndefined();
    expect(whetherNeeded("your help needed")).toBeUndefined();
    expect(whetherNeeded("jacket needed tonight?")).toBeUndefined();
  });

  it("finds whether a degree is needed at all, not the associate's degree the words alone find", () => {
    expect(read("degree required?")).toBe("no-degree");
    expect(read("degree mandatory?")).toBe("no-degree");
    expect(read("associate degree needed?")).toBe("associate-degree");
    expect(read("cert mandatory?")).toBe("certification-overview");
  });

  it("keeps a refusal, and a reading the question would move to an entry not about the thing", () => {
    expect(read("nursing degree required?")).toBe("none:out-of-scope");
    expect(read("passport required?")).toBe("none:no-match");
    expect(read("experience required?")).not.toBe("salary");
  });
});
