import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../server/extract/extract-article';
import { testGazetteer } from './shared-gazetteer';

/** The treaties of a text written for the test. */
const treaties = (text: string) =>
  extractArticle(text, { gazetteer: testGazetteer(), published: '2024-05-01' }).treaties;
const names = (text: string) => treaties(text).map((t) => t.name);

describe('extractArticle: names kept in English by the Indonesian press', () => {
  it('extractArticle("... menandatangani Flight Information Region Agreement ...") finds the English name with its borrowed noun', () => {
    const cases: [string, string][] = [
      [
        'Indonesia dan Singapura menandatangani Flight Information Region Agreement pada Januari 2022 di Bintan.',
        'Flight Information Region Agreement',
      ],
      [
        'Kedua menteri membahas pelaksanaan Security Arrangement 1984 di perbatasan kedua negara.',
        'Security Arrangement 1984',
      ],
      [
        'Pemerintah menyambut baik berlakunya Comprehensive Economic Partnership Agreement (CEPA) dengan Australia.',
        'Comprehensive Economic Partnership Agreement',
      ],
      [
        'Kedua menteri luar negeri menandatangani Joint Communique tentang hubungan diplomatik pada 1967.',
        'Joint Communique',
      ],
    ];
    for (const [text, name] of cases) expect(names(text), text).toContain(name);
  });

  it('extractArticle("... the agreement ...") in Indonesian takes no lowercase English noun, nor a bare capitalized one', () => {
    expect(names('Para pejabat menyebut kesepakatan itu sebagai agreement yang penting bagi kedua negara.')).toEqual(
      [],
    );
    expect(names('Agreement itu dibahas oleh kedua delegasi di Jakarta kemarin.')).toEqual([]);
  });

  it('extractArticle("X Agreement (XA) ... Treaty XA") leaves English-order names in English alone', () => {
    expect(names('The two countries signed the Border Crossing Agreement in 2006.')).toEqual([
      'Border Crossing Agreement',
    ]);
  });
});

describe('extractArticle: a treaty noun with an acronym is the treaty that acronym abbreviates, five languages', () => {
  it('extractArticle("the X Agreement (XA) ... the XA Agreement") gives one treaty with both names', () => {
    const cases: [string, string, string][] = [
      [
        'The two countries signed the Border Crossing Agreement (BCA) in 2006. The BCA Agreement will be reviewed next year.',
        'Border Crossing Agreement',
        'BCA Agreement',
      ],
      [
        'Chile y Perú firmaron el Convenio de Cooperación Aduanera (CCA) en 2010. El Convenio CCA será revisado el próximo año.',
        'Convenio de Cooperación Aduanera',
        'Convenio CCA',
      ],
      [
        'La France et le Maroc ont signé la Convention de Coopération Douanière (CCD) en 2010. La Convention CCD sera révisée.',
        'Convention de Coopération Douanière',
        'Convention CCD',
      ],
      [
        'Kedua negara menandatangani Perjanjian Perdagangan Lintas Batas (PPLB) pada 1970. Perjanjian PPLB akan ditinjau ulang.',
        'Perjanjian Perdagangan Lintas Batas',
        'Perjanjian PPLB',
      ],
      [
        'Стороны подписали Договор о сокращении стратегических наступательных вооружений (СНВ). Договор СНВ вступил в силу в 2011 году.',
        'Договор о сокращении стратегических наступательных вооружений',
        'Договор СНВ',
      ],
    ];
    for (const [text, name, alias] of cases) {
      const got = treaties(text);
      expect(
        got.map((t) => t.name),
        text,
      ).toEqual([name]);
      expect(got[0]!.aliases, text).toContain(alias);
    }
  });
});
