import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../server/extract/extract-article';
import { extractedEvents as events, testGazetteer } from './shared-gazetteer';

const types = (text: string, published?: string) => events(text, published).map((e) => e.split('@')[0]);
const actorNames = (text: string) =>
  extractArticle(text, { gazetteer: testGazetteer(), published: '2023-06-07' }).actors.map((a) => a.name);

describe('Russian agency copy: acts in every aspect and voice', () => {
  it('a phone call told by "позвонил", "поговорил ... по телефону" or "беседовал с" is a meeting', () => {
    expect(
      events(
        'Во вторник Президент Франции Эмманюэль Макрон позвонил Федеральному канцлеру Германии Олафу Шольцу.',
        '2023-06-07',
      ),
    ).toContain('meeting@2023-06-06[France/Emmanuel Macron/Germany/Olaf Scholz]');
    expect(
      types('Министр иностранных дел России Сергей Лавров поговорил с госсекретарём США Энтони Блинкеном по телефону.'),
    ).toContain('meeting');
    expect(
      types('Премьер-министр Индии Нарендра Моди беседовал с Президентом России Владимиром Путиным в Кремле.'),
    ).toContain('meeting');
  });
  it('talks that begin ("начались переговоры", "переговоры стартовали") are one meeting, not a process launched', () => {
    const t = types('В Женеве начались переговоры министров иностранных дел России и Украины.', '2023-06-07');
    expect(t).toContain('meeting');
    expect(t).not.toContain('other');
    expect(types('Переговоры делегаций Армении и Азербайджана стартовали в Вашингтоне.', '2023-06-07')).toEqual([
      'meeting',
    ]);
  });
  it('a congratulation or a wish in any form is a statement: "поздравил", "поздравляет", "направил ... приветствие"', () => {
    expect(
      types(
        'Президент России Владимир Путин тепло поздравил Президента Китая Си Цзиньпина с днём рождения.',
        '2023-06-07',
      ),
    ).toContain('statement');
    expect(
      types(
        'Председатель Правительства Михаил Мишустин поздравляет Премьер-министра Армении Никола Пашиняна с Днём Конституции.',
        '2023-06-07',
      ),
    ).toContain('statement');
    expect(
      types(
        'Президент России Владимир Путин направил Президенту Турции Реджепу Тайипу Эрдогану приветствие в связи с национальным праздником.',
        '2023-06-07',
      ),
    ).toContain('statement');
  });
  it('a ratification in the passive keeps its type: "ратифицировано Государственной Думой"', () => {
    expect(
      types(
        'Соглашение между Россией и Казахстаном о военно-техническом сотрудничестве было ратифицировано Государственной Думой 5 июня 2023 года.',
      ),
    ).toContain('ratification');
  });
  it('a chamber that backs a ratification takes a step of the treaty\'s life, not a stance: "поддержал ратификацию"', () => {
    expect(
      types(
        'Совет Федерации поддержал ратификацию соглашения между Россией и Казахстаном о военно-техническом сотрудничестве.',
        '2023-06-07',
      ),
    ).toEqual(['other']);
  });
  it('credentials accepted in the passive are the act of credentials, not a reception: "верительные грамоты ... приняты"', () => {
    expect(
      types(
        'Верительные грамоты Посла России в Китае Игоря Моргулова приняты Председателем КНР Си Цзиньпином 5 июня 2023 года.',
      ),
    ).toEqual(['other']);
  });
  it('a speech at a press conference or a briefing is a statement: "выступил на пресс-конференции"', () => {
    expect(
      types(
        'Министр иностранных дел России Сергей Лавров выступил на пресс-конференции по итогам переговоров.',
        '2023-06-07',
      ),
    ).toContain('statement');
  });
});

describe('Russian agency copy: past forms, messages and programme years', () => {
  it('"прошёл" (masculine past) opens a meeting as "прошли" does', () => {
    expect(
      types('12 марта в Женеве прошёл очередной раунд консультаций России и США по стратегической стабильности.'),
    ).toContain('meeting');
  });
  it('a message in its own words or a heading naming it is a statement: "Примите ... поздравления", "Поздравительная телеграмма"', () => {
    expect(
      types(
        'Поздравление Президенту Кении\nУважаемый господин Президент!\nСердечно поздравляю Вас с национальным праздником.\nВ.Путин\n',
        '2023-06-07',
      ),
    ).toContain('statement');
    expect(
      events(
        'Поздравительная телеграмма Министра иностранных дел России С.В.Лаврова Министру иностранных дел Чили\nПримите искренние поздравления по случаю Вашего назначения на пост Министра иностранных дел.\n',
        '2023-06-07',
      ).filter((e) => e.startsWith('statement')),
    ).toEqual(['statement@2023-06-07[Sergey Lavrov/Russia/Chile]']);
  });
  it('an assessment or a stance in any form is a statement: "обратил внимание", "изложил позицию", "дал высокую оценку"', () => {
    for (const verb of [
      'обратил внимание на то',
      'изложил позицию России, состоящую в том',
      'дал высокую оценку тому',
      'охарактеризовал как важное то',
    ])
      expect(
        types(
          `Министр иностранных дел России Сергей Лавров ${verb}, что переговоры с Китаем в Пекине прошли успешно.`,
          '2023-06-07',
        ),
      ).toContain('statement');
  });
  it('the years a programme runs for are no date of its signing: "на 2024–2026 годы"', () => {
    expect(
      events(
        '2 апреля в Москве состоялись консультации министерств иностранных дел России и Индии. По итогам консультаций подписан Протокол о консультациях на 2024–2026 годы.',
        '2024-04-03',
      ),
    ).toSatisfy((es: string[]) => es.some((e) => e.startsWith('treaty_signing@2024-04-02[')));
  });
});

describe('headings retold in the lede', () => {
  it("a heading dated by the page and its lede that names the day are one act, on the lede's day", () => {
    expect(
      events(
        'Сенат ратифицировал соглашение с Монголией\nСовет Федерации во вторник ратифицировал соглашение между Россией и Монголией о сотрудничестве в области образования.\n',
        '2023-06-07',
      ),
    ).toEqual(['ratification@2023-06-06[Mongolia/Federation Council/Russia]']);
  });
  it("a lede that names a place for the heading's state tells the same act", () => {
    expect(
      events(
        'МЧС России доставило гуманитарную помощь в Сирию\nСамолёт МЧС России доставил в Дамаск 30 тонн гуманитарной помощи для пострадавших от землетрясения.\n',
        '2023-06-07',
      ).filter((e) => e.startsWith('other')).length,
    ).toBe(1);
  });
  it('a heading that names another actor than the lede stays an act of its own', () => {
    expect(
      events(
        'Лавров провёл переговоры с главой МИД Египта\nВ среду Президент Египта принял Министра иностранных дел Индии в Каире.\n',
        '2023-06-07',
      ).length,
    ).toBe(2);
  });
});

describe('Russian surnames in an oblique case after a heading noun or an opening adverb', () => {
  it('"Визит Путина", "Встреча Лаврова", "Вчера Шольцу" name the known person', () => {
    expect(actorNames('Визит Путина в Китай завершился 7 июня, и это было важно для всех.')).toContain(
      'Vladimir Putin',
    );
    expect(actorNames('Встреча Лаврова с Ван И состоялась в среду в Пекине после долгого перерыва.')).toContain(
      'Sergey Lavrov',
    );
    expect(actorNames('Вчера Шольцу позвонил Байден, и они обсудили ситуацию вокруг Украины.')).toContain(
      'Olaf Scholz',
    );
  });
});
