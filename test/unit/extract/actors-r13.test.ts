import { describe, expect, it } from 'vitest';
import type { Language } from '../../../server/domain/extraction';
import { recognizeIn } from './shared-gazetteer';

/** Canonical names of the actors of a kind recognized in a text, in order of first mention. */
function namesOf(text: string, language: Language, kind: string): string[] {
  const r = recognizeIn(text, language);
  return [
    ...new Set(
      r.mentions.filter((m) => r.actors.get(m.actorId)!.kind === kind).map((m) => r.actors.get(m.actorId)!.name),
    ),
  ];
}
const personsOf = (text: string, language: Language) => namesOf(text, language, 'person');
const countriesOf = (text: string, language: Language) => namesOf(text, language, 'country');

describe('recognizeActors (round 13: names in lists)', () => {
  it('recognizeActors("Members of <chamber> A (X), B (Y) and C (Z)") takes every name of the list', () => {
    expect(
      personsOf(
        'Members of the House of Representatives Jane Miller (Ohio), Robert Stone (Texas) and Tom Becker (Iowa) issued statements.',
        'en',
      ),
    ).toEqual(['Jane Miller', 'Robert Stone', 'Tom Becker']);
    expect(
      personsOf('Los miembros del Senado Ana Rojas (PS), Pedro Soto (RN) y Luis Vera (UDI) votaron a favor.', 'es'),
    ).toEqual(['Ana Rojas', 'Pedro Soto', 'Luis Vera']);
    expect(
      personsOf('Les membres du Sénat Paul Martin (LR), Anne Morel (PS) et Luc Girard (UC) ont voté contre.', 'fr'),
    ).toEqual(['Paul Martin', 'Anne Morel', 'Luc Girard']);
    expect(
      personsOf(
        'Члены Палаты представителей Конгресса США Джон Смит (Огайо), Роберт Браун (Техас) и Том Беккер (Айова) выступили с заявлениями.',
        'ru',
      ),
    ).toEqual(['Джон Смит', 'Роберт Браун', 'Том Беккер']);
    expect(personsOf('Конгрессмены Джон Смит, Роберт Браун и Том Беккер поздравили Казахстан.', 'ru')).toEqual([
      'Джон Смит',
      'Роберт Браун',
      'Том Беккер',
    ]);
  });
  it('recognizeActors("para anggota DPR A, B dan C") reads the plural title before the known body it takes in', () => {
    expect(
      personsOf(
        'Para anggota DPR Budi Santoso (PDIP), Ani Lestari (Golkar) dan Tono Wibowo (PKB) hadir dalam rapat.',
        'id',
      ),
    ).toEqual(['Budi Santoso', 'Ani Lestari', 'Tono Wibowo']);
  });
});

describe('recognizeActors (round 13: ranks and titles are no names)', () => {
  it('recognizeActors(a rank, written out or abbreviated) takes the name after it, not the rank', () => {
    expect(personsOf('Pentagon Spokesman Capt. Jeff Davis provided the following readout.', 'en')).toEqual([
      'Jeff Davis',
    ]);
    expect(personsOf('Lt. Col. Mary Jones and Maj. Gen. Paul Smith briefed reporters.', 'en')).toEqual([
      'Mary Jones',
      'Paul Smith',
    ]);
    expect(personsOf('El capitán Juan Pérez y el Tte. Luis Gómez encabezaron la patrulla.', 'es')).toEqual([
      'Juan Pérez',
      'Luis Gómez',
    ]);
    expect(personsOf('Le capitaine Jean Dupont et le sergent Luc Morel ont été blessés.', 'fr')).toEqual([
      'Jean Dupont',
      'Luc Morel',
    ]);
    expect(personsOf('Капитан Иван Петров и майор Сергей Смирнов руководили учениями.', 'ru')).toEqual([
      'Иван Петров',
      'Сергей Смирнов',
    ]);
  });
  it('recognizeActors("Kapten Laut Budi Santoso") leaves the corps a rank names out of the name', () => {
    expect(personsOf('Kapten Laut Budi Santoso dan Mayor Inf Andi Wijaya memimpin latihan.', 'id')).toEqual([
      'Budi Santoso',
      'Andi Wijaya',
    ]);
  });
  it('recognizeActors("President Elect X") takes "elect" as a word of the title in every language', () => {
    expect(personsOf('We congratulate President Elect Danilo Medina on his victory.', 'en')).toEqual(['Danilo Medina']);
    expect(personsOf('Felicitamos al Presidente Electo Danilo Medina por su victoria.', 'es')).toEqual([
      'Danilo Medina',
    ]);
    expect(personsOf('Nous félicitons le Président élu Jean Ravelo.', 'fr')).toEqual(['Jean Ravelo']);
    expect(personsOf('Presiden Terpilih Budi Santoso menerima ucapan selamat.', 'id')).toEqual(['Budi Santoso']);
    expect(personsOf('Он поздравил избранного президента Ивана Петрова.', 'ru')).toEqual(['Ивана Петрова']);
  });
});

describe('recognizeActors (round 13: a country name as a given name)', () => {
  it('recognizeActors("Cmdr. Chad R. Donnelly") takes a country name before a middle initial as a given name', () => {
    expect(personsOf('Exercise director Cmdr. Chad R. Donnelly said the drill began.', 'en')).toEqual([
      'Chad R. Donnelly',
    ]);
    expect(countriesOf('Exercise director Cmdr. Chad R. Donnelly said the drill began.', 'en')).toEqual([]);
  });
  it('recognizeActors(a title, its state and its holder by initials) keeps the state', () => {
    expect(countriesOf('He met the Foreign Minister of Mongolia N. Enkhtaivan in Moscow.', 'en')).toEqual(['Mongolia']);
    expect(countriesOf('Ia bertemu Menteri Luar Negeri Mongolia N. Enkhtaivan di Moskow.', 'id')).toEqual(['Mongolia']);
    expect(personsOf('Состоялась встреча с Министром иностранных дел Монголии Н.Энхтайваном в Москве.', 'ru')).toEqual([
      'Н. Энхтайваном',
    ]);
  });
});
