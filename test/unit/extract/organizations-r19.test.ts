/**
 * Organizations as actors (round 19, issue 14): a known body's name with or without the articles inside it ("la
 * Organización de Estados Americanos", "the Organization of the Islamic Cooperation").
 */
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../server/domain/extraction';
import { extractArticle } from '../../../server/extract/extract-article';
import { foldText } from '../../../server/extract/fold-text';
import { createGazetteer, type GazetteerData } from '../../../server/extract/gazetteer';
import { testGazetteer } from './shared-gazetteer';

/** The organizations extracted from a text, by name. */
function organizations(text: string): string[] {
  return extractArticle(text, { gazetteer: testGazetteer(), published: '2024-03-05' })
    .actors.filter((a) => a.kind === 'organization')
    .map((a) => a.name);
}

/** A gazetteer of made-up bodies, one name per language, each with articles inside it where the language has them. */
const DATA: GazetteerData = {
  actors: [
    {
      id: 'org:league',
      name: 'League of the Northern Ports',
      kind: 'organization',
      names: {
        en: ['League of the Northern Ports'],
        es: ['Liga de los Puertos del Norte'],
        fr: ['Ligue des ports du Nord'],
        id: ['Liga Pelabuhan Utara'],
        ru: ['Лига северных портов'],
      },
    },
    {
      id: 'org:council',
      name: 'Council of Coastal States',
      kind: 'organization',
      names: { en: ['Council of Coastal States'], es: ['Consejo de Estados Costeros'] },
    },
    {
      id: 'org:council-rivers',
      name: 'Council of the Rivers',
      kind: 'organization',
      names: { en: ['Council of the Rivers'], es: ['Consejo de los Ríos'] },
    },
  ],
  treaties: [],
  places: [],
};
const gazetteer = createGazetteer(DATA);
function matched(text: string, language: Language): string[] {
  return gazetteer.match(text, foldText(text), language).map((m) => text.slice(m.start, m.end));
}

describe('gazetteer.match reads a known name with or without the articles inside it', () => {
  it.each([
    ['en', 'Envoys of the League of Northern Ports met on Monday.', 'League of Northern Ports'],
    ['en', 'The League of the Northern Ports met on Monday.', 'League of the Northern Ports'],
    ['en', 'The Council of the Coastal States met on Monday.', 'Council of the Coastal States'],
    ['es', 'La Liga de Puertos del Norte se reunió el lunes.', 'Liga de Puertos del Norte'],
    ['es', 'El Consejo de los Estados Costeros se reunió el lunes.', 'Consejo de los Estados Costeros'],
    ['es', 'El Consejo de las Estados Costeros se reunió el lunes.', 'Consejo de las Estados Costeros'],
    ['en', 'The Council of Rivers met on Monday.', 'Council of Rivers'],
  ] as const)('gazetteer.match(%s, %j) finds %j', (language, text, name) => {
    expect(matched(text, language)).toEqual([name]);
  });

  it.each([
    [
      'en',
      'an article after the whole name',
      'The Council of Coastal States the day after.',
      ['Council of Coastal States'],
    ],
    ['en', 'an article ending the text', 'The Council of the', []],
    [
      'es',
      'the name with its article after the bare one',
      'El Consejo de los Ríos se reunió.',
      ['Consejo de los Ríos'],
    ],
  ] as const)('gazetteer.match(%s, %s) leaves no article out: %j', (language, _, text, names) => {
    expect(matched(text, language)).toEqual(names);
  });
});

describe('extractArticle names a known body written with or without its articles', () => {
  it.each([
    [
      'El secretario general de la Organización de Estados Americanos visitó Lima el lunes.',
      'Organization of American States',
    ],
    ['The Organization of the Islamic Cooperation met in Jeddah on Monday.', 'Organisation of Islamic Cooperation'],
    ['The Organization of the Petroleum Exporting Countries met in Vienna on Monday.', 'OPEC'],
  ])('extractArticle(%j) finds %j', (text, name) => {
    expect(organizations(text)).toContain(name);
  });
});

/** The organizations extracted from a text, each as "name: the forms written". */
function organizationForms(text: string): string[] {
  return extractArticle(text, { gazetteer: testGazetteer(), published: '2024-03-05' })
    .actors.filter((a) => a.kind === 'organization')
    .map((a) => `${a.name}: ${(a.mentions ?? []).map((m) => m.quote).join(' | ')}`);
}

describe('an acronym in brackets after a long name', () => {
  it.each([
    [
      'Delegates of the Pacific Island Forum (PIF) arrived in Suva on Monday to discuss the fisheries deal.',
      'Pacific Islands Forum: Pacific Island Forum | PIF',
    ],
    [
      'Los delegados de la Organización de los Estados Americanos (ORGEA) llegaron el lunes a Lima para la reunión.',
      'Organization of American States: Organización de los Estados Americanos | ORGEA',
    ],
  ])('extractArticle(%j) gives the acronym to the known body the long name is: %j', (text, forms) => {
    expect(organizationForms(text)).toContain(forms);
  });

  it.each([
    [
      'Delegates of the Indian Ocean Fisheries Association (IOFA) met in Colombo on Monday to discuss the catch limits.',
      'IOFA: Indian Ocean Fisheries Association | IOFA',
    ],
    [
      'Bangladesh, sebagai Ketua Dewan Nelayan Samudra Hindia (DNSH), hadir dalam pertemuan para menteri pada hari Selasa di Jakarta.',
      'DNSH: Dewan Nelayan Samudra Hindia | DNSH',
    ],
  ])('extractArticle(%j) keeps a place inside the long name and no title before it: %j', (text, forms) => {
    expect(organizationForms(text)).toContain(forms);
  });
});
