import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

// Round 13 (issue 14): meetings typed right and found, each rule in every language where the construction exists.
describe('extractArticle: calls and receptions with a time adverb inside (round 13)', () => {
  it('extractArticle("spoke today by telephone with", "conversó hoy por teléfono con") is a meeting of that day', () => {
    const calls: string[] = [
      'Secretary of State Antony Blinken spoke today by telephone with Turkish Foreign Minister Mevlut Cavusoglu.',
      'Secretary of State Antony Blinken talked on Monday by phone with Turkish Foreign Minister Mevlut Cavusoglu.',
      'El canciller Marcelo Ebrard conversó hoy por teléfono con el secretario de Estado Antony Blinken.',
      'El canciller Marcelo Ebrard habló este lunes por teléfono con el secretario de Estado Antony Blinken.',
      "Le ministre Jean-Yves Le Drian s'est entretenu aujourd'hui par téléphone avec le secrétaire d'État Antony Blinken.",
    ];
    for (const text of calls)
      expect(events(text, '2021-03-10')).toContainEqual(
        expect.stringMatching(/^meeting@2021-03-(?:10|08)\[.*Antony Blinken/),
      );
  });
});
