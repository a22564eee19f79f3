import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ExtractionResult } from '../domain/extraction';
import type { ExtractFn } from './ingest-articles';
import type { ExtractReply, ExtractTask } from './extract-worker';

/**
 * Extraction off the event loop: a few worker threads, each with its own compiled gazetteer,
 * started on first use. The server's writes extract here, so that an ingestArticles batch of
 * large texts does not hold up the reads answered meanwhile (extraction is CPU-bound, a few ms
 * to a few hundred ms an article). A worker that dies fails its tasks and is replaced on the
 * next one.
 */
export interface ExtractPool {
  extract: ExtractFn;
  /** Tasks done and the threads that did them (tests and benchmarks read it). */
  stats(): { tasks: number; threadIds: number[] };
  close(): Promise<void>;
}

/** One worker per core beyond the first (the event loop's), at least one, at most four. */
function defaultExtractWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

const ENTRY = new URL('./extract-worker-entry.mjs', import.meta.url);

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (r: ExtractionResult) => void; reject: (e: Error) => void }>;
}

export function createExtractPool(options: { workers?: number } = {}): ExtractPool {
  const size = Math.max(1, options.workers ?? defaultExtractWorkers());
  const slots: (Slot | null)[] = Array.from({ length: size }, () => null);
  const threadIds = new Set<number>();
  let nextId = 1;
  let tasks = 0;
  let closed = false;

  const start = (index: number): Slot => {
    const worker = new Worker(ENTRY, { execArgv: [] });
    // Idle workers do not keep a process alive (a CLI or a test ends when its work does).
    worker.unref();
    const slot: Slot = { worker, pending: new Map() };
    const failAll = (error: Error) => {
      for (const p of slot.pending.values()) p.reject(error);
      slot.pending.clear();
      if (slots[index] === slot) slots[index] = null;
    };
    worker.on('message', (reply: ExtractReply) => {
      const p = slot.pending.get(reply.id);
      if (!p) return;
      slot.pending.delete(reply.id);
      if (slot.pending.size === 0) worker.unref();
      threadIds.add(reply.threadId);
      tasks++;
      if (reply.ok) p.resolve(reply.result as ExtractionResult);
      else p.reject(new Error(reply.message));
    });
    worker.on('error', (error) => failAll(new Error(`extraction worker failed: ${error.message}`)));
    worker.on('exit', (code) => failAll(new Error(`extraction worker exited with code ${code}`)));
    slots[index] = slot;
    return slot;
  };

  const pick = (): Slot => {
    let best = -1;
    for (let i = 0; i < size; i++) {
      const s = slots[i];
      if (!s) return start(i);
      if (best < 0 || s.pending.size < (slots[best] as Slot).pending.size) best = i;
    }
    return slots[best] as Slot;
  };

  return {
    extract(text, { published, language }) {
      if (closed) return Promise.reject(new Error('extraction pool is closed'));
      const slot = pick();
      const id = nextId++;
      const task: ExtractTask = { id, text, published, language: language ?? null };
      return new Promise<ExtractionResult>((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        // Busy workers keep the process alive until their answers are in.
        slot.worker.ref();
        slot.worker.postMessage(task);
      });
    },
    stats: () => ({ tasks, threadIds: [...threadIds] }),
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s?.worker.terminate()));
    },
  };
}
