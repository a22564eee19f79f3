import { describe, expect, it } from 'vitest';
import { namesOf } from './shared-gazetteer';

/** States that no longer exist, as French texts name them. A sentence written for the test. */
describe('French names of former states', () => {
  it('recognizeActors("l’ex-Yougoslavie", "la Tchécoslovaquie", "la RDA", "l’Allemagne de l’Ouest") finds the states', () => {
    const names = namesOf(
      "La France avait signé ces accords avec l'ex-Yougoslavie, la Tchécoslovaquie, la RDA et l'Allemagne de l'Ouest.",
      'fr',
      'country',
    );
    expect(names).toEqual(expect.arrayContaining(['Yugoslavia', 'Czechoslovakia', 'East Germany', 'West Germany']));
  });
});
