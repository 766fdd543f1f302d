import { describe, expect, it } from "vitest";
import { bulletLists, coordinations, listsOf } from "../src/matching/items.ts";
import { pairIn, positionsIn } from "../src/matching/references.ts";

describe("the things a text names one after another", () => {
  it("reads a bulleted list by the heads of its lines, with the line before as its lead", () => {
    expect(bulletLists("Two kinds:\n• Apples: red or green.\n• a pear, or\n• Plums")).toEqual([
      {
        items: ["Apples", "pear", "Plums"],
        lead: "Two kinds:",
        lines: ["Apples: red or green.", "a pear, or", "Plums"],
      },
    ]);
  });

  it("reads things joined by 'and', 'or' and commas, the first cut to the others' length", () => {
    expect(coordinations("The shop sells fresh bread and sweet cakes.")).toEqual([
      { items: ["fresh bread", "sweet cakes"], lead: "The shop sells" },
    ]);
    expect(coordinations("Among the shops in town, the paper names the bakery and the butcher.")).toEqual([
      { items: ["the bakery", "the butcher"], lead: "the paper names" },
    ]);
    expect(coordinations("Nothing joined here, really.")).toEqual([]);
  });

  it("keeps a thing named in two verbs as one, and a list only of two or more", () => {
    const entryOf = (t: string) => (/bread/.test(t) ? "bread" : /cake/.test(t) ? "cake" : undefined);
    const [list] = listsOf("", "Our tasks: slicing and wrapping bread and icing cakes.", entryOf);
    expect(list?.items.map((i) => i.entry)).toEqual(["bread", "cake"]);
  });

  it("with a limit on a thing's words, keeps only lists of short things and looks up no clause's", () => {
    const looked = new Set<string>();
    const entryOf = (t: string) => {
      looked.add(t);
      return /bread/.test(t) ? "bread" : /cake/.test(t) ? "cake" : /pie/.test(t) ? "pie" : undefined;
    };
    const story = "The oven is far too hot and my boss wants more bread. We sell bread, cakes and plum pie.";
    expect(listsOf("", story, entryOf, 3).map((l) => l.items.map((i) => i.entry))).toEqual([
      ["bread", "cake", "pie"],
    ]);
    expect([...looked]).toEqual(["We sell bread", "cakes", "plum pie"]);
    // A thing read as two joined grows past the limit: "slicing and wrapping bread".
    expect(listsOf("", "Our tasks: slicing and wrapping bread and icing cakes.", entryOf, 3)).toEqual([]);
    expect(listsOf("", "Our tasks: slicing and wrapping bread and icing cakes.", entryOf)).toHaveLength(1);
  });
});

describe("words pointing into a list", () => {
  it("finds ordinals, numbers and the word a list's things are called by", () => {
    const at = (text: string, calls: (stem: string) => boolean = () => false) =>
      positionsIn(text, calls).map((r) => (r.kind === "position" ? r.positions : []));
    expect(at("and the second one?")).toEqual([[1]]);
    expect(at("how do i get from the first to the second")).toEqual([[0], [1]]);
    expect(at("the secund one")).toEqual([[1]]);
    expect(at("number 3 please")).toEqual([[2]]);
    expect(at("explain the first two")).toEqual([[0, 1]]);
    expect(at("the last duty", (s) => s === "duti")).toEqual([[-1]]);
    expect(at("what is the first step")).toEqual([]);
    expect(at("do it later on")).toEqual([]);
    // A word that names a property of every JavaScript object is a word like any other.
    expect(at("the constructor said the building work was hard")).toEqual([]);
  });

  it("finds two things at once, not a count of years", () => {
    expect(pairIn("what's the difference between the two")?.kind).toBe("between");
    expect(pairIn("which one is cheaper")?.kind).toBe("which");
    expect(pairIn("tell me about both")?.kind).toBe("both");
    expect(pairIn("is the two year one better")).toBeUndefined();
    expect(pairIn("and the 2-year degree")).toBeUndefined();
  });
});
