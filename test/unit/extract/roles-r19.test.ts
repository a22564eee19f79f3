/**
 * Event roles (round 19, issue 14): a statement's SPEAKERs are its speaker, those named beside it in the subject of its
 * verb and the states and bodies they hold office for; the others named are what is spoken of or to (TARGET). A
 * meeting's HOST is the country it is held in and those who hold its offices.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../server/extract/extract-article';
import { testGazetteer } from './shared-gazetteer';

/** The roles of the first event of a type extracted from a text. */
function rolesOf(text: string, type: string): Record<string, string> | undefined {
  const out = extractArticle(text, { gazetteer: testGazetteer(), published: '2024-03-05' });
  return out.events.find((e) => e.type === type)?.roles;
}

/** The actors of the first event of a type with a role. */
function withRole(text: string, type: string, role: string): string[] {
  return Object.entries(rolesOf(text, type) ?? {})
    .filter(([, r]) => r === role)
    .map(([name]) => name)
    .sort();
}

describe('a statement is spoken by its speaker, not by what it speaks of or to', () => {
  it.each([
    [
      'a body addressed',
      'In his annual address to the Federal Assembly, Vladimir Putin said on Thursday that talks would go on.',
      'Federal Assembly',
    ],
    ['a person spoken of', 'Josep Borrell said on Tuesday that Sergei Lavrov had misled the council.', 'Sergey Lavrov'],
    [
      'a person in a reported clause (es)',
      'La Casa Blanca recordó el martes que el presidente Joe Biden considera que el diálogo es urgente.',
      'Joe Biden',
    ],
    [
      'a person in a quotation (fr)',
      "PARIS, 5 mars 2024 - « Vladimir Poutine ment », a déclaré mardi le secrétaire d'État américain Antony Blinken.",
      'Vladimir Putin',
    ],
  ])('%s is no SPEAKER: %j', (_, text, target) => {
    const roles = rolesOf(text, 'statement');
    expect(roles).toBeDefined();
    expect(roles?.[target]).not.toBe('SPEAKER');
  });

  it.each([
    [
      'the body whose name its state ends (en)',
      'MADRID, 4 March 2024 - The Ministry of Foreign Affairs of Spain condemned on Monday the attack on the embassy.',
      ['Ministry of Foreign Affairs of Spain', 'Spain'],
    ],
    [
      'two actors joined by "and" (en)',
      'The European Union and Russia said on Tuesday that the talks had failed.',
      ['European Union', 'Russia'],
    ],
    [
      'two states joined by "dan" (id)',
      'Beijing dan Moskow menyatakan pada hari Selasa bahwa sanksi baru tidak akan membantu.',
      ['China', 'Russia'],
    ],
    [
      'three persons in a list (en)',
      'Sergei Lavrov, Wang Yi and Antony Blinken said on Tuesday that they welcomed the agreement.',
      ['Antony Blinken', 'Sergey Lavrov', 'Wang Yi'],
    ],
    [
      'the body its speaker holds office for (en)',
      'NATO Secretary General Jens Stoltenberg told reporters on Tuesday that it was a historic day.',
      ['Jens Stoltenberg', 'NATO'],
    ],
    [
      "the speaker's state (ru)",
      'Во вторник Ким Чен Ын заявил, что КНДР поддерживает переговоры.',
      ['Kim Jong Un', 'North Korea'],
    ],
  ])('the speakers include %s', (_, text, speakers) => {
    expect(withRole(text, 'statement', 'SPEAKER')).toEqual(expect.arrayContaining(speakers));
  });

  it('a text with no speaker of its own keeps a speaker: its first actor', () => {
    const roles = rolesOf('Russia condemned the strikes on Tuesday, the ministry said.', 'statement');
    expect(Object.values(roles ?? {})).toContain('SPEAKER');
  });
});

describe('a meeting is hosted by the country it is held in', () => {
  it.each([
    ['en', 'Kim Jong Un met Vladimir Putin in Pyongyang on Wednesday.', ['Kim Jong Un']],
    ['en', 'Russia and North Korea held talks in Moscow on Tuesday.', ['Russia']],
    ['ru', 'Вчера в Ханое Путин провёл переговоры с президентом Вьетнама То Ламом.', ['To Lam', 'Vietnam']],
  ])('(%s) %j has the hosts %j', (_, text, hostsExpected) => {
    expect(withRole(text, 'meeting', 'HOST')).toEqual(hostsExpected);
  });

  it('the capital of a state that has since gone is that state in its years', () => {
    expect(
      withRole('The Soviet Union and the United States held talks in Moscow on 3 May 1988.', 'meeting', 'HOST'),
    ).toEqual(['Soviet Union']);
  });

  it('a meeting somewhere no party rules has no host', () => {
    expect(withRole('Russia and North Korea held talks in Moscow on Tuesday.', 'meeting', 'HOST')).not.toContain(
      'North Korea',
    );
    expect(withRole('Canada and Mexico held talks in Brussels on Tuesday.', 'meeting', 'HOST')).toEqual([]);
  });
});
