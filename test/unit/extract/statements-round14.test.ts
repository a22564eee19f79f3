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

describe('a body named by its head noun alone as the subject of a speech verb', () => {
  it.each([
    'The U.S. Embassy in Moscow hosted a reception on Friday for the anniversary of the mission. The journalist Evan Gershkovich was arrested on Monday. The embassy said it was deeply concerned by his detention.',
    "L'ambassade de France au Mali a organisé vendredi une réception pour l'anniversaire. Le journaliste Olivier Dubois a été arrêté lundi. L'ambassade a exprimé sa profonde préoccupation face à sa détention.",
    'Kedutaan Besar Amerika Serikat di Jakarta menggelar resepsi pada hari Jumat. Wartawan Budi Santoso ditangkap pada hari Senin. Kedutaan tersebut menyatakan keprihatinan yang mendalam atas penahanannya.',
    'Посольство США в Москве в пятницу провело прием по случаю годовщины. Журналист Эван Гершкович был арестован в понедельник. Посольство заявило, что глубоко обеспокоено его задержанием.',
  ])('is the body of that kind named last: "%s"', (text) => {
    expect(statements(text)).toEqual([
      expect.stringMatching(
        /^statement@2024-03-12\[(?:U\.S\. Embassy in Moscow|ambassade de France au Mali|Kedutaan Besar Amerika Serikat di Jakarta|Посольство США в Москве)\]$/u,
      ),
    ]);
  });
  it('with a demonym before it ("Американская дипмиссия призвала")', () => {
    expect(
      statements(
        'Посольство США в Москве в пятницу провело прием по случаю годовщины. Журналист Эван Гершкович был арестован в понедельник. Американская дипмиссия призвала власти немедленно освободить его.',
      ),
    ).toEqual(['statement@2024-03-12[Посольство США в Москве/United States]']);
  });
  it.each([
    'La Embajada de Estados Unidos en Caracas abrió el viernes su nueva sede. El periodista Juan Pérez fue detenido el lunes. La embajada expresó su profunda preocupación por su detención.',
  ])('in Spanish too: "%s"', (text) => {
    expect(statements(text)).toContain('statement@2024-03-12[Embajada de Estados Unidos en Caracas]');
  });
});

describe('French verbs of praise and thanks in every tense', () => {
  it.each([
    "L'ambassade de France au Sénégal félicite le peuple sénégalais pour le bon déroulement des élections.",
    'Le ministre Jean-Noël Barrot a chaleureusement remercié le Qatar pour sa médiation.',
    'Emmanuel Macron félicita le nouveau président.',
    'Les États-Unis félicitent le peuple sénégalais pour le bon déroulement des élections.',
  ])('are statements: "%s"', (text) => {
    expect(statements(text)).toHaveLength(1);
  });
});

describe('a weekday written lowercase in its language, capitalized beside a capitalized word', () => {
  it.each([
    'La Embajada de los Estados Unidos en Santo Domingo felicita al pueblo dominicano por las elecciones.',
    "L'ambassade de France à Santo Domingo félicite le peuple dominicain pour les élections.",
  ])('is part of a name and dates nothing: "%s"', (text) => {
    expect(statements(text)).toEqual([expect.stringMatching(/^statement@2024-03-12\[/u)]);
  });
});

describe('a verb of saying inside a quotation that runs over two sentences', () => {
  it.each([
    'Russia rejected the accusations. “Failing to support Ukraine at this critical moment will not be forgotten. This is the time to stand firm with Ukraine,” said President Joe Biden.',
    'Rusia rechazó las acusaciones. “No apoyar a Ucrania en este momento crítico no será olvidado. Es el momento de mantenernos firmes con Ucrania”, dijo el presidente Joe Biden.',
    'La Russie a rejeté les accusations. « Ne pas soutenir l’Ukraine en ce moment critique ne sera pas oublié. C’est le moment de rester fermes avec l’Ukraine », a déclaré le président Joe Biden.',
    'Rusia membantah tuduhan itu. “Kegagalan mendukung Ukraina di saat kritis ini tidak akan terlupakan. Ini saatnya berdiri teguh bersama Ukraina,” kata Presiden Joe Biden.',
    'Россия отвергла обвинения. «Отказ поддержать Украину в этот критический момент не будет забыт. Сейчас время твердо стоять вместе с Украиной», - сказал президент Джо Байден.',
  ])('is what the speaker whose verb closes it says, no statement of its own: "%s"', (text) => {
    expect(events(text).filter((e) => e.startsWith('statement@'))).toEqual([
      'statement@null[Russia]',
      'statement@null[Ukraine/Joe Biden]',
    ]);
  });
});
