import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

// Round 16 (issue 14): what is no signing, each rule in the languages where the construction exists.
describe('extractArticle: signings of round 16', () => {
  const signings = (text: string, published: string) =>
    events(text, published).filter((e) => e.startsWith('treaty_signing'));

  it('extractArticle(a decree, an executive order or a law signed, as object or as subject) is no signing', () => {
    expect(
      signings('El presidente de Chile firmó el martes una orden ejecutiva sobre la ayuda exterior.', '2024-03-13'),
    ).toEqual([]);
    expect(
      signings('La orden ejecutiva firmada el martes por el presidente de Chile suspende la ayuda.', '2024-03-13'),
    ).toEqual([]);
    expect(
      signings('El decreto, firmado el martes por el presidente de Chile, entra en vigor mañana.', '2024-03-13'),
    ).toEqual([]);
    expect(
      signings('The President of Chile signed a proclamation on Tuesday raising tariffs on steel.', '2024-03-13'),
    ).toEqual([]);
    expect(
      signings('The executive order signed by the President of Chile on Tuesday suspends foreign aid.', '2024-03-13'),
    ).toEqual([]);
    expect(
      signings('Le président du Chili a signé mardi un arrêté portant nomination du nouveau préfet.', '2024-03-13'),
    ).toEqual([]);
    expect(signings('Le décret signé mardi par le président du Chili entre en vigueur demain.', '2024-03-13')).toEqual(
      [],
    );
    expect(signings('Presiden Chili menandatangani Perppu tentang anggaran pada Selasa (12/3).', '2024-03-13')).toEqual(
      [],
    );
    expect(signings('Президент Чили во вторник подписал распоряжение о назначении посла.', '2024-03-13')).toEqual([]);
    expect(
      signings('Указ, подписанный президентом Чили во вторник, вступает в силу немедленно.', '2024-03-13'),
    ).toEqual([]);
    // the treaty that is the subject stays signed, whatever law its relative clause names; so does a treaty signed on a day
    expect(
      signings(
        "Les deux accords qui sont l'objet du présent projet de loi ont été signés en 2016 avec le Chili et le Pérou.",
        '2024-03-13',
      ),
    ).toEqual(['treaty_signing@2016[Chile/Peru]']);
    expect(
      signings(
        "Le projet d'arrêté approuve la convention entre la France et le Chili signée le 3 décembre 2012.",
        '2024-03-13',
      ),
    ).toEqual(['treaty_signing@2012-12-03[France/Chile]']);
  });

  it('extractArticle("menyepakati") is a signing only of an agreement, as "agreed on" is in the other languages', () => {
    expect(
      signings(
        'Presiden Chili dan Presiden Peru menyepakati serangkaian langkah konkret pada Selasa (12/3).',
        '2024-03-13',
      ),
    ).toEqual([]);
    expect(
      signings(
        'Hal tersebut disepakati Menteri Pertahanan Chili dan Peru saat keduanya bertemu di Lima, Selasa (12/3).',
        '2024-03-13',
      ),
    ).toEqual([]);
    expect(
      signings('Chili dan Peru menyepakati nota kesepahaman kerja sama pertahanan pada Selasa (12/3).', '2024-03-13'),
    ).toEqual(['treaty_signing@2024-03-12[Chile/Peru]']);
    expect(
      signings('The presidents of Chile and Peru agreed on a series of concrete steps on Tuesday.', '2024-03-13'),
    ).toEqual([]);
  });

  it('extractArticle(a body created by a treaty or by another body) founds nothing that is signed', () => {
    expect(
      signings(
        'The commission established by the Treaty of Lisbon lets member states leave the European Union.',
        '2024-03-13',
      ),
    ).toEqual([]);
    expect(
      signings('La Comisión Mixta creada por el Acuerdo entre Chile y Perú se reunirá una vez al año.', '2024-03-13'),
    ).toEqual([]);
    expect(
      signings(
        "La commission créée par le traité de Lisbonne permet aux États membres de quitter l'Union européenne.",
        '2024-03-13',
      ),
    ).toEqual([]);
    expect(
      signings(
        'Mekanisme yang dibentuk oleh Perjanjian Lisbon memungkinkan negara anggota keluar dari Uni Eropa.',
        '2024-03-13',
      ),
    ).toEqual([]);
    expect(
      signings(
        'El canciller se reunió con el grupo de trabajo creado por la Comisión Permanente para dar seguimiento al Acuerdo entre Chile y Perú.',
        '2024-03-13',
      ),
    ).toEqual([]);
  });
});
