/**
 * Organizations whose names end in their head (round 18, issue 14): "the National Unity Party", "the Royal Air Force",
 * "the Moscow City Court" are bodies the gazetteer does not know (recognizeHeadFinalOrganizations, `orgTailHeads`).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../server/extract/extract-article';
import { testGazetteer } from './shared-gazetteer';

/** The organizations extracted from a text, by name. */
function organizations(text: string): string[] {
  return extractArticle(text, { gazetteer: testGazetteer(), published: '2024-03-05' })
    .actors.filter((a) => a.kind === 'organization')
    .map((a) => a.name);
}

describe('capitalized words before a head of a body name an organization (English)', () => {
  it.each([
    ['The National Unity Party won the vote on Sunday.', 'National Unity Party'],
    ['Jets of the Royal Air Force struck two depots on Tuesday.', 'Royal Air Force'],
    ['The Moscow City Court rejected the appeal on Tuesday.', 'Moscow City Court'],
    ['Treasury sanctioned the Global Research Agency, a troll farm.', 'Global Research Agency'],
    ['The Food Aid Committee met in London.', 'Food Aid Committee'],
    ['Maria Lopez of the Liberal Reform Movement said the vote was fair.', 'Liberal Reform Movement'],
  ])('extractArticle(%j) finds the organization %j', (text, name) => {
    expect(organizations(text)).toContain(name);
  });

  it.each([
    ['a head alone after an article', 'The Party said on Tuesday that it would vote.'],
    ['a hyphenated pair of states', 'The U.S.-Japan Alliance is strong, the minister said.'],
    ['the complement of a longer name', 'Congress approved the Compacts of Free Association on Tuesday.'],
    ['the first words of a treaty name', 'They signed the Regional Association Agreements on Tuesday.'],
    ['a month before the head', 'In March Committee members met twice.'],
    ['a headline in Title Case', 'Voters Back Ruling Party In Tight Race\n\nVoters went to the polls on Sunday.'],
  ])('extractArticle(%s) finds no organization', (_, text) => {
    expect(organizations(text)).toEqual([]);
  });

  it('extractArticle(an organization named after a treaty) is an organization, not a treaty', () => {
    const out = extractArticle('The Southern Defence Treaty Organization held a summit in Tashkent on Tuesday.', {
      gazetteer: testGazetteer(),
    });
    expect(out.actors.map((a) => `${a.name}<${a.kind}>`)).toEqual([
      'Southern Defence Treaty Organization<organization>',
    ]);
    expect(out.treaties).toEqual([]);
  });

  it("extractArticle(Ghana's Cocoa Marketing Board) keeps the state its own actor, before the body", () => {
    const actors = extractArticle("Ghana's Cocoa Marketing Board raised prices on Sunday.", {
      gazetteer: testGazetteer(),
    }).actors.map((a) => `${a.name}<${a.kind}>`);
    expect(actors).toEqual(['Ghana<country>', 'Cocoa Marketing Board<organization>']);
  });
});

describe('a capitalized head and lowercase adjectives after it name an organization (French, orgAdjectives)', () => {
  it.each([
    ['Le Conseil électoral provisoire a validé mardi les résultats du scrutin.', 'Conseil électoral provisoire'],
    ['Le Comité militaire national a pris le pouvoir mardi.', 'Comité militaire national'],
    ['Les résultats ont été annoncés par la Commission électorale nationale mardi.', 'Commission électorale nationale'],
    ['Le Parti socialiste a appelé à voter contre le texte.', 'Parti socialiste'],
    ['La Cour suprême a rejeté mardi le recours de l’opposition.', 'Cour suprême'],
    ['Le Front populaire ivoirien a boycotté le scrutin.', 'Front populaire ivoirien'],
  ])('extractArticle(%j) finds the organization %j', (text, name) => {
    expect(organizations(text)).toContain(name);
  });

  it.each([
    ['a head without an adjective', 'Le Conseil a décidé mardi de reporter le vote.'],
    ['a present participle after the head', 'La Commission concernant les frontières a siégé mardi.'],
    ['a head in lowercase', 'Un conseil constitutionnel a été créé en 1990.'],
  ])('extractArticle(%s) finds no organization', (_, text) => {
    expect(organizations(text)).toEqual([]);
  });
});
