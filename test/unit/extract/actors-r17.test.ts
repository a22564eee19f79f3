import { describe, expect, it } from 'vitest';
import type { Language } from '../../../server/domain/extraction';
import { namesOf } from './shared-gazetteer';

const personsOf = (text: string, language: Language) => namesOf(text, language, 'person');
const countriesOf = (text: string, language: Language) => namesOf(text, language, 'country');

describe('recognizeActors (round 17: honorifics before a surname, surnames that recur, waters named after states)', () => {
  it('recognizeActors(an honorific of address and a surname alone) finds the person in each language', () => {
    expect(personsOf('The talks went well, Mr. Okonkwo told reporters on Monday.', 'en')).toContain('Okonkwo');
    expect(personsOf('Las conversaciones avanzan, dijo el Sr. Valderrama a la prensa.', 'es')).toContain('Valderrama');
    expect(personsOf('Les discussions avancent, a déclaré M. Dufresnoy lundi.', 'fr')).toContain('Dufresnoy');
    expect(personsOf('Pembicaraan berjalan baik, kata Pak Wirajaya kepada wartawan.', 'id')).toContain('Wirajaya');
    expect(personsOf('Переговоры идут хорошо, сказал господин Окафор журналистам.', 'ru')).toContain('Окафор');
  });
  it('recognizeActors(a full name, then an honorific and the surname) makes one person of the full name', () => {
    expect(
      personsOf('On Monday the envoy Tobias Okonkwo arrived. "The talks went well," said Mr. Okonkwo.', 'en'),
    ).toEqual(['Tobias Okonkwo']);
    expect(
      personsOf('Lundi, le commissaire Ramtane Belkacemi a parlé. « Tout va bien », a déclaré M. Belkacemi.', 'fr'),
    ).toEqual(['Ramtane Belkacemi']);
  });
  it('recognizeActors(an honorific before a word the text writes in lowercase) finds no person', () => {
    expect(personsOf('Mr. President, the delegation thanks you.', 'en')).toEqual([]);
  });
  it('recognizeActors(a state named in a sea, lake, river, gulf or canal) finds no state', () => {
    expect(countriesOf('The ships sailed through the Gulf of Mexico and the Panama Canal to Lake Chad.', 'en')).toEqual(
      [],
    );
    expect(countriesOf('Los buques navegaron por el golfo de México y el río Níger.', 'es')).toEqual([]);
    expect(countriesOf('Les navires ont navigué dans la mer du Japon, près du lac Tchad.', 'fr')).toEqual([]);
    expect(countriesOf('Kapal-kapal berlayar di Teluk Meksiko dan Laut Jepang.', 'id')).toEqual([]);
    expect(countriesOf('Корабли шли в Мексиканском заливе, у озера Чад и по Панамскому каналу.', 'ru')).toEqual([]);
  });
  it('recognizeActors(a navy named after its state, or a state beside a water word elsewhere) keeps the state', () => {
    expect(countriesOf('Kapal Angkatan Laut Jepang tiba di pelabuhan.', 'id')).toContain('Japan');
    expect(countriesOf('Japan and Mexico signed the lake protection agreement.', 'en')).toEqual(['Japan', 'Mexico']);
  });
  it('recognizeActors(a Russian stem two states share) takes the state whose name is written', () => {
    expect(countriesOf('Посол Нигерии встретился с послом Нигера.', 'ru')).toEqual(['Nigeria', 'Niger']);
  });
  it('recognizeActors(a given name, then a one-word state or capital) finds the person, not the state', () => {
    expect(
      namesOf('Carlos Madrid, a Venezuelan who joined the protest, said he would not vote.', 'en', 'person'),
    ).toEqual(['Carlos Madrid']);
    expect(countriesOf('Carlos Madrid, a Venezuelan who joined the protest, said he would not vote.', 'en')).toEqual([
      'Venezuela',
    ]);
    expect(personsOf('Asistió el agregado de la Embajada, Alan Santiago, al acto.', 'es')).toEqual(['Alan Santiago']);
    expect(countriesOf('Le ministre Paul Kowalski a rencontré Carlos au Canada.', 'fr')).toEqual(['Canada']);
  });
  it('recognizeActors(a journalist named in a credit) finds no person there, and keeps one signing or leading', () => {
    expect(
      personsOf('Iran and Oman met on Tuesday.\n\nReporting by Gregory Halvorsen; editing by Daniel Wallis', 'en'),
    ).toEqual([]);
    expect(personsOf('The treaty was signed by Gregory Halvorsen and Daniel Wallis on Monday.', 'en')).toEqual([
      'Gregory Halvorsen',
      'Daniel Wallis',
    ]);
    expect(personsOf('Irán y Omán se reunieron.\nRedacción: Ximena Castrillo', 'es')).toEqual([]);
    expect(personsOf("L'Iran et Oman se sont réunis. (Rédigé par Jean Dupont, édité par Marc Lefèvre)", 'fr')).toEqual(
      [],
    );
    expect(personsOf('Iran dan Oman bertemu. Penulis: Bambang Susetyo', 'id')).toEqual([]);
    expect(personsOf('Иран и Оман провели встречу. Корр. ТАСС Иван Петров', 'ru')).not.toContain('Иван Петров');
  });
});
