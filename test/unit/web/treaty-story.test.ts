import { describe, expect, it } from 'vitest';
import type { TreatyDetail } from '../../../web/src/api/types';
import { lifecycleSteps, lineageSteps, sentenceAround, stepLabels } from '../../../web/src/timeline/treaty-story';

const text =
  'Putin and Kim signed the pact on Wednesday. The new treaty replaces the 2000 treaty, officials said. It enters into force later.';
const at = (s: string) => text.indexOf(s);
const article = {
  id: 'a1',
  title: 'Pact signed',
  url: 'https://pactline.example/a1',
  language: 'en',
  text,
  mentions: [
    { quote: 'the pact', start: at('the pact'), end: at('the pact') + 8, treaty: { id: 't2024' } },
    { quote: 'The new treaty', start: at('The new treaty'), end: at('The new treaty') + 14, treaty: { id: 't2024' } },
    {
      quote: 'the 2000 treaty',
      start: at('the 2000 treaty'),
      end: at('the 2000 treaty') + 15,
      treaty: { id: 't2000' },
    },
  ],
};
const gazetteer = { id: 'gazetteer:treaties', title: 'Pactline seed gazetteer', path: 'seed/gazetteer/README.md' };

const treaty = {
  id: 't2024',
  name: 'Treaty on Comprehensive Strategic Partnership',
  aliases: [],
  kind: 'treaty',
  signedOn: '2024-06-19',
  inForceFrom: '2024-12-04',
  endedOn: null,
  status: 'IN_FORCE',
  parties: [
    { since: null, until: null, actor: { id: 'RU', name: 'Russia' }, references: [] },
    { since: null, until: null, actor: { id: 'KP', name: 'North Korea' }, references: [] },
  ],
  events: [
    {
      id: 'e-rat',
      type: 'RATIFICATION',
      date: '2024-11-11',
      datePrecision: 'DAY',
      modality: 'ASSERTED',
      summary: null,
      participants: [
        { role: 'SIGNATORY', actor: { id: 'person:putin', name: 'Vladimir Putin' } },
        { role: 'PARTICIPANT', actor: { id: 'RU', name: 'Russia' } },
      ],
      conflicts: [],
    },
    {
      id: 'e-sign',
      type: 'TREATY_SIGNING',
      date: '2024-06-19',
      datePrecision: 'DAY',
      modality: 'ASSERTED',
      summary: null,
      participants: [],
      conflicts: [],
    },
  ],
  replaces: [
    {
      basis: 'LEGAL',
      effectiveOn: '2024-12-04',
      treaty: { id: 't2000', name: 'Treaty of 2000' },
      sources: [article],
      references: [gazetteer],
    },
  ],
  replacedBy: [],
  lineage: [
    {
      id: 't1961',
      name: 'Treaty of 1961',
      signedOn: '1961-07-06',
      inForceFrom: '1961-09-10',
      endedOn: '1996-09-10',
      status: 'SUPERSEDED',
      replacedBy: [
        {
          basis: 'SUCCESSOR',
          effectiveOn: '2000-10-30',
          treaty: { id: 't2000', name: 'Treaty of 2000' },
          sources: [],
          references: [gazetteer],
        },
      ],
    },
    {
      id: 't2000',
      name: 'Treaty of 2000',
      signedOn: '2000-02-09',
      inForceFrom: '2000-10-30',
      endedOn: '2024-12-04',
      status: 'SUPERSEDED',
      replacedBy: [
        {
          basis: 'LEGAL',
          effectiveOn: '2024-12-04',
          treaty: { id: 't2024', name: 'Treaty on Comprehensive Strategic Partnership' },
          sources: [article],
          references: [gazetteer],
        },
      ],
    },
    {
      id: 't2024',
      name: 'Treaty on Comprehensive Strategic Partnership',
      signedOn: '2024-06-19',
      inForceFrom: '2024-12-04',
      endedOn: null,
      status: 'IN_FORCE',
      replacedBy: [],
    },
  ],
} as unknown as TreatyDetail;

describe('treaty-story', () => {
  it('lifecycleSteps returns signing, the ratification by its party (not every participant) and entry into force, oldest first', () => {
    expect(lifecycleSteps(treaty).map((s) => [s.date, s.label, s.who])).toEqual([
      ['2024-06-19', 'Treaty signing', null],
      ['2024-11-11', 'Ratification', 'Russia'],
      ['2024-12-04', 'Entered into force', null],
    ]);
  });
  it('lineageSteps returns both directions with basis, the sentence naming both treaties, and the reference where no article states a step', () => {
    const steps = lineageSteps(treaty);
    expect(steps.map((s) => [s.from.id, s.to.id, s.basis])).toEqual([
      ['t1961', 't2000', 'SUCCESSOR'],
      ['t2000', 't2024', 'LEGAL'],
    ]);
    expect(steps[0]!.quotes).toEqual([]);
    expect(steps[0]!.references.map((r) => r.title)).toEqual(['Pactline seed gazetteer']);
    expect(steps[1]!.quotes.map((q) => q.quote)).toEqual(['The new treaty replaces the 2000 treaty, officials said.']);
  });
  it('sentenceAround returns the sentence that holds the offsets', () => {
    expect(sentenceAround(text, at('the pact'), at('the pact') + 8)).toBe(
      'Putin and Kim signed the pact on Wednesday.',
    );
  });
});

describe('stepLabels', () => {
  it('gives each dot its own number when they lie apart', () => {
    expect(stepLabels([10, 40, 90], 14)).toEqual([
      { x: 10, text: '1' },
      { x: 40, text: '2' },
      { x: 90, text: '3' },
    ]);
  });
  it('gives dots on one spot one label under the middle of the run, so no numbers overlap', () => {
    // a signing and an entry into force on the same day, then three steps within a few pixels
    expect(stepLabels([20, 20, 100, 104, 110, 300], 14)).toEqual([
      { x: 20, text: '1,2' },
      { x: 105, text: '3–5' },
      { x: 300, text: '6' },
    ]);
  });
  it('draws nothing for no steps', () => {
    expect(stepLabels([], 14)).toEqual([]);
  });
});
