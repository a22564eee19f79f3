import { createGazetteer, type Gazetteer } from '../../../server/extract/gazetteer';
import { loadGazetteerData } from '../../../seed/gazetteer';

let cached: Gazetteer | null = null;

/** The default gazetteer, compiled once for all tests in a file. */
export function testGazetteer(): Gazetteer {
  cached ??= createGazetteer(loadGazetteerData());
  return cached;
}
