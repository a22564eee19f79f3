import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../server/extract/extract-article';
import { testGazetteer } from './shared-gazetteer';

/** Meetings, military actions, sanctions, protests, elections, accessions and withdrawals in their news forms, in every language. */
const events = (text: string, published?: string) =>
  extractArticle(text, { gazetteer: testGazetteer(), ...(published ? { published } : {}) }).events.map(
    (e) => `${e.type}@${e.date}[${e.actors.join('/')}]`,
  );
const types = (text: string, published?: string) => events(text, published).map((e) => e.split('@')[0]);

describe('meetings told as a call, as the object of hold/have, as a trip', () => {
  it('a phone call told as a noun is a meeting', () => {
    expect(
      types('In a phone call on Saturday, the presidents of Japan and Brazil discussed trade.', '2020-03-14'),
    ).toContain('meeting');
    expect(
      types(
        'En una conversación telefónica el sábado, los presidentes de Japón y Brasil discutieron el comercio.',
        '2020-03-14',
      ),
    ).toContain('meeting');
    expect(
      types('Les présidents du Japon et du Brésil ont parlé par téléphone samedi du commerce.', '2020-03-14'),
    ).toContain('meeting');
    expect(
      types(
        'Dalam percakapan melalui sambungan telepon, Presiden Jepang dan Brasil membahas perdagangan.',
        '2020-03-14',
      ),
    ).toContain('meeting');
    expect(
      types('Президенты Японии и Бразилии в разговоре по телефону в субботу обсудили торговлю.', '2020-03-14'),
    ).toContain('meeting');
  });
  it('a meeting held or had is a meeting, dated by the news of the day when the text gives no date', () => {
    expect(events('The leaders of Japan and Brazil held a bilateral meeting in Tokyo.', '2020-03-14')).toContain(
      'meeting@2020-03-14[Japan/Brazil]',
    );
    expect(types('Japón y Brasil celebraron una reunión bilateral en Tokio.', '2020-03-14')).toContain('meeting');
    expect(types('Le Japon et le Brésil ont tenu une réunion bilatérale à Tokyo.', '2020-03-14')).toContain('meeting');
    expect(types('Jepang dan Brasil mengadakan pertemuan bilateral di Tokyo.', '2020-03-14')).toContain('meeting');
    expect(types('Япония и Бразилия провели двустороннюю встречу в Токио.', '2020-03-14')).toContain('meeting');
  });
  it('a trip is a meeting, and "s\'est rendu compte" (realised) is none', () => {
    expect(types('The president of Brazil paid a state visit to Japan.', '2020-03-14')).toContain('meeting');
    expect(types('El presidente de Brasil realizó una visita oficial a Japón.', '2020-03-14')).toContain('meeting');
    expect(types('Le président du Brésil s’est rendu au Japon pour participer au sommet.', '2020-03-14')).toContain(
      'meeting',
    );
    expect(types("Le président du Brésil s'est rendu compte que le Japon refusait.", '2020-03-14')).not.toContain(
      'meeting',
    );
    expect(types('Presiden Brasil bertolak ke Jepang untuk kunjungan kenegaraan.', '2020-03-14')).toContain('meeting');
    expect(types('Президент Бразилии совершил государственный визит в Японию.', '2020-03-14')).toContain('meeting');
  });
});
