/**
 * A small pool of worker threads that takes batches in order, runs them on any free worker, and hands the
 * results back in the order they were submitted, with a bound on the batches in flight.
 *
 * @module
 */
import { Worker } from 'node:worker_threads';
import type { BatchRequest, BatchResult, PageItem } from './protocol.js';

/** Settings of an {@link OrderedPool}. */
export interface PoolOptions {
  /** The worker script (the built `worker.js`). */
  script: URL;
  /** Passed to every worker as `workerData`. */
  workerData: unknown;
  /** The most worker threads; they start only as the work needs them. */
  size: number;
  /** The most batches submitted and not yet taken back by the consumer. */
  maxInFlight: number;
  /** The result of a batch whose worker died while running it. */
  onCrash: (seq: number, items: PageItem[], error: Error) => BatchResult;
}

interface Slot {
  worker: Worker;
  task: BatchRequest | undefined;
  /** Whether the worker has loaded (one that dies before that cannot start at all: a fatal error). */
  ready: boolean;
}

/**
 * Runs batches on worker threads and yields the results in submission order.
 *
 * `submit` waits while `maxInFlight` batches are out (submitted and not yet consumed), so a slow consumer,
 * for instance a writer waiting for its output to drain, slows the producer down; memory stays bounded.
 *
 * @example
 * ```ts
 * const pool = new OrderedPool({ script, workerData, size: 2, maxInFlight: 4, onCrash });
 * (async () => { for (const b of batches) await pool.submit(b); pool.close(); })();
 * for await (const result of pool.results()) write(result);
 * ```
 */
export class OrderedPool {
  readonly #options: PoolOptions;
  readonly #slots: Slot[] = [];
  readonly #queue: BatchRequest[] = [];
  readonly #done = new Map<number, BatchResult>();
  #spawned = 0;
  #nextSeq = 0;
  #nextOut = 0;
  #closed = false;
  #destroyed = false;
  #fatal: Error | undefined;
  #wakeConsumer: (() => void) | undefined;
  #wakeProducer: (() => void) | undefined;

  /**
   * @param options - the script, its data, the number of threads and the in-flight bound
   */
  constructor(options: PoolOptions) {
    this.#options = options;
  }

  /** How many worker threads have been started so far (including replacements of ones that died). */
  get started(): number {
    return this.#spawned;
  }

  /**
   * Queues a batch. Resolves once it is queued and fewer than `maxInFlight` batches are out; resolves
   * `false` when the pool was destroyed or failed (stop submitting then).
   *
   * @param items - the pages of the batch
   * @returns whether the pool is still running
   */
  async submit(items: PageItem[]): Promise<boolean> {
    while (!this.#destroyed && !this.#fatal && this.#nextSeq - this.#nextOut >= this.#options.maxInFlight) {
      await new Promise<void>((resolve) => {
        this.#wakeProducer = resolve;
      });
    }
    if (this.#destroyed || this.#fatal) return false;
    this.#queue.push({ seq: this.#nextSeq++, items });
    this.#dispatch();
    return true;
  }

  /** Says that no more batches will come: `results()` ends after the last one. */
  close(): void {
    this.#closed = true;
    this.#wake();
  }

  /**
   * The results, in submission order. Throws when the workers cannot start at all.
   *
   * @returns an async iterator over the batch results
   */
  async *results(): AsyncGenerator<BatchResult> {
    while (true) {
      if (this.#fatal) throw this.#fatal;
      const ready = this.#done.get(this.#nextOut);
      if (ready) {
        this.#done.delete(this.#nextOut);
        this.#nextOut++;
        const wake = this.#wakeProducer;
        this.#wakeProducer = undefined;
        wake?.();
        yield ready;
        continue;
      }
      if (this.#destroyed || (this.#closed && this.#nextOut === this.#nextSeq)) return;
      await new Promise<void>((resolve) => {
        this.#wakeConsumer = resolve;
      });
    }
  }

  /** Stops every worker thread and wakes anyone waiting. */
  async destroy(): Promise<void> {
    this.#destroyed = true;
    this.#wake();
    const slots = this.#slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  #wake(): void {
    const consumer = this.#wakeConsumer;
    const producer = this.#wakeProducer;
    this.#wakeConsumer = undefined;
    this.#wakeProducer = undefined;
    consumer?.();
    producer?.();
  }

  #dispatch(): void {
    while (this.#queue.length > 0 && !this.#destroyed) {
      let slot = this.#slots.find((s) => s.task === undefined);
      if (!slot) {
        if (this.#slots.length >= this.#options.size) return;
        slot = this.#spawn();
      }
      const task = this.#queue.shift()!;
      slot.task = task;
      slot.worker.postMessage(task);
    }
  }

  #spawn(): Slot {
    const worker = new Worker(this.#options.script, { workerData: this.#options.workerData });
    this.#spawned++;
    const slot: Slot = { worker, task: undefined, ready: false };
    worker.on('message', (result: BatchResult | { ready: true }) => {
      if ('ready' in result) {
        slot.ready = true;
        return;
      }
      slot.task = undefined;
      this.#done.set(result.seq, result);
      this.#wakeConsumer?.();
      this.#wakeConsumer = undefined;
      this.#dispatch();
    });
    const died = (error: Error) => {
      const index = this.#slots.indexOf(slot);
      if (index === -1) return; // already handled, or terminated by destroy()
      this.#slots.splice(index, 1);
      if (!slot.ready) {
        this.#fatal = new Error(`A worker thread could not start: ${error.message}`);
        this.#wake();
        return;
      }
      const task = slot.task;
      if (task) this.#done.set(task.seq, this.#options.onCrash(task.seq, task.items, error));
      this.#wake();
      this.#dispatch();
    };
    worker.on('error', died);
    worker.on('exit', (code) => died(new Error(`The worker thread exited with code ${code}.`)));
    this.#slots.push(slot);
    return slot;
  }
}
