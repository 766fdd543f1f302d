// Telegram's HTML parse mode, as strict as Telegram: supported tags only, balanced, entities escaped.
const TAGS = new Set([
  "b",
  "strong",
  "i",
  "em",
  "u",
  "ins",
  "s",
  "strike",
  "del",
  "a",
  "code",
  "pre",
  "tg-spoiler",
  "span",
  "blockquote",
  "tg-emoji",
]);
const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

export class EntityParseError extends Error {}

/** The plain text Telegram would show, or an EntityParseError with Telegram's kind of message. */
export function parseHtml(html: string): string {
  let text = "";
  const open: string[] = [];
  let i = 0;
  while (i < html.length) {
    const ch = html[i]!;
    if (ch === "<") {
      const end = html.indexOf(">", i);
      if (end === -1) throw new EntityParseError(`Unclosed start tag at byte offset ${i}`);
      const raw = html.slice(i + 1, end).trim();
      const closing = raw.startsWith("/");
      const name = (closing ? raw.slice(1) : raw).split(/\s/)[0]!.toLowerCase();
      if (!TAGS.has(name)) throw new EntityParseError(`Unsupported start tag "${name}" at byte offset ${i}`);
      if (closing) {
        if (open.pop() !== name)
          throw new EntityParseError(
            `Unmatched end tag at byte offset ${i}, expected "</${open.at(-1) ?? ""}>"`,
          );
      } else open.push(name);
      i = end + 1;
    } else if (ch === "&") {
      const end = html.indexOf(";", i);
      const name = end === -1 ? "" : html.slice(i + 1, end);
      if (name in ENTITIES) text += ENTITIES[name];
      else if (/^#\d+$/.test(name)) text += String.fromCodePoint(Number(name.slice(1)));
      else if (/^#x[0-9a-f]+$/i.test(name)) text += String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      else throw new EntityParseError(`Unsupported HTML entity at byte offset ${i}`);
      i = end + 1;
    } else if (ch === ">") {
      throw new EntityParseError(`Unexpected ">" at byte offset ${i}`);
    } else {
      text += ch;
      i++;
    }
  }
  if (open.length > 0)
    throw new EntityParseError(`Can't find end tag corresponding to start tag "${open.at(-1)}"`);
  return text;
}
