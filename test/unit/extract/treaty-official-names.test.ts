import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../server/extract/extract-article';
import { testGazetteer } from './shared-gazetteer';

/** The names of the treaties of a text written for the test. */
const names = (text: string) =>
  extractArticle(text, { gazetteer: testGazetteer(), published: '2024-05-01' }).treaties.map((t) => t.name);

describe('extractArticle: official names with the parties a treaty is between, five languages', () => {
  it('extractArticle("l\'Accord de coopération entre la République française et la République malgache") keeps both parties, each after its article', () => {
    const cases: [string, string][] = [
      [
        "Le porte-parole a dit que l'Accord de coopération entre la France et l'Union européenne a été signé lundi.",
        "Accord de coopération entre la France et l'Union européenne",
      ],
      [
        "Le porte-parole a dit que l'Accord de coopération entre la République française et la République malgache a été signé lundi.",
        'Accord de coopération entre la République française et la République malgache',
      ],
      [
        'El portavoz dijo que el Convenio de cooperación entre el Reino de España y la República Argentina fue firmado el lunes.',
        'Convenio de cooperación entre el Reino de España y la República Argentina',
      ],
      [
        'The spokesman said the Cooperation Agreement between the French Republic and the Malagasy Republic was signed on Monday.',
        'Cooperation Agreement between the French Republic and the Malagasy Republic',
      ],
      [
        'Juru bicara mengatakan bahwa Persetujuan Kerja Sama antara Pemerintah Republik Indonesia dan Pemerintah Republik Chili telah ditandatangani pada hari Senin.',
        'Persetujuan Kerja Sama antara Pemerintah Republik Indonesia dan Pemerintah Republik Chili',
      ],
      [
        'Представитель заявил, что Соглашение о сотрудничестве между Российской Федерацией и Французской Республикой подписано в понедельник.',
        'Соглашение о сотрудничестве между Российской Федерацией и Французской Республикой',
      ],
    ];
    for (const [text, name] of cases) expect(names(text), text).toContain(name);
  });
});

describe('extractArticle: what a new agreement is about, after its noun', () => {
  it('extractArticle("signed an agreement on mutual legal assistance in criminal matters") keeps the about-phrase and its field, in every language that writes it after the noun', () => {
    const cases: [string, string][] = [
      [
        'The two ministers signed an agreement on mutual legal assistance in criminal matters in Paris on Monday.',
        'agreement on mutual legal assistance in criminal matters',
      ],
      [
        'The two ministers signed a treaty on the transfer of sentenced persons in Paris on Monday.',
        'treaty on the transfer of sentenced persons',
      ],
      [
        "Les deux ministres ont signé lundi une convention relative à l'entraide judiciaire en matière pénale.",
        "convention relative à l'entraide judiciaire en matière pénale",
      ],
      [
        'Los dos ministros firmaron el lunes un convenio sobre la asistencia judicial en materia penal.',
        'convenio sobre la asistencia judicial en materia penal',
      ],
      [
        'Министры подписали в понедельник в Москве соглашение о взаимной правовой помощи по уголовным делам.',
        'соглашение о взаимной правовой помощи по уголовным делам',
      ],
    ];
    for (const [text, alias] of cases) {
      const t = extractArticle(text, { gazetteer: testGazetteer(), published: '2024-05-06' }).treaties;
      expect(
        t.flatMap((x) => [x.name, ...x.aliases]),
        text,
      ).toContain(alias);
    }
  });
  it('extractArticle("signed the agreement on the sidelines of the summit", "an agreement on trade signed by") takes no occasion and no clause', () => {
    const a = extractArticle('The leaders signed the new agreement on the sidelines of the summit on Monday.', {
      gazetteer: testGazetteer(),
      published: '2024-05-06',
    }).treaties;
    expect(a.flatMap((x) => x.aliases).some((n) => n.includes('sidelines'))).toBe(false);
    const b = extractArticle('The two ministers signed an agreement on trade signed by the parliament.', {
      gazetteer: testGazetteer(),
      published: '2024-05-06',
    }).treaties;
    expect(b.flatMap((x) => [x.name, ...x.aliases])).not.toContain('agreement on trade signed');
  });
});

describe('extractArticle: official names whose parties are governments and agencies, and what the treaty is for', () => {
  it('extractArticle("la convention entre le Gouvernement de A et le Gouvernement de B en vue d\'éviter ...") keeps the parties, however written, and the purpose with its list', () => {
    const cases: [string, string][] = [
      [
        "Le ministre a présenté un projet de loi autorisant l'approbation de la convention entre le Gouvernement de la République française et le Gouvernement de la République du Chili en vue d'éviter les doubles impositions.",
        "Convention entre le Gouvernement de la République française et le Gouvernement de la République du Chili en vue d'éviter les doubles impositions",
      ],
      [
        "Les ministres ont signé l'Accord entre le gouvernement du Canada et le gouvernement de la République française relatif au transport terrestre, ferroviaire et maritime.",
        'Accord entre le gouvernement du Canada et le gouvernement de la République française relatif au transport terrestre, ferroviaire et maritime',
      ],
      [
        'Los ministros firmaron el Acuerdo entre el gobierno de Chile y el gobierno de la República Argentina sobre transporte terrestre, ferroviario y marítimo.',
        'Acuerdo entre el gobierno de Chile y el gobierno de la República Argentina sobre transporte terrestre, ferroviario y marítimo',
      ],
      [
        'The ministers signed the Agreement between the government of Canada and the government of the French Republic concerning land, rail and maritime transport.',
        'Agreement between the government of Canada and the government of the French Republic concerning land, rail and maritime transport',
      ],
      [
        'Menteri menandatangani Nota Kesepahaman antara Kementerian Luar Negeri (Kemlu) Republik Indonesia dan Kementerian Luar Negeri Republik Chili di bidang pendidikan dan pelatihan pegawai.',
        'Nota Kesepahaman antara Kementerian Luar Negeri (Kemlu) Republik Indonesia dan Kementerian Luar Negeri Republik Chili di bidang pendidikan dan pelatihan pegawai',
      ],
      [
        'Министры подписали Соглашение между Российской Федерацией и Французской Республикой относительно перевозки, хранения и уничтожения оружия.',
        'Соглашение между Российской Федерацией и Французской Республикой относительно перевозки, хранения и уничтожения оружия',
      ],
    ];
    for (const [text, name] of cases) expect(names(text), text).toContain(name);
  });
});

describe('extractArticle: an amending instrument is a treaty of its own, whose name holds the treaty it amends', () => {
  it('extractArticle("the Protocol amending the Convention ... between A and B") names the protocol in full and the convention on its own', () => {
    const cases: [string, string, string][] = [
      [
        'The ministers signed the Protocol amending the Convention on Social Security between Canada and Chile in Ottawa on Monday.',
        'Protocol amending the Convention on Social Security between Canada and Chile',
        'Convention on Social Security between Canada and Chile',
      ],
      [
        'The two governments signed the Agreement amending the Cotonou Agreement in Luxembourg on Monday.',
        'Agreement amending the Cotonou Agreement',
        'Cotonou Agreement',
      ],
      [
        'Les ministres ont signé lundi le Protocole modifiant la Convention contre les doubles impositions entre la France et le Chili.',
        'Protocole modifiant la Convention contre les doubles impositions entre la France et le Chili',
        'Convention contre les doubles impositions entre la France et le Chili',
      ],
      [
        'Los ministros firmaron el lunes el Protocolo que Modifica el Convenio de Seguridad Social entre Chile y Perú.',
        'Protocolo que Modifica el Convenio de Seguridad Social entre Chile y Perú',
        'Convenio de Seguridad Social entre Chile y Perú',
      ],
      [
        'Kedua menteri menandatangani Protokol untuk Mengubah Persetujuan Perdagangan Bebas antara Indonesia dan Chili pada hari Senin.',
        'Protokol untuk Mengubah Persetujuan Perdagangan Bebas antara Indonesia dan Chili',
        'Persetujuan Perdagangan Bebas antara Indonesia dan Chili',
      ],
      [
        'Министры подписали в понедельник Протокол о внесении изменений в Соглашение о свободной торговле между Российской Федерацией и Республикой Сербией.',
        'Протокол о внесении изменений в Соглашение о свободной торговле между Российской Федерацией и Республикой Сербией',
        'Соглашение о свободной торговле между Российской Федерацией и Республикой Сербией',
      ],
    ];
    for (const [text, amending, amended] of cases) expect(names(text), text).toEqual([amending, amended]);
  });
});
