import { extractArticle } from '../../../server/extract/extract-article';
import { createGazetteer, type Gazetteer } from '../../../server/extract/gazetteer';
import { loadGazetteerData } from '../../../seed/gazetteer';

let cached: Gazetteer | null = null;

/** The default gazetteer, compiled once for all tests in a file. */
export function testGazetteer(): Gazetteer {
  cached ??= createGazetteer(loadGazetteerData());
  return cached;
}

/** The events extracted from `text` (with its publication day, when given), each as "type@date[actor/actor]". */
export function extractedEvents(text: string, published?: string): string[] {
  return extractArticle(text, { gazetteer: testGazetteer(), ...(published ? { published } : {}) }).events.map(
    (e) => `${e.type}@${e.date}[${e.actors.join('/')}]`,
  );
}
