import { describe, expect, it } from 'vitest';
import type { Language } from '../../../server/domain/extraction';
import { namesOf } from './shared-gazetteer';

const personsOf = (text: string, language: Language) => namesOf(text, language, 'person');

describe('recognizeActors (round 16: untitled people named by a given name in Latin script)', () => {
  it('recognizeActors(given name, surname, no title) finds the person in each Latin-script language', () => {
    expect(
      personsOf('The sanctions also target Gregory Halvorsen and his daughter, the statement said on Monday.', 'en'),
    ).toContain('Gregory Halvorsen');
    expect(
      personsOf('Entre los manifestantes estaba Ximena Castrillo, una estudiante que llegó desde Valencia.', 'es'),
    ).toContain('Ximena Castrillo');
    expect(
      personsOf('Les mesures visent aussi Yekaterina Dolgova, l’épouse du ministre, selon le communiqué.', 'fr'),
    ).toContain('Yekaterina Dolgova');
    expect(
      personsOf('Dalam kunjungan itu hadir pula Bambang Susetyo yang mewakili pemerintah daerah.', 'id'),
    ).toContain('Bambang Susetyo');
  });
  it('recognizeActors(a middle initial inside the name) keeps the initial', () => {
    expect(personsOf('The programme is led by Dana K. Whitfield, the agency said on Monday.', 'en')).toContain(
      'Dana K. Whitfield',
    );
    expect(personsOf('Программу возглавил Джон Ф. Уитфилд, сообщило агентство.', 'ru')).toContain('Джон Ф. Уитфилд');
  });
  it('recognizeActors(a given name that is also a common noun of the language) finds no person', () => {
    expect(personsOf('El Marco Bicentenario entre ambos países plantea una nueva etapa.', 'es')).toEqual([]);
  });
  it('recognizeActors(a particle inside the name) keeps the particle', () => {
    expect(personsOf('La reunión fue presidida por Fernando de Valdivia durante la mañana.', 'es')).toContain(
      'Fernando de Valdivia',
    );
  });
  it('recognizeActors(a given name inside a longer capitalized run) finds no person', () => {
    expect(personsOf('The meeting was held at the San Francisco Peninsula hotel on Monday.', 'en')).toEqual([]);
    expect(personsOf('Officials gathered at the Harold Wexley Foundation in the afternoon.', 'en')).toEqual([]);
    expect(personsOf('El acuerdo se firmó en la Universidad Carlos Tercero de la ciudad.', 'es')).toEqual([]);
    expect(personsOf('The talks were joined by Omar Hassan al-Bashir on Monday.', 'en')).not.toContain('Omar Hassan');
  });
  it('recognizeActors(a given name that is a function word of the language) finds no person', () => {
    expect(personsOf('Komite menyampaikan belasungkawa. Dan Tragedi Kemanusiaan itu dikecam keras.', 'id')).toEqual([]);
  });
});
