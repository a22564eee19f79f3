import { describe, expect, it } from 'vitest';
import type { Language } from '../../../server/domain/extraction';
import { extractArticle } from '../../../server/extract/extract-article';
import { namesOf, testGazetteer } from './shared-gazetteer';

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

const organizationsOf = (text: string, language: Language) => namesOf(text, language, 'organization');

describe('recognizeActors (round 13: common nouns that are no actors)', () => {
  it('recognizeActors("States Parties") takes the treaty term for no person in any language', () => {
    const es =
      'El acuerdo entre los Estados Partes del MERCOSUR entrará en vigor cuando los Estados Partes lo ratifiquen.';
    expect(personsOf(es, 'es')).toEqual([]);
    const fr =
      'La convention entrera en vigueur lorsque les États Parties l’auront ratifiée ; les États Parties se réuniront.';
    expect(personsOf(fr, 'fr')).toEqual([]);
    const id = 'Perjanjian berlaku setelah Negara Pihak meratifikasinya; Negara Pihak akan bertemu setiap tahun.';
    expect(personsOf(id, 'id')).toEqual([]);
  });
  it('recognizeActors(a directorate after a title) takes the name after it, not the directorate', () => {
    expect(
      personsOf(
        'Asistió la embajadora Ana Soto, directora general de Política Bilateral; y el embajador Luis Vera.',
        'es',
      ),
    ).toEqual(['Ana Soto', 'Luis Vera']);
    expect(
      personsOf('Menlu bertemu David Harland, Direktur Eksekutif Center for Humanitarian Dialogue, di Jakarta.', 'id'),
    ).toEqual(['David Harland']);
  });
  it('recognizeActors("Pulau Sulawesi") takes a geographic noun and a place for no person', () => {
    expect(
      personsOf('Gempa mengguncang Pulau Sulawesi. Bantuan tiba di Sulawesi Tengah dan Sulawesi Barat.', 'id'),
    ).toEqual([]);
  });
  it('recognizeActors(the noun of a meeting that is a country name) reads the noun, and the island after a locative', () => {
    expect(countriesOf('Durante la IV Reunión de Cooperación Consular México-Brasil se firmó un acta.', 'es')).toEqual([
      'Mexico',
      'Brazil',
    ]);
    expect(countriesOf('Le cyclone est arrivé à la Réunion et à Maurice.', 'fr')).toEqual(['Reunion', 'Mauritius']);
  });
  it('recognizeActors("Estados Unidos Mexicanos") is Mexico alone', () => {
    expect(
      countriesOf('Acuerdo entre el Gobierno de los Estados Unidos Mexicanos y el Gobierno de Canadá.', 'es'),
    ).toEqual(['Mexico', 'Canada']);
  });
});

describe('recognizeActors (round 13: bodies named in full)', () => {
  it("recognizeActors(an English body with its acronym in another language's text) finds the body and the name after it", () => {
    const id =
      'Wamendag bertemu Deputy General Manager Japan Chamber of Commerce and Industry (JCCI) Tetsuya Matsuoka di Tokyo.';
    expect(organizationsOf(id, 'id')).toEqual(['JCCI']);
    expect(personsOf(id, 'id')).toEqual(['Tetsuya Matsuoka']);
  });
  it('recognizeActors(a venue with its acronym after a locative) takes it for no organization', () => {
    expect(organizationsOf('KTT ke-43 ASEAN di Jakarta Convention Center (JCC), Jakarta, dibuka.', 'id')).toEqual([
      'ASEAN',
    ]);
  });
  it('recognizeActors("Senado de la República", "Cámara de Senadores") is the senate of the text\'s state', () => {
    expect(
      organizationsOf('Reconoce la Cancillería de México al Senado de la República por la ratificación.', 'es'),
    ).toContain('Senate of Mexico');
    expect(organizationsOf('Con 101 votos a favor, la Cámara de Senadores de México aprobó el tratado.', 'es')).toEqual(
      ['Senate of Mexico'],
    );
  });
});

describe('recognizeActors (round 13: an office of protocol)', () => {
  it('recognizeActors("Kepala Protokol AS, Ethan Rosenzweig") names the person, and the office is no treaty', () => {
    const id = 'Prabowo disambut Penjabat Kepala Protokol AS, Ethan Rosenzweig, di Gedung Putih.';
    expect(personsOf(id, 'id')).toContain('Ethan Rosenzweig');
    expect(extractArticle(id, { gazetteer: testGazetteer() }).treaties).toEqual([]);
    const en = 'He was greeted by the Chief of Protocol of the United States, Ethan Rosenzweig, at the White House.';
    expect(extractArticle(en, { gazetteer: testGazetteer() }).treaties).toEqual([]);
    const es = 'Fue recibido por el jefe de Protocolo de Paraguay, Juan Pérez, en el Palacio de López.';
    expect(extractArticle(es, { gazetteer: testGazetteer() }).treaties).toEqual([]);
  });
});

describe('recognizeActors (round 13: national Red Cross societies)', () => {
  it("recognizeActors(a state's Red Cross named by its demonym or name) is that society, not the ICRC", () => {
    expect(organizationsOf('The Indonesian Red Cross distributed tents.', 'en')).toEqual(['Indonesian Red Cross']);
    expect(organizationsOf('Palang Merah Indonesia mengirim relawan.', 'id')).toEqual(['Indonesian Red Cross']);
    expect(organizationsOf('La Cruz Roja Mexicana y la Cruz Roja de Chile enviaron ayuda.', 'es')).toEqual([
      'Mexican Red Cross',
      'Chilean Red Cross',
    ]);
    expect(organizationsOf('La Croix-Rouge française a envoyé une équipe.', 'fr')).toEqual(['French Red Cross']);
  });
});
