/**
 * Group commit: items handed to `enqueue` while a batch is being processed wait together and go
 * in the next batch (at most `maxBatch` items), so one transaction carries as many items as
 * arrived during the previous one, and a lone item is never held back waiting for company.
 * One batch runs at a time. `runBatch` returns one result per item, in order.
 */
export interface Batcher<T, R> {
  enqueue(item: T): Promise<R>;
}

export function createBatcher<T, R>(runBatch: (items: T[]) => Promise<R[]>, maxBatch: number): Batcher<T, R> {
  if (!Number.isInteger(maxBatch) || maxBatch < 1) throw new Error(`invalid maxBatch: ${maxBatch}`);
  const waiting: { item: T; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  let writing = false;

  const drain = async (): Promise<void> => {
    while (waiting.length > 0) {
      const batch = waiting.splice(0, maxBatch);
      try {
        const results = await runBatch(batch.map((w) => w.item));
        if (results.length !== batch.length)
          throw new Error(`invalid runBatch result: ${results.length} results for ${batch.length} items`);
        batch.forEach((w, i) => w.resolve(results[i] as R));
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
    }
    writing = false;
  };

  return {
    enqueue(item: T): Promise<R> {
      const result = new Promise<R>((resolve, reject) => waiting.push({ item, resolve, reject }));
      if (!writing) {
        writing = true;
        // Started on the next microtask, so that items enqueued in the same tick share the first batch.
        queueMicrotask(() => void drain());
      }
      return result;
    },
  };
}
