import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../server/extract/extract-article';
import { keeps, scoreCandidate, type EventCandidate, type EventModel } from '../../../server/extract/event-scorer';
import { testGazetteer } from './shared-gazetteer';
import { fit } from '../../../scripts/train-events';

/** A made-up English news text: a signing, a statement and a signing that did not happen. */
const TEXT = `MOSCOW, June 19, 2024 — Russia and North Korea signed a comprehensive strategic partnership treaty on Wednesday, Russian President Vladimir Putin said.

Kim Jong Un said the treaty was peaceful. Japan will impose sanctions on Iran next month.
`;

function candidatesOf(text: string, eventModel: EventModel | null = null): { events: string[]; c: EventCandidate[] } {
  let c: EventCandidate[] = [];
  const r = extractArticle(text, {
    gazetteer: testGazetteer(),
    published: '2024-06-19',
    eventModel,
    onEventCandidates: (x) => (c = x),
  });
  return { events: r.events.map((e) => `${e.type}@${e.date}`), c };
}

describe('event scorer', () => {
  it('scoreCandidate() is the logistic of the summed weights of the features it knows', () => {
    const m = { threshold: 0.5, weights: { bias: -1, 'type:statement': 3 } };
    expect(scoreCandidate(m, ['bias', 'type:statement', 'unknown'])).toBeCloseTo(1 / (1 + Math.exp(-2)), 10);
    expect(scoreCandidate(m, ['bias'])).toBeLessThan(0.5);
  });

  it('keeps() asks the keep model about kept events and the rescue model about dropped ones; without a model, the rules decide', () => {
    const low = { threshold: 0.5, weights: { bias: -5 } };
    const high = { threshold: 0.5, weights: { bias: 5 } };
    const kept = { source: 'kept', features: ['bias'] };
    const dropped = { source: 'negated', features: ['bias'] };
    expect(keeps({ keep: low, rescue: null }, kept)).toBe(false);
    expect(keeps({ keep: high, rescue: null }, kept)).toBe(true);
    expect(keeps({ keep: null, rescue: null }, kept)).toBe(true);
    expect(keeps({ keep: null, rescue: null }, dropped)).toBe(false);
    expect(keeps({ keep: null, rescue: high }, dropped)).toBe(true);
  });

  it('extractArticle(onEventCandidates) hands over the kept events as they are output, and the dropped triggers after them', () => {
    const plain = extractArticle(TEXT, { gazetteer: testGazetteer(), published: '2024-06-19' });
    const { events, c } = candidatesOf(TEXT);
    expect(events).toEqual(plain.events.map((e) => `${e.type}@${e.date}`));
    expect(c.filter((x) => x.source === 'kept').map((x) => x.event)).toEqual(plain.events);
    // "Japan will impose sanctions": a planned act is a candidate the rules drop
    expect(c.some((x) => x.source === 'planned' && x.event.type === 'sanction')).toBe(true);
  });

  it('candidate features name no actor, place or treaty of the article, only what the rules know and the trigger word', () => {
    const { c } = candidatesOf(TEXT);
    const all = c
      .flatMap((x) => x.features)
      .join(' ')
      .toLowerCase();
    for (const word of ['russia', 'korea', 'putin', 'kim', 'japan', 'iran', 'moscow', 'partnership'])
      expect(all).not.toContain(word);
    expect(c.every((x) => x.features.includes('bias') && x.features.includes(`type:${x.event.type}`))).toBe(true);
  });

  it('extractArticle(eventModel) drops the kept events the keep model rejects and adds the dropped ones the rescue model accepts', () => {
    const none = candidatesOf(TEXT, { keep: { threshold: 0.5, weights: { bias: -5 } }, rescue: null });
    expect(none.events).toEqual([]);
    const all = candidatesOf(TEXT, { keep: null, rescue: { threshold: 0.5, weights: { bias: 5 } } });
    expect(all.events).toEqual(all.c.map((x) => `${x.event.type}@${x.event.date}`));
    expect(all.events.length).toBeGreaterThan(candidatesOf(TEXT).events.length);
  });

  it('fit() (scripts/train-events.ts) learns a feature that tells the labels apart, and gives the same weights twice', () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({
      features: ['bias', i % 2 ? 'good' : 'bad', `noise:${i % 3}`],
      y: i % 2,
    }));
    const w = fit(rows);
    expect(w.good).toBeGreaterThan(0.5);
    expect(w.bad).toBeLessThan(-0.5);
    expect(scoreCandidate({ threshold: 0.5, weights: w }, ['bias', 'good'])).toBeGreaterThan(0.5);
    expect(fit(rows)).toEqual(w);
  });

  it('hands over a clause with a stated date and an actor that no trigger fired on as a clause candidate, typed "other"', () => {
    const text = `PARIS, March 9, 2021 — France and Germany signed a treaty on Tuesday.

On 5 March 2021, Germany and Poland sat down together in Warsaw. France will say more next week.
`;
    const plain = extractArticle(text, { gazetteer: testGazetteer(), published: '2021-03-09' });
    const { c } = candidatesOf(text);
    const clauses = c.filter((x) => x.source === 'clause');
    expect(clauses.map((x) => `${x.event.type}@${x.event.date}`)).toContain('other@2021-03-05');
    const found = clauses.find((x) => x.event.date === '2021-03-05')!;
    expect(found.event.actors).toEqual(expect.arrayContaining(['Germany', 'Poland']));
    expect(found.features).toContain('clause:untyped');
    // the signing's clause is an event of the rules already: no clause candidate there
    expect(clauses.some((x) => x.event.date?.startsWith('2021-03-09') && x.event.type === 'other')).toBe(false);
    // the rules alone never output a clause candidate
    expect(plain.events.some((e) => e.date === '2021-03-05')).toBe(false);
  });
});
