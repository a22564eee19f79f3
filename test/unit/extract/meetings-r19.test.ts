import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

/** The signings of a made-up text published on 10 May 2024. */
function signings(text: string, published = '2024-05-10'): string[] {
  return events(text, published).filter((e) => e.startsWith('treaty_signing'));
}

// Round 19 (issue 14): meetings and treaty signings, each rule in the five languages.
describe('extractArticle: meetings and signings of round 19', () => {
  it('extractArticle(a signing in a relative clause on another treaty, years before) keeps only the news signing', () => {
    expect(
      signings(
        'Peru and Chile signed the Lima Maritime Treaty on Monday. The treaty amends the Arica Fisheries Agreement, which was signed in 1995.',
      ),
    ).toEqual(['treaty_signing@2024-05-06[Peru/Chile]']);
    expect(
      signings(
        'Perú y Chile firmaron el lunes el Tratado Marítimo de Lima. El tratado modifica el Acuerdo Pesquero de Arica, que ambos países firmaron en 1995.',
      ),
    ).toEqual(['treaty_signing@2024-05-06[Peru/Chile]']);
    expect(
      signings(
        'La France et le Maroc ont signé lundi le traité de Rabat. Ce traité modifie la Convention de Tanger, qui avait été signée en 1995.',
      ),
    ).toEqual(['treaty_signing@2024-05-06[France/Morocco]']);
    expect(
      signings(
        'Indonesia dan Malaysia menandatangani Traktat Maritim Jakarta, Senin (6/5/2024). Traktat itu mengubah Perjanjian Perikanan Selat Malaka yang telah ditandatangani pada 1995.',
      ),
    ).toEqual(['treaty_signing@2024-05-06[Indonesia/Malaysia]']);
    expect(
      signings(
        'Россия и Казахстан подписали в понедельник Морской договор. Договор изменяет Соглашение о рыболовстве, которое было подписано в 1995 году.',
      ),
    ).toEqual(['treaty_signing@2024-05-06[Russia/Kazakhstan]']);
  });

  it('extractArticle(a relative clause that dates its signing in the year of the news) keeps that signing', () => {
    expect(
      signings(
        'Peru and Chile signed the Lima Maritime Treaty on Monday. The treaty amends the Arica Fisheries Agreement, which was signed in January.',
      ),
    ).toEqual(['treaty_signing@2024-05-06[Peru/Chile]', 'treaty_signing@2024-01[Peru/Chile]']);
  });

  it('extractArticle(a signing told as a time ago, "eight years after the signing of") gives no signing that day', () => {
    const said = {
      en: 'Eight years after the signing of the Peace Agreement, violence persists, the minister said on Monday.',
      es: 'Ocho años después de la firma del Acuerdo de Paz, la violencia persiste, dijo el lunes el ministro.',
      fr: "Huit ans après la signature de l'Accord de paix, la violence persiste, a déclaré lundi le ministre.",
      id: 'Delapan tahun setelah penandatanganan Perjanjian Damai Helsinki, kekerasan berlanjut, kata menteri pada hari Senin.',
      ru: 'Спустя восемь лет после подписания Минских соглашений насилие продолжается, заявил в понедельник министр.',
    };
    for (const text of Object.values(said)) expect(signings(text)).toEqual([]);
    // a comma ends the time: the act after it is the news
    expect(events('A year after taking office, President Lula visited China on Monday.', '2024-05-10')).toEqual([
      'meeting@2024-05-06[Luiz Inácio Lula da Silva/China]',
    ]);
  });

  it('extractArticle(agreements signed with a list of states "respectively") gives one signing with each state', () => {
    const each = ['treaty_signing@2016[Chile]', 'treaty_signing@2016[Peru]', 'treaty_signing@2016[Bolivia]'];
    expect(signings('The three agreements were signed in 2016 with Chile, Peru and Bolivia respectively.')).toEqual(
      each,
    );
    expect(signings('Los tres acuerdos fueron firmados en 2016 con Chile, Perú y Bolivia, respectivamente.')).toEqual(
      each,
    );
    expect(
      signings('Les trois accords ont été signés en 2016 avec respectivement le Chili, le Pérou et la Bolivie.'),
    ).toEqual(each);
    expect(signings('Три соглашения были подписаны в 2016 году с Чили, Перу и Боливией соответственно.')).toEqual(each);
    // "respectively" on the dates of an exchange of notes, not on the states
    expect(
      signings(
        'Chile and Bolivia signed the agreement by an exchange of notes, dated in Santiago on 19 May 2016 and in La Paz on 20 July 2016, respectively.',
      ),
    ).toEqual(['treaty_signing@2016-05-19[Chile/Bolivia]']);
  });
});
