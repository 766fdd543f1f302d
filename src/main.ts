// Entry point: turns on Node's compile cache, then runs the bot (src/app.ts).
import { enableCompileCache } from "node:module";

// Loading the modules was half of a start, and a quarter of that was stripping their TypeScript types. Node keeps the
// stripped and compiled code on disk (NODE_COMPILE_CACHE, else in the system's temporary directory), checked against
// each file's content, so the starts after the first skip both. It must be on before the bot's modules load, so they
// are imported only afterwards. A directory that cannot be written only means no cache.
enableCompileCache();
await import("./app.ts");
