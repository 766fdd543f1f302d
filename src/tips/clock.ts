// Time as a dependency: the scheduler and broadcaster never read Date.now() or call setTimeout directly.
export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      // A wait already past (a tick that overran its plan) is no wait; Node would warn and wait 1 ms anyway.
      const timer = setTimeout(resolve, Math.max(0, ms));
      signal?.addEventListener("abort", () => {
        clearTimeout(timer);
        resolve();
      });
    }),
};
