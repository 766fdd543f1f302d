// Question records go through a bounded in-memory queue and are written in small batches, off the reply path.
import type { QuestionRecord, Storage } from "../storage/storage.ts";

export interface Recorder {
  record(question: QuestionRecord): void;
  /** Records dropped because the queue was full (the disk could not keep up) or a write failed. */
  dropped(): number;
  /** Writes everything still queued (at shutdown), after the batch being written. */
  stop(): Promise<void>;
}

export interface RecorderOptions {
  /** Records waiting at most; beyond that new ones are dropped rather than memory growing. */
  maxQueue?: number;
  /** Records per transaction: small, so a batch never holds up replies for long. */
  batchSize?: number;
  /** How long records gather before the first batch is written, so a burst shares transactions. */
  delayMs?: number;
  onError?: (error: unknown) => void;
}

export function createRecorder(storage: Storage, options: RecorderOptions = {}): Recorder {
  const maxQueue = options.maxQueue ?? 1_000;
  const batchSize = options.batchSize ?? 16;
  let queue: QuestionRecord[] = [];
  let lost = 0;
  let scheduled = false;
  let writing: Promise<void> = Promise.resolve();

  const writeBatch = async (batch: QuestionRecord[]) => {
    try {
      await storage.recordQuestions(batch);
    } catch (error) {
      lost += batch.length;
      options.onError?.(error);
    }
  };

  // After a short gathering delay, one small batch at a time, each after the last: replies waiting in between go first.
  const drain = () => {
    if (queue.length === 0) {
      scheduled = false;
      return;
    }
    writing = writeBatch(queue.splice(0, batchSize));
    void writing.then(() => setImmediate(drain));
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setTimeout(drain, options.delayMs ?? 250).unref();
  };

  return {
    record(question) {
      if (queue.length >= maxQueue) {
        lost++;
        return;
      }
      queue.push(question);
      schedule();
    },
    dropped: () => lost,
    async stop() {
      await writing;
      const all = queue;
      queue = [];
      for (let i = 0; i < all.length; i += batchSize) await writeBatch(all.slice(i, i + batchSize));
    },
  };
}
