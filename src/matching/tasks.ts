// A request to do a task for the writer ("help me write a caption", "can you help me with my stats homework") asks for
// that task, not what the bot can do: "help me" is small talk only when nothing to be done follows it.
import { keptByText } from "./by-text.ts";
import { punctuatedClauses, STOPWORDS, words } from "./text.ts";

/** Words asking what the help is, which make a request for help the capabilities question: "what can you help me with". */
const ASKING_WHAT = new Set(["what", "whats", "which", "how", "anything", "something", "things", "stuff"]);

/** Who is helped, and the words joining the help to its task: "help me with", "help us to", "help me w". */
const HELPED = new Set(["me", "us", "my", "out"]);
const JOINING = new Set(["with", "w", "wit", "to", "on", "in"]);

/** A word that names a task, not filler of the request: "study", "homework", "caption" (not "please", "here", "now"). */
const namesATask = (w: string) => /^\p{L}{3,}$/u.test(w) && !STOPWORDS.has(w) && !ASKING_WHAT.has(w);

/** Words that make "help" a request: "can you help", "pls help"; "that help me a lot", "go help my mom" tell, not ask. */
const ASKING_FOR = new Set(["can", "could", "would", "will", "pls", "please", "plz", "kindly"]);
const ADDRESSED = new Set(["you", "u", "ya", "ye"]);

/** Whether the "help" at `i` is asked for: opening its clause, or after a word that asks it of the bot. */
function asksForHelp(ws: readonly string[], i: number): boolean {
  if (i === 0) return true;
  if (ASKING_FOR.has(ws[i - 1]!)) return true;
  return ADDRESSED.has(ws[i - 1]!) && ASKING_FOR.has(ws[i - 2] ?? "");
}

/** A text's clauses, as their words: punctuation ends one ("what can you help me with, give me the gist"). */
const clausesOf = (text: string) => punctuatedClauses(text).map((c) => words(c));

/**
 * Whether a clause asks for help with a task it names: "help" asked for (`asksForHelp`, after nothing that asks what
 * the help is), then in the clause a word naming the task. "help me study for my quiz", "can u help w my essay",
 * "help me come up with a caption" do; "help me", "help me out here", "what can you help me with", "how can you help"
 * do not.
 */
export function asksHelpWithATask(text: string): boolean {
  return maySayHelp(text) && keptAsksHelp(text);
}

/**
 * Whether a text's words may hold "help": plain ASCII with nothing `cleanText` drops or decodes (no entity, no
 * Markdown mark) yields the word only from letters typed in a row, "help" stretched ("heelp") or without its vowel
 * ("hlp"), as no shorthand, slang or digit spelling gives it; most questions and stories have none, and their
 * clauses need no reading.
 */
const maySayHelp = (text: string) => !/^[^&*`~_\u0080-\uffff]*$/.test(text) || /h+e*l+p/i.test(text);

/** A question is read several times while its message is matched (alone, with its story): its clauses once. */
const keptAsksHelp = keptByText(readAsksHelp);

function readAsksHelp(text: string): boolean {
  return clausesOf(text.toLowerCase()).some((ws) =>
    ws.some((w, i) => {
      if (w !== "help" || !asksForHelp(ws, i) || ws.slice(0, i).some((b) => ASKING_WHAT.has(b))) return false;
      return ws.slice(i + 1).some((t) => !HELPED.has(t) && !JOINING.has(t) && namesATask(t));
    }),
  );
}
