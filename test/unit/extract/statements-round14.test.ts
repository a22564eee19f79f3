/** Speakers and statements (round 14, issue 14), in every language. */
import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

const day = '2024-03-12';
const statements = (text: string) => events(text, day).filter((e) => e.startsWith('statement@'));

describe('a verb of adding with no subject of its own', () => {
  it.each([
    'Treasury Secretary Janet Yellen announced new sanctions on Russia on Tuesday. "The time to stop this war is now," Yellen said. The measures follow the request of President Joe Biden last month. "We urge our allies to join these sanctions," she added.',
    'La secretaria del Tesoro, Janet Yellen, anunció el martes nuevas sanciones contra Rusia. "El momento de detener esta guerra es ahora", dijo Yellen. Las medidas siguen la petición del presidente Joe Biden el mes pasado. "Instamos a nuestros aliados a sumarse a estas sanciones", añadió.',
    "La secrétaire au Trésor Janet Yellen a annoncé mardi de nouvelles sanctions contre la Russie. « Le moment d'arrêter cette guerre est venu », a déclaré Yellen. Les mesures suivent la demande du président Joe Biden le mois dernier. « Nous appelons nos alliés à se joindre à ces sanctions », a-t-elle ajouté.",
    'Menteri Keuangan Janet Yellen mengumumkan sanksi baru terhadap Rusia pada hari Selasa. "Saatnya menghentikan perang ini adalah sekarang," kata Yellen. Langkah itu menyusul permintaan Presiden Joe Biden bulan lalu. "Kami mendesak sekutu kami untuk bergabung dengan sanksi ini," tambahnya.',
    'Министр финансов Джанет Йеллен во вторник объявила о новых санкциях против России. «Время остановить эту войну пришло», - сказала Йеллен. Меры последовали за просьбой президента Джо Байдена в прошлом месяце. «Мы призываем союзников присоединиться к этим санкциям», - добавила она.',
  ])('goes on in the voice of the last speaker, not of the person named last: "%s"', (text) => {
    expect(statements(text)).toEqual(['statement@2024-03-12[Janet Yellen/Russia]']);
  });
});
