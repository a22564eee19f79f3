import { describe, expect, it } from 'vitest';
import type { Language } from '../../../server/domain/extraction';
import { recognizeIn } from './shared-gazetteer';

/** Canonical names of the persons recognized in a text, in order of first mention. */
function personsOf(text: string, language: Language): string[] {
  const r = recognizeIn(text, language);
  return [
    ...new Set(
      r.mentions.filter((m) => r.actors.get(m.actorId)!.kind === 'person').map((m) => r.actors.get(m.actorId)!.name),
    ),
  ];
}

describe('recognizeActors (round 12: names as official copy writes them)', () => {
  it('recognizeActors("Mr Willy CLAES Minister ...") ends a name on its surname in capitals and writes it as a name', () => {
    expect(
      personsOf(
        'The agreement was signed by:\n\nMr Willy CLAES Minister for Foreign Affairs of the Kingdom of Belgium\n\nMr Hans VAN DEN BROEK Member of the Commission',
        'en',
      ),
    ).toEqual(['Willy Claes', 'Hans van den Broek']);
    expect(
      personsOf("L'accord a été signé par M. Jacques POOS Ministre des Affaires étrangères du Luxembourg.", 'fr'),
    ).toEqual(['Jacques Poos']);
    expect(
      personsOf('El acuerdo fue firmado por el Sr. Javier PÉREZ GARCÍA Ministro de Asuntos Exteriores.', 'es'),
    ).toEqual(['Javier Pérez García']);
    expect(personsOf('Perjanjian itu ditandatangani oleh Bapak Budi SANTOSO Menteri Perdagangan.', 'id')).toEqual([
      'Budi Santoso',
    ]);
  });
  it('recognizeActors("Mr Vladimir Kovac Prime Minister") leaves a title after two name words out of the name', () => {
    expect(personsOf('The agreement was signed by Mr Vladimir Kovac Prime Minister of the Republic.', 'en')).toEqual([
      'Vladimir Kovac',
    ]);
  });
  it('recognizeActors("Klaus KINKEL") takes a known surname before a surname in capitals as a given name', () => {
    expect(personsOf('Signed for Germany by Mr Klaus KINKEL Minister for Foreign Affairs.', 'en')).toEqual([
      'Klaus Kinkel',
    ]);
  });
  it('recognizeActors("S. Rajaratnam", "А. В. Островский") names a person by initials and surname', () => {
    expect(personsOf('Nota itu ditandatangani oleh menteri waktu itu S. Rajaratnam di Jakarta.', 'id')).toEqual([
      'S. Rajaratnam',
    ]);
    expect(
      personsOf('Содоклад сделал председатель комитета по делам соотечественников А. В. Островский.', 'ru'),
    ).toEqual(['А. В. Островский']);
    expect(personsOf('The note was delivered by the then envoy J. R. Hartley in person.', 'en')).toEqual([
      'J. R. Hartley',
    ]);
    expect(personsOf('La nota fue entregada por el entonces enviado J. R. Hartley en persona.', 'es')).toEqual([
      'J. R. Hartley',
    ]);
    expect(personsOf('La note fut remise par l’envoyé de l’époque J. P. Martin en personne.', 'fr')).toEqual([
      'J. P. Martin',
    ]);
  });
  it('recognizeActors(initials that are no name) leaves out states, honorifics and numerals', () => {
    expect(personsOf('The U.S. Navy and the U.N. Secretariat met in Washington, D.C. on Monday.', 'en')).toEqual([]);
    expect(personsOf('I. Disposiciones generales del acuerdo.', 'es')).toEqual([]);
  });
});

describe('recognizeActors (round 12: common nouns that are no persons)', () => {
  it('recognizeActors(a title after an organization noun) takes only a full name after it', () => {
    expect(
      personsOf('Direktorat Jenderal Bea dan Cukai bersama Sekretariat Presiden, Andi Wijaya, hadir.', 'id'),
    ).toEqual(['Andi Wijaya']);
    expect(personsOf('La Dirección General Tributaria informó que la tributaria recauda más.', 'es')).toEqual([]);
  });
  it('recognizeActors(one word after a title) is no name when the text writes it in lowercase or a determiner follows', () => {
    expect(personsOf('Mantan Wali Kota Solo itu menyampaikan duka cita.', 'id')).toEqual([]);
    expect(personsOf('Direktorat Jenderal Pajak menjelaskan bahwa pajak royalti turun.', 'id')).toEqual([]);
    expect(personsOf('Menteri Amran menyampaikan hasil panen.', 'id')).toEqual(['Amran']);
  });
  it('recognizeActors(an ambassador extraordinary and plenipotentiary) takes the whole title before the name', () => {
    expect(
      personsOf('Pencalonan Duta Besar Luar Biasa dan Berkuasa Penuh negara-negara sahabat dibahas.', 'id'),
    ).toEqual([]);
    expect(personsOf('The Ambassador Extraordinary and Plenipotentiary of Chile, Pedro Soto, arrived.', 'en')).toEqual([
      'Pedro Soto',
    ]);
  });
  it('recognizeActors("Nomor R 03") takes no number word for a name', () => {
    expect(personsOf('Surat Presiden Nomor R 03 tanggal 15 Januari dibacakan.', 'id')).toEqual([]);
  });
  it('recognizeActors(a name repeated in full) needs its surname alone elsewhere to be a person', () => {
    expect(
      personsOf('Ecuador notified the Internal Procedure. Indonesia notified the Internal Procedure later.', 'en'),
    ).toEqual([]);
    expect(personsOf('The event Against the Death Penalty: Victims and the Death Penalty was held.', 'en')).toEqual([]);
    expect(personsOf('President Prabowo entered through the North West gate, near the West Wing.', 'en')).not.toContain(
      'North West',
    );
    expect(personsOf('The talks ended when Piotr Kowalski left. Kowalski said he was tired.', 'en')).toEqual([
      'Piotr Kowalski',
    ]);
  });
  it('recognizeActors(a locative after a titled name) ends the name before it, whatever place follows', () => {
    expect(
      personsOf('Perdana Menteri Malaysia Rahman Hakim di Istana Merdeka pada Jumat menyampaikan salam.', 'id'),
    ).toEqual(['Rahman Hakim']);
  });
});

describe('recognizeActors (round 12: an organization’s institutions named bare)', () => {
  /** Canonical names of the organizations recognized in a text. */
  function organizationsOf(text: string, language: Language): string[] {
    const r = recognizeIn(text, language);
    return [
      ...new Set(
        r.mentions
          .filter((m) => r.actors.get(m.actorId)!.kind === 'organization')
          .map((m) => r.actors.get(m.actorId)!.name),
      ),
    ];
  }
  it('recognizeActors("the Council", "la Commission") names the EU’s institution in a text that names the EU', () => {
    expect(
      organizationsOf('The EU extended its sanctions. The Council adopted the decision on Monday.', 'en'),
    ).toContain('Council of the European Union');
    expect(
      organizationsOf("L'Union européenne élargit ses sanctions. La Commission a proposé la liste.", 'fr'),
    ).toContain('European Commission');
    expect(organizationsOf('La Unión Europea amplió sus sanciones. El Consejo adoptó la decisión.', 'es')).toContain(
      'Council of the European Union',
    );
  });
  it('recognizeActors(a bare institution) names nothing without the EU, before a common noun, or beside a longer name', () => {
    expect(organizationsOf('The Council adopted the decision on Monday.', 'en')).toEqual([]);
    expect(
      organizationsOf("L'Union européenne a réagi. Le Conseil des ministres a adopté le projet de loi.", 'fr'),
    ).not.toContain('Council of the European Union');
    expect(
      organizationsOf(
        "L'Union européenne a réagi. Le Conseil de sécurité des Nations unies se réunit. Les résolutions du Conseil sont claires.",
        'fr',
      ),
    ).not.toContain('Council of the European Union');
    expect(
      organizationsOf('The EU welcomed the agreement to establish the Independent Reporting Commission.', 'en'),
    ).not.toContain('European Commission');
  });
});

describe('recognizeActors (round 12: an institution as a title’s complement)', () => {
  it('recognizeActors("Sekretaris Kabinet Teddy Indra Wijaya") takes the full name after the institution', () => {
    expect(personsOf('Turut hadir Sekretaris Kabinet Andi Rahman Wijaya di Jakarta.', 'id')).toEqual([
      'Andi Rahman Wijaya',
    ]);
    expect(personsOf('El portavoz del Gobierno Pedro Pérez dijo que no.', 'es')).toEqual(['Pedro Pérez']);
    expect(personsOf('Para Menteri Kabinet Indonesia Maju lainnya hadir.', 'id')).toEqual([]);
    expect(personsOf('Juru bicara Kementerian Luar Negeri mengatakan hal itu kepada wartawan.', 'id')).toEqual([]);
  });
});
