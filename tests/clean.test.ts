import { describe, expect, it } from "vitest";
import { cleanText } from "../src/matching/clean.ts";
import { words } from "../src/matching/text.ts";

describe("cleanText", () => {
  it("drops zero-width and other invisible format characters", () => {
    expect(cleanText("sal\u200bary")).toBe("salary");
    expect(cleanText("\ufeffla\u00adb te\u200dch\u200e")).toBe("lab tech");
  });

  it("decodes HTML entities, also when escaped twice", () => {
    expect(cleanText("pay &amp; benefits")).toBe("pay & benefits");
    expect(cleanText("pay &amp;amp; benefits")).toBe("pay & benefits");
    expect(cleanText("&lt;b&gt; &#8364; &eacute;")).toBe("<b> € é");
    expect(cleanText("sal&#x200B;ary")).toBe("salary");
  });

  it("drops Markdown marks, which format words without separating them", () => {
    expect(cleanText("*salary*")).toBe("salary");
    expect(cleanText("**sal**ary")).toBe("salary");
    expect(cleanText("`mlt` and __pay__ ~~no~~ _yes_")).toBe("mlt and pay no yes");
    expect(cleanText("lab_tech")).toBe("lab_tech");
  });

  it("is applied before words are split, so no entity name becomes a word", () => {
    expect(words("sal\u200bary &amp; `pay`")).toEqual(["salary", "pay"]);
    expect(words("what&#39;s a lab tech&nbsp;salary &gt; 50k")).toEqual([
      "what",
      "a",
      "lab",
      "tech",
      "salary",
      "money",
    ]);
  });
});
