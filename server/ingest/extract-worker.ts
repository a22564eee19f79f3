import { parentPort, threadId } from 'node:worker_threads';
import type { Language } from '../domain/extraction';
import { loadExtractor } from './load-extractor';

/**
 * The worker side of the extraction pool (extract-pool.ts): compiles the gazetteer once, then
 * extracts each article it is sent and posts the result back with the task's id.
 */
export interface ExtractTask {
  id: number;
  text: string;
  published?: string;
  language?: Language | null;
}

export type ExtractReply =
  | { id: number; ok: true; result: unknown; threadId: number }
  | { id: number; ok: false; message: string; threadId: number };

const port = parentPort;
if (port) {
  const extract = loadExtractor();
  port.on('message', async (task: ExtractTask) => {
    let reply: ExtractReply;
    try {
      const result = await extract(task.text, { published: task.published, language: task.language ?? null });
      reply = { id: task.id, ok: true, result, threadId };
    } catch (error) {
      reply = { id: task.id, ok: false, message: (error as Error)?.message ?? String(error), threadId };
    }
    port.postMessage(reply);
  });
}
