// Virtual time for code that talks to a real server: time moves only while nothing is under way, to the next timer,
// and timers fire late as on a loaded machine, from a seeded generator so that a run can be repeated.
import type { Clock } from "../../src/tips/clock.ts";

/** How late a timer fires, and whether the whole process stalls (every timer due meanwhile then fires at its end). */
export interface Lateness {
  /** ms a timer fires after its time. */
  late(random: () => number): number;
  /** ms the process is not scheduled before the next timer (0 mostly). */
  stall(random: () => number): number;
}

/** A busy machine: timers a few ms late mostly, tens of ms now and then; a stall of 50–300 ms 1 time in 500. */
export const LOADED_MACHINE: Lateness = {
  late: (r) => {
    const x = r();
    return x < 0.9 ? r() * 2 : x < 0.99 ? 2 + r() * 20 : 20 + r() * 60;
  },
  stall: (r) => (r() < 0.002 ? 50 + r() * 250 : 0),
};

export interface VirtualClock extends Clock {
  /**
   * Runs until `work` settles: whenever nothing is under way (`busy` says no, and the event loop has run dry) time
   * jumps to the next timer, which fires late by `lateness`.
   */
  drive<T>(work: Promise<T>, busy: () => boolean): Promise<T>;
}

/** mulberry32: a small seeded generator. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function virtualClock(start: number, lateness: Lateness, seed = 1): VirtualClock {
  const random = seeded(seed);
  let now = start;
  let timers: { at: number; fire: () => void }[] = [];
  return {
    now: () => now,
    sleep: (ms, signal) =>
      new Promise<void>((resolve) => {
        if (signal?.aborted) return resolve();
        const timer = { at: now + Math.max(0, ms) + lateness.late(random), fire: resolve };
        timers.push(timer);
        signal?.addEventListener("abort", () => {
          timers = timers.filter((t) => t !== timer);
          resolve();
        });
      }),
    async drive(work, busy) {
      let settled = false;
      const done = work.finally(() => {
        settled = true;
      });
      done.catch(() => {});
      for (;;) {
        // Let everything that is under way finish: requests, and what their answers set off.
        let quiet = 0;
        while (quiet < 3 && !settled) {
          const before = timers.length;
          if (busy()) {
            quiet = 0;
            await new Promise((resolve) => setTimeout(resolve, 1));
          } else {
            await turn();
            quiet = timers.length === before ? quiet + 1 : 0;
          }
        }
        if (settled) return done;
        if (timers.length === 0) {
          await new Promise((resolve) => setTimeout(resolve, 1));
          continue;
        }
        timers.sort((a, b) => a.at - b.at);
        now = Math.max(now, timers[0]!.at) + lateness.stall(random);
        const due = timers.filter((t) => t.at <= now);
        timers = timers.filter((t) => t.at > now);
        for (const t of due) t.fire();
      }
    },
  };
}
