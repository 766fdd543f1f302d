import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tables } from "../src/matching/tables/generate.ts";

describe("the matcher's language tables", () => {
  // They are made once (npm run tables), not at every start: an upgrade of popular-english-words or of Node's ICU
  // data that changes them fails here until they are made again.
  it.each(tables().map((t) => [t.file.pathname.split("/").at(-1)!, t] as const))(
    "%s holds what its source gives today",
    (_, { file, text }) => {
      expect(readFileSync(file, "utf8") === text).toBe(true);
    },
  );
});
