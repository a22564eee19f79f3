import { describe, expect, it } from 'vitest';
import type { Language } from '../../../server/domain/extraction';
import { namesOf } from './shared-gazetteer';

const personsOf = (text: string, language: Language) => namesOf(text, language, 'person');
const organizationsOf = (text: string, language: Language) => namesOf(text, language, 'organization');

describe('recognizeActors (round 14: a name cut short is the longer name)', () => {
  it('recognizeActors(a title line cut inside a name, the name in full below) finds one person', () => {
    expect(
      personsOf(
        'The minister received the ambassador of Portugal Pedro Miguel Sousa de Alme\n\nThe minister received the ambassador, Pedro Miguel Sousa de Almeida, at the ministry.',
        'en',
      ),
    ).toEqual(['Pedro Miguel Sousa de Almeida']);
    expect(
      personsOf(
        'El canciller recibió al embajador de Portugal Pedro Miguel Sousa de Alme\n\nEl canciller recibió al embajador, Pedro Miguel Sousa de Almeida, en la sede del ministerio.',
        'es',
      ),
    ).toEqual(['Pedro Miguel Sousa de Almeida']);
    expect(
      personsOf(
        'Le ministre a reçu l’ambassadeur du Portugal Pedro Miguel Sousa de Alme\n\nLe ministre a reçu l’ambassadeur, Pedro Miguel Sousa de Almeida, au ministère.',
        'fr',
      ),
    ).toEqual(['Pedro Miguel Sousa de Almeida']);
  });
  it('recognizeActors(a full name, then its first words after an honorific) keeps one person', () => {
    expect(
      personsOf(
        'Presiden menyambut Ibu Negara Malaysia Rahmah Siti Aminah Yusof di Istana. Ibu Rahmah Siti Aminah kemudian mengikuti acara pendamping.',
        'id',
      ),
    ).toEqual(['Rahmah Siti Aminah Yusof']);
  });
});

describe('recognizeActors (round 14: particles written capitalized inside a name)', () => {
  it('recognizeActors(title, then a name with "Bin", "Van") takes the whole name', () => {
    expect(
      personsOf(
        'Upacara dihadiri Panglima Armada Laksamana Madya Datuk Ahmad Faizal Bin Mohd Rashid di Surabaya.',
        'id',
      ),
    ).toEqual(['Ahmad Faizal Bin Mohd Rashid']);
    expect(personsOf('The talks were opened by Ambassador Pieter Jan Van Der Berg Smit in The Hague.', 'en')).toEqual([
      'Pieter Jan Van Der Berg Smit',
    ]);
  });
});

describe('recognizeActors (round 14: legislatures named bare)', () => {
  it('recognizeActors("la Cámara de Diputados" in a text about Chile, Paraguay) is that state’s chamber', () => {
    expect(
      organizationsOf(
        'La República de Chile firmó el acuerdo. El Presidente de la República lo somete a la Honorable Cámara de Diputados.',
        'es',
      ),
    ).toContain('Chamber of Deputies of Chile');
    expect(
      organizationsOf(
        'El Gobierno de la República del Paraguay remitió el tratado. La Cámara de Diputados del Paraguay lo aprobó.',
        'es',
      ),
    ).toContain('Chamber of Deputies of Paraguay');
    expect(
      organizationsOf('EL CONGRESO DE LA NACIÓN PARAGUAYA SANCIONA CON FUERZA DE LEY el tratado con Brasil.', 'es'),
    ).toEqual(['National Congress of Paraguay']);
    expect(
      organizationsOf('Le traité a été transmis à la Chambre des députés du Chili, qui l’a approuvé.', 'fr'),
    ).toEqual(['Chamber of Deputies of Chile']);
  });
});

describe('recognizeActors (round 14: where a titled name ends)', () => {
  it('recognizeActors(a signature block: title, name, then the next title) stops each name before the article', () => {
    expect(
      personsOf(
        'Au nom du Conseil fédéral suisse: La présidente de la Confédération, Anne Dubois La chancelière de la Confédération, Marc Keller',
        'fr',
      ),
    ).toEqual(['Anne Dubois', 'Marc Keller']);
    expect(
      personsOf(
        'Por el Gobierno de la República: El presidente de la República, Jorge Ramírez Soto El secretario general, Ana Ruiz',
        'es',
      ),
    ).toEqual(['Jorge Ramírez Soto', 'Ana Ruiz']);
    expect(
      personsOf(
        'On behalf of the federal government: the President of the Confederation, Anna Weber The Chancellor of the Confederation, Peter Frei',
        'en',
      ),
    ).toEqual(['Anna Weber', 'Peter Frei']);
  });
  it('recognizeActors(a determiner, capitalized words, a comma and a title) takes no thing for a person', () => {
    expect(
      personsOf(
        'Consistent with the Northern Border Action Plan, Secretary of Homeland Security Jane Doe signed the agreement.',
        'en',
      ),
    ).toEqual(['Jane Doe']);
    expect(
      personsOf(
        'Conforme al Plan Frontera Sur, el ministro del Interior Juan Pérez firmó el acuerdo con Guatemala.',
        'es',
      ),
    ).toEqual(['Juan Pérez']);
  });
});

describe('recognizeActors (round 14: salutations)', () => {
  it('recognizeActors(the salutation of an address after a title) finds no person', () => {
    expect(
      personsOf(
        'Madame la Présidente, Monsieur le Président, Mesdames, Messieurs, Nous vous soumettons le projet.',
        'fr',
      ),
    ).toEqual([]);
    expect(personsOf('Señor Presidente, Señoras, Señores, el Gobierno somete el proyecto.', 'es')).toEqual([]);
    expect(
      personsOf('Mr President, Excellencies, Ladies and Gentlemen, the government submits the bill.', 'en'),
    ).toEqual([]);
    expect(
      personsOf('Yang terhormat Bapak Presiden, Hadirin yang berbahagia, pemerintah menyampaikan RUU.', 'id'),
    ).toEqual([]);
    expect(
      personsOf('Уважаемый господин Председатель, Дамы и господа, правительство вносит законопроект.', 'ru'),
    ).toEqual([]);
  });
});
