import { describe, expect, it } from 'vitest';
import {
  actorMatch,
  dateOk,
  matchOneToOne,
  matchTwoPhase,
  prf,
  scoreArticle,
  total,
  treatyExact,
  treatyMatch,
  type Gold,
  type Prediction,
} from '../../../scripts/evaluation';

const gold = (g: Partial<Gold>): Gold => ({ actors: [], events: [], treaties: [], ...g });

describe('matchOneToOne', () => {
  it('matchOneToOne pairs each prediction with at most one gold item and finds the maximum matching', () => {
    // gold 0 accepts p0 and p1, gold 1 only p0: a greedy first choice would leave gold 1 unmatched
    type G = { accepts: number[]; optional?: boolean };
    const ok = (g: G, p: number): boolean => g.accepts.includes(p);
    const pairs = matchOneToOne<G, number>([{ accepts: [0, 1] }, { accepts: [0] }], [0, 1], ok);
    expect(pairs).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
  it('matchOneToOne gives a contested prediction to the required gold item, not the optional one', () => {
    const ok = (): boolean => true;
    const pairs = matchOneToOne([{ optional: true }, { optional: false }], ['only'], ok);
    expect(pairs).toEqual([[1, 0]]);
  });
  it('matchTwoPhase pairs exact names first so that an old and a new treaty sharing words do not swap', () => {
    const g = [{ name: 'Treaty on Friendship 1961' }, { name: 'Treaty on Friendship and Partnership 2024' }];
    const p = [{ name: 'Treaty on Friendship and Partnership 2024' }, { name: 'Treaty on Friendship 1961' }];
    expect(matchTwoPhase(g, p, treatyExact, treatyMatch)).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
});

describe('item predicates', () => {
  it('actorMatch accepts the predicted name among the gold aliases or the gold name among the predicted aliases', () => {
    expect(actorMatch({ name: 'Russia', aliases_in_text: ['Россия'] }, { name: 'Россия' })).toBe(true);
    expect(actorMatch({ name: 'Russia' }, { name: 'Russian Federation', aliases: ['Russia'] })).toBe(true);
    expect(actorMatch({ name: 'Russia' }, { name: 'Belarus' })).toBe(false);
  });
  it('dateOk compares at the gold precision and accepts alt_dates', () => {
    expect(dateOk({ type: 'meeting', date: '2024-06' }, { date: '2024-06-19' })).toBe(true);
    expect(dateOk({ type: 'meeting', date: '2024-06-19' }, { date: '2024-06' })).toBe(true);
    expect(dateOk({ type: 'meeting', date: '2024-06-19' }, { date: '2024' })).toBe(false);
    expect(dateOk({ type: 'meeting', date: '2024-06-19' }, { date: '2024-06-20' })).toBe(false);
    expect(dateOk({ type: 'meeting', date: '2024-06-19', alt_dates: ['2024-06-20'] }, { date: '2024-06-20' })).toBe(
      true,
    );
    expect(dateOk({ type: 'meeting', date: null }, { date: '1999' })).toBe(true);
  });
  it('treatyMatch accepts names sharing most of their content words, treatyExact only equal names', () => {
    const g = { name: 'Treaty on the Non-Proliferation of Nuclear Weapons', aliases_in_text: ['NPT'] };
    expect(treatyExact(g, { name: 'NPT' })).toBe(true);
    expect(treatyExact(g, { name: 'Non-Proliferation of Nuclear Weapons Treaty' })).toBe(false);
    expect(treatyMatch(g, { name: 'Non-Proliferation of Nuclear Weapons Treaty' })).toBe(true);
    expect(treatyMatch(g, { name: 'Treaty on the Prohibition of Nuclear Weapons' })).toBe(false);
  });
});

describe('scoreArticle', () => {
  const g = gold({
    language: 'en',
    actors: [
      { name: 'Russia', aliases_in_text: ['Russia', 'Moscow'] },
      { name: 'North Korea', aliases_in_text: ['DPRK'] },
      { name: 'TASS', optional: true },
    ],
    events: [
      { type: 'treaty_signing', date: '2024-06-19', actors: ['Russia', 'North Korea'] },
      { type: 'statement', date: null, actors: ['Vladimir Putin'] },
      { type: 'other', date: '2000', actors: [], optional: true },
    ],
    treaties: [
      { name: 'Comprehensive Strategic Partnership Treaty', replaces: ['Treaty of Friendship 2000'] },
      { name: 'Treaty of Friendship 2000', replaces: [], replaces_optional: ['Treaty of Friendship 1961'] },
      { name: 'Treaty of Friendship 1961', optional: true },
    ],
  });
  const p: Prediction = {
    language: 'en',
    actors: [{ name: 'Russia', aliases: ['Moscow'] }, { name: 'North Korea', aliases: ['DPRK'] }, { name: 'TASS' }],
    events: [
      // accepted: type, day and one shared actor (a predicted alias maps to the gold actor)
      { type: 'treaty_signing', date: '2024-06-19', actors: ['Moscow'] },
      // a ratification is accepted for an optional gold "other", any actor
      { type: 'ratification', date: '2000-02-09', actors: ['Russia'] },
      // wrong type for the statement
      { type: 'meeting', date: null, actors: ['Vladimir Putin'] },
    ],
    treaties: [
      { name: 'Treaty on Comprehensive Strategic Partnership', replaces: ['Treaty of Friendship 2000'] },
      { name: 'Treaty of Friendship 2000', replaces: ['Treaty of Friendship 1961', '1953 armistice'] },
    ],
  };
  const s = scoreArticle('x.txt', g, p);
  it('scoreArticle counts optional actors as neither required nor penalised', () => {
    expect(s.actors).toEqual({ tpPred: 3, tpGold: 2, pred: 3, gold: 2 });
  });
  it('scoreArticle counts matched events, required events and predictions apart', () => {
    expect(s.events).toEqual({ tpPred: 2, tpGold: 1, pred: 3, gold: 2 });
    // the meeting has the statement's date and actor: only its type is wrong
    expect(s.missedEvents).toEqual([{ event: 'statement@null[Vladimir Putin]', type: 'statement', reason: 'type' }]);
    // and the meeting is spurious for the same reason, seen from the prediction
    expect(s.spuriousEvents).toEqual([{ event: 'meeting@null[Vladimir Putin]', type: 'meeting', reason: 'type' }]);
  });
  it('scoreArticle matches treaties by shared words and lineage on matched treaties, replaces_optional free', () => {
    expect(s.treaties).toEqual({ tpPred: 2, tpGold: 2, pred: 2, gold: 2 });
    expect(s.lineage).toEqual({ tpPred: 2, tpGold: 1, pred: 3, gold: 1 });
  });
  it('scoreArticle lists the missed and spurious treaties and lineage edges, for --verbose', () => {
    expect(s.missedTreaties).toEqual([]);
    expect(s.spuriousTreaties).toEqual([]);
    expect(s.missedLineage).toEqual([]);
    // the replaced 1961 treaty is optional lineage; the armistice is no gold edge
    expect(s.spuriousLineage).toEqual(['Treaty of Friendship 2000 < 1953 armistice']);
    const t = scoreArticle('z.txt', g, {
      treaties: [{ name: 'Treaty of Friendship 2000', replaces: ['Pact of 1999'] }],
    });
    expect(t.missedTreaties).toEqual(['Comprehensive Strategic Partnership Treaty']);
    expect(t.missedLineage).toEqual(['Comprehensive Strategic Partnership Treaty < Treaty of Friendship 2000']);
    expect(t.spuriousLineage).toEqual(['Treaty of Friendship 2000 < Pact of 1999']);
  });
  it('scoreArticle lists the matched events dated where the gold event has no date nor alt_dates', () => {
    const undated = gold({
      events: [
        { type: 'statement', date: null, actors: ['Vladimir Putin'] },
        { type: 'meeting', date: null, alt_dates: ['2024-06-19'], actors: ['Russia'] },
        { type: 'protest', date: '2024', actors: [] },
      ],
    });
    const u = scoreArticle('u.txt', undated, {
      events: [
        { type: 'statement', date: '2024-06-19', actors: ['Vladimir Putin'] },
        { type: 'meeting', date: '2024-06-19', actors: ['Russia'] },
        { type: 'protest', date: '2024-05', actors: [] },
      ],
    });
    expect(u.events.tpGold).toBe(3);
    expect(u.undatedGiven).toEqual(['statement@2024-06-19[Vladimir Putin]']);
    // the article has a dated gold event, so score.mjs's "dates invented" count stays 0
    expect(u.invented).toBe(0);
    expect(total([u, s]).undatedGiven).toBe(1);
  });
  it('scoreArticle classes the missed and spurious actors by kind and form when given the text', () => {
    const text = 'Lisbon talks\nLISBON, May 2 - Portugal and the Jordan Valley Authority met; Mr Pedro Alves spoke.\n';
    const a = gold({
      actors: [
        { name: 'Portugal', kind: 'country' },
        { name: 'Pedro Alves', kind: 'person' },
        { name: 'Jordan Valley Authority', kind: 'organization' },
        { name: 'Spain', kind: 'country' },
        { name: 'Ana Costa', kind: 'person', aliases_in_text: ['Ms Costa'] },
      ],
    });
    const at = (quote: string) => {
      const start = text.lastIndexOf(quote);
      return [{ start, end: start + quote.length }];
    };
    const u = scoreArticle(
      'a.txt',
      a,
      {
        actors: [
          { name: 'Portugal', kind: 'country', mentions: at('Portugal') },
          { name: 'Alves', kind: 'person', mentions: at('Alves') },
          { name: 'Lisbon', kind: 'organization', mentions: at('LISBON') },
          { name: 'Jordan', kind: 'country', mentions: at('Jordan') },
          { name: 'Mr', kind: 'person', mentions: at('Mr') },
          { name: 'Portuguese Republic', kind: 'country', aliases: ['Portugal'], mentions: at('Portugal') },
        ],
      },
      text,
    );
    expect(u.missedActorClasses).toEqual([
      { kind: 'person', form: 'boundary' },
      { kind: 'organization', form: 'boundary' },
      { kind: 'country', form: 'other' },
      { kind: 'person', form: 'other' },
    ]);
    expect(u.spuriousActorClasses).toEqual([
      { kind: 'person', form: 'sub' },
      { kind: 'organization', form: 'head' },
      { kind: 'country', form: 'sub' },
      { kind: 'person', form: 'run' },
      { kind: 'country', form: 'double' },
    ]);
    // without the text, no classes
    expect(s.missedActorClasses).toEqual([]);
  });
  it('total and prf give micro-averaged precision, recall and F1', () => {
    const t = total([s, scoreArticle('y.txt', gold({ events: [{ type: 'protest', date: '2020' }] }), {})]);
    expect(t.events).toEqual({ tpPred: 2, tpGold: 1, pred: 3, gold: 3 });
    const e = prf(t.events);
    expect(e.p).toBeCloseTo(2 / 3);
    expect(e.r).toBeCloseTo(1 / 3);
    expect(e.f).toBeCloseTo(4 / 9);
    expect(prf({ tpPred: 0, tpGold: 0, pred: 0, gold: 0 })).toEqual({ p: 1, r: 1, f: 1 });
  });
});
