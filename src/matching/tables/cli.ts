// `npm run tables`: rewrites the matcher's language tables from their sources, after an upgrade of
// popular-english-words or of Node (its ICU data); `-- --check` only reports whether the committed files are current.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { tables } from "./generate.ts";

const { values } = parseArgs({ options: { check: { type: "boolean", default: false } } });
let stale = 0;
for (const { file, text } of tables()) {
  const path = fileURLToPath(file);
  if (!values.check) {
    writeFileSync(path, text);
    console.log(`${path}: ${Buffer.byteLength(text)} bytes`);
    continue;
  }
  let current = "";
  try {
    current = readFileSync(path, "utf8");
  } catch {}
  if (current === text) console.log(`${path} is current`);
  else {
    console.error(`${path} is not current: run npm run tables`);
    stale += 1;
  }
}
process.exit(stale > 0 ? 1 : 0);
