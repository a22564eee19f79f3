import { describe, expect, it } from 'vitest';
import { createBatcher } from '../../../server/ingest/group-batches';

describe('createBatcher', () => {
  it("enqueue() resolves with each item's own result; items that arrive while a batch is written go together in the next one", async () => {
    const batches: number[][] = [];
    let release: () => void = () => undefined;
    const batcher = createBatcher(async (items: number[]) => {
      batches.push(items);
      if (batches.length === 1) await new Promise<void>((r) => (release = r));
      return items.map((n) => n * 10);
    }, 3);
    const first = batcher.enqueue(1);
    await Promise.resolve();
    const rest = [2, 3, 4, 5].map((n) => batcher.enqueue(n));
    release();
    expect(await Promise.all([first, ...rest])).toEqual([10, 20, 30, 40, 50]);
    expect(batches).toEqual([[1], [2, 3, 4], [5]]);
  });

  it('enqueue() rejects the items of a failed batch only', async () => {
    const batcher = createBatcher(async (items: string[]) => {
      if (items.includes('bad')) throw new Error('boom');
      return items;
    }, 1);
    const results = await Promise.allSettled(['a', 'bad', 'c'].map((s) => batcher.enqueue(s)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('createBatcher(fn, 0) throws', () => {
    expect(() => createBatcher(async () => [], 0)).toThrow('invalid maxBatch: 0');
  });
});
