// Which slips a phone's or a computer's keyboard makes likely: a key beside the one meant, a letter doubled or
// dropped, two letters swapped. General typing, true of any pack and any English text.

const ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

/** Each letter's place on a QWERTY keyboard: its column (each row set off half a key from the one above) and row. */
const PLACE = new Map<string, readonly [number, number]>(
  ROWS.flatMap((row, y) => [...row].map((c, x) => [c, [x + y * 0.5, y] as const] as const)),
);

/** Whether two letters are keys side by side, or touching across rows ("a" and "s", "e" and "d"). */
export function besideOnKeyboard(a: string, b: string): boolean {
  const p = PLACE.get(a);
  const q = PLACE.get(b);
  if (p === undefined || q === undefined || a === b) return false;
  return Math.abs(p[1] - q[1]) <= 1 && Math.abs(p[0] - q[0]) <= 1;
}

/**
 * Whether `typed` is `meant` with one slip of the keys: a letter struck for the key beside it ("salsry"), a letter
 * doubled ("sallary") or dropped ("salry"), two letters swapped ("slaary").
 */
export function oneKeySlip(typed: string, meant: string): boolean {
  if (typed.length === meant.length) {
    const diff: number[] = [];
    for (let i = 0; i < typed.length && diff.length <= 2; i++) if (typed[i] !== meant[i]) diff.push(i);
    if (diff.length === 1) return besideOnKeyboard(typed[diff[0]!]!, meant[diff[0]!]!);
    const [i, j] = diff;
    return diff.length === 2 && j === i! + 1 && typed[i!] === meant[j] && typed[j] === meant[i!];
  }
  const [longer, shorter] = typed.length > meant.length ? [typed, meant] : [meant, typed];
  if (longer.length !== shorter.length + 1) return false;
  let i = 0;
  while (i < shorter.length && longer[i] === shorter[i]) i++;
  if (longer.slice(i + 1) !== shorter.slice(i)) return false;
  // A letter dropped anywhere is a slip; one added is when it doubles its neighbour or is struck beside it.
  if (typed.length < meant.length) return true;
  const extra = longer[i]!;
  const near = [longer[i - 1], longer[i + 1]].filter((c): c is string => c !== undefined);
  return near.some((c) => c === extra || besideOnKeyboard(c, extra));
}

/**
 * Whether `typed` is `meant` with a letter dropped, doubled or struck beside it, or two letters swapped: a slip that
 * strikes no other letter in a letter's place, so it says nothing of how the word sounds.
 */
export function noKeyStruckAmiss(typed: string, meant: string): boolean {
  if (typed.length !== meant.length) return oneKeySlip(typed, meant);
  let i = 0;
  while (i < typed.length && typed[i] === meant[i]) i++;
  return (
    i < typed.length - 1 &&
    typed[i] === meant[i + 1] &&
    typed[i + 1] === meant[i] &&
    typed.slice(i + 2) === meant.slice(i + 2)
  );
}
