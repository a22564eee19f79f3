import { describe, expect, it } from 'vitest';
import { eventsAfterOpening as after } from './shared-gazetteer';

// Round 19 (issue 14): acts other than statements, each rule in the languages where the construction exists.
describe('extractArticle: acts of round 19', () => {
  it('extractArticle(a protest lodged by a state) is a statement, not a protest in the street', () => {
    expect(after('en', 'Chile lodged a formal protest with Peru on Tuesday.')).toEqual([
      'statement@2024-04-09[Chile/Peru]',
    ]);
    expect(after('es', 'Chile presentó el martes una nota de protesta a Perú.')).toEqual([
      'statement@2024-04-09[Chile/Peru]',
    ]);
    expect(after('fr', 'Le Chili a élevé mardi une protestation formelle auprès du Pérou.')).toEqual([
      'statement@2024-04-09[Chile/Peru]',
    ]);
    expect(after('id', 'Indonesia melayangkan nota protes kepada Australia pada Selasa.')).toEqual([
      'statement@2024-04-09[Indonesia/Australia]',
    ]);
    expect(after('ru', 'Во вторник Япония вручила ноту протеста России.')).toEqual([
      'statement@2024-04-09[Japan/Russia]',
    ]);
    // a crowd still protests
    expect(after('en', 'Thousands of people protested in Lima on Tuesday.')).toEqual(['protest@2024-04-09[]']);
  });

  it('extractArticle(a stance shown, support rallied) is words, not a march', () => {
    expect(after('fr', 'La France a manifesté mardi sa préoccupation face à la situation.')).toEqual([
      'statement@2024-04-09[France]',
    ]);
    expect(after('es', 'Cuba manifestó el martes su rechazo a las sanciones.')).toEqual(['statement@2024-04-09[Cuba]']);
    expect(after('en', 'On Tuesday the president rallied support for the agreement in Congress.')).toEqual([]);
    // people who march still protest
    expect(after('fr', 'Des milliers de personnes ont manifesté mardi à Tbilissi contre la loi.')).toEqual([
      'protest@2024-04-09[]',
    ]);
    expect(after('es', 'Miles de personas se manifestaron el martes en Tiflis contra la ley.')).toEqual([
      'protest@2024-04-09[]',
    ]);
    expect(after('en', 'Thousands rallied in Tbilisi on Tuesday.')).toEqual(['protest@2024-04-09[]']);
  });
});
