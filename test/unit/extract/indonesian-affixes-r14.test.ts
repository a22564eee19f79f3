import { describe, expect, it } from 'vitest';
import { idForm, idForms, nasalPrefixed } from '../../../server/extract/lexicons/id-affixes';
import { extractedEvents as events } from './shared-gazetteer';

// Round 14 (issue 14): Indonesian triggers as a root and the affixes the language allows.
describe('nasalPrefixed: the meN-/peN- nasal takes the root’s first sound', () => {
  it('nasalPrefixed("me", root) drops k, p, t, s before a vowel and keeps the first of a loanword’s cluster', () => {
    const cases: [string, string][] = [
      ['tolak', 'menolak'],
      ['kirim', 'mengirim'],
      ['sambut', 'menyambut'],
      ['pakai', 'memakai'],
      ['beri', 'memberi'],
      ['dukung', 'mendukung'],
      ['gelar', 'menggelar'],
      ['ajukan', 'mengajukan'],
      ['lantik', 'melantik'],
      ['ratifikasi', 'meratifikasi'],
      ['kritik', 'mengkritik'],
      ['protes', 'memprotes'],
      ['transfer', 'mentransfer'],
      ['bom', 'mengebom'],
    ];
    for (const [root, form] of cases) expect(nasalPrefixed('me', root)).toBe(form);
    expect(nasalPrefixed('pe', 'sah')).toBe('penge' + 'sah');
  });
});

describe('idForm: one derivation of a root', () => {
  it('idForm(root, affix) writes the active, passive, intransitive and noun forms', () => {
    expect(idForm('tandatangan', 'meN-i')).toBe('menandatangani');
    expect(idForm('tandatangan', 'di-i')).toBe('ditandatangani');
    expect(idForm('tandatangan', 'peN-an')).toBe('penandatanganan');
    expect(idForm('sah', 'peN-an')).toBe('pengesahan');
    expect(idForm('kunjung', 'di-i')).toBe('dikunjungi');
    expect(idForm('temu', 'ber')).toBe('bertemu');
    expect(idForm('runding', 'ber')).toBe('berunding');
    expect(idForm('kerja', 'ber')).toBe('bekerja');
    expect(idForm('seru', 'ber')).toBe('berseru');
    expect(idForm('runding', 'per-an')).toBe('perundingan');
    expect(idForm('panjang', 'memper')).toBe('memperpanjang');
    expect(idForm('sepakat', 'ke-an')).toBe('kesepakatan');
    expect(idForm('sampai', 'root-kan')).toBe('sampaikan');
  });

  it('idForms(roots, affixes) is an alternation of every form, longest first', () => {
    expect(idForms(['kecam', 'kutuk'], ['meN', 'di'])).toBe('mengecam|mengutuk|dikecam|dikutuk');
  });
});

describe('extractArticle: Indonesian passives of judgment and of meeting verbs (round 14)', () => {
  const tail = ' Berita ini ditulis dari Jakarta untuk para pembaca yang ada di sana dan mereka yang tidak.';

  it('extractArticle("serangan itu dikecam keras oleh Pemerintah X, Senin (3/5)") is a statement of that day', () => {
    for (const text of [
      'Serangan bom di Kabul dikecam keras oleh Pemerintah Indonesia, Senin (3/5).',
      'Uji coba rudal itu dikutuk Pemerintah Jepang pada Senin (3/5).',
      'Langkah tersebut juga disesalkan oleh Menteri Luar Negeri Retno Marsudi, Senin (3/5).',
    ])
      expect(events(text + tail, '2021-05-07')).toContainEqual(expect.stringMatching(/^statement@2021-05-03\[/));
  });

  it('extractArticle("perjanjian yang berulang kali dikecamnya") is no statement: a relative clause describes', () => {
    expect(
      events(
        'Presiden itu menarik negaranya dari perjanjian nuklir, yang berulang kali dikecamnya, pada Selasa (8/5).' +
          tail,
        '2018-05-09',
      ).filter((e) => e.startsWith('statement')),
    ).toHaveLength(0);
  });

  it('extractArticle("X dikunjungi Perdana Menteri Y", "X ditelepon Menlu Y") is a meeting of X and Y', () => {
    expect(
      events(
        'Presiden Joko Widodo dikunjungi Perdana Menteri Jepang Yoshihide Suga di Istana Bogor, Selasa (4/5).' + tail,
        '2021-05-07',
      ),
    ).toContainEqual(expect.stringMatching(/^meeting@2021-05-04\[.*Joko Widodo.*Yoshihide Suga/));
    expect(
      events(
        'Menteri Luar Negeri Retno Marsudi ditelepon Menlu AS Antony Blinken pada Selasa (4/5).' + tail,
        '2021-05-07',
      ),
    ).toContainEqual(expect.stringMatching(/^meeting@2021-05-04\[.*Antony Blinken/));
  });

  it('extractArticle("X ditemui wartawan") is no meeting: the press meets a speaker', () => {
    expect(
      events(
        'Menteri Luar Negeri Retno Marsudi ditemui wartawan di Jakarta pada Selasa (4/5) mengatakan Indonesia siap membantu.' +
          tail,
        '2021-05-07',
      ).filter((e) => e.startsWith('meeting')),
    ).toHaveLength(0);
  });
});

describe('extractArticle: the day after a speaker named after the speech verb (round 14)', () => {
  it('extractArticle("..., said <title> <name> [in <place>] on <weekday>") is a statement of that day', () => {
    const texts: [string, string][] = [
      [
        '"Kami akan membantu," kata Menteri Luar Negeri Retno Marsudi pada Senin (1/10). Berita ini ditulis dari Jakarta untuk para pembaca yang ada di sana.',
        'id',
      ],
      [
        '"Kami akan membantu," ujar Menteri Luar Negeri Retno Marsudi di Jakarta pada hari Senin (1/10). Berita ini ditulis dari Jakarta untuk para pembaca yang ada di sana.',
        'id',
      ],
      [
        '"We will help," said Foreign Minister Retno Marsudi in Jakarta on Monday. This is the news from the city for all the readers who are there.',
        'en',
      ],
      [
        '"Ayudaremos", dijo la ministra de Relaciones Exteriores Retno Marsudi en Yakarta el lunes. Es una noticia de la ciudad para todos los lectores que están allí.',
        'es',
      ],
      [
        '"Nous aiderons", a déclaré la ministre des Affaires étrangères Retno Marsudi à Jakarta lundi. C’est une nouvelle de la ville pour tous les lecteurs qui sont là.',
        'fr',
      ],
    ];
    for (const [text] of texts)
      expect(events(text, '2018-10-05')).toContainEqual(
        expect.stringMatching(/^statement@2018-10-01\[.*Retno Marsudi/),
      );
  });
});

describe('extractArticle: Indonesian phone contact and statement headings (round 14)', () => {
  const tail = ' Berita ini ditulis dari Jakarta untuk para pembaca yang ada di sana dan mereka yang tidak.';

  it('extractArticle("A menghubungi B melalui telepon", "A berkomunikasi melalui telepon dengan B") is a meeting of A and B', () => {
    for (const text of [
      'Menlu Retno Marsudi menghubungi Menlu Iran Javad Zarif melalui telepon pada Senin (6/1).',
      'Menlu Retno Marsudi dihubungi Menlu Iran Javad Zarif lewat sambungan telepon pada Senin (6/1).',
      'Menteri Luar Negeri Retno Marsudi berkomunikasi melalui telepon dengan Menlu Iran Javad Zarif pada Senin (6/1).',
    ])
      expect(events(text + tail, '2020-01-08')).toContainEqual(
        expect.stringMatching(/^meeting@2020-01-06\[.*Retno Marsudi.*Zarif/),
      );
  });

  it('extractArticle(a heading "Keterangan Pers Presiden X ..." or "Sambutan Menteri X ...") is a statement of its day', () => {
    for (const heading of [
      'Keterangan Pers Presiden Susilo Bambang Yudhoyono tentang Kunjungan ke Portugal, Jakarta, 18 September 2014',
      'Sambutan Menteri Luar Negeri Retno Marsudi pada Pembukaan Forum Bisnis, Jakarta, 18 September 2014',
    ])
      expect(
        events(`${heading}\n\nSaudara-saudara, Indonesia dan Portugal adalah sahabat lama.${tail}`, '2014-09-19'),
      ).toContainEqual(expect.stringMatching(/^statement@2014-09-18\[/));
  });
});
