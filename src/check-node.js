// Loaded first (node --import): on a Node.js too old to run the TypeScript sources, one clear line instead of
// ERR_UNKNOWN_FILE_EXTENSION. Plain JavaScript on purpose: it must run where .ts files cannot.
const [major] = process.versions.node.split(".").map(Number);
if (major < 24) {
  console.error(
    `career-faq-bot needs Node.js 24 or newer; this is Node.js ${process.versions.node}. ` +
      "Install Node.js 24 (https://nodejs.org, or nvm install 24) and run the command again.",
  );
  process.exit(1);
}
