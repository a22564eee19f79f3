import { RU_GIVEN_NAMES } from './ru-given-names';
import type { Lexicon, NameContext } from './types';
import { termGap } from './rules';

/** A Russian noun's oblique singular forms (genitive, dative, instrumental, prepositional; feminine -а also accusative). */
function nounCases(w: string): string[] {
  const irregular: Record<string, string> = { посол: 'посл' };
  const last = w.slice(-1);
  if (/[ыио]й$/u.test(w) && w.length > 4) {
    const stem = w.slice(0, -2);
    const soft = w.endsWith('ий') && !/[кгх]$/u.test(stem);
    return soft
      ? [stem + 'его', stem + 'ему', stem + 'им', stem + 'ем']
      : [stem + 'ого', stem + 'ому', stem + 'ым', stem + 'ом'];
  }
  if (last === 'ь') return ['я', 'ю', 'ем', 'е'].map((e) => w.slice(0, -1) + e);
  if (last === 'а') {
    const stem = w.slice(0, -1);
    return [stem + (/[гкхжшчщ]$/u.test(stem) ? 'и' : 'ы'), stem + 'е', stem + 'ой', stem + 'у'];
  }
  if (/[бвгджзклмнпрстфхцчшщ]$/u.test(last)) {
    const stem = irregular[w] ?? w;
    return [stem + 'а', stem + 'у', stem + (/[жшчщц]$/u.test(stem) ? 'ем' : 'ом'), stem + 'е'];
  }
  return [];
}

/**
 * A title in every case: its leading adjectives and head noun declined, its genitive complement as it is
 * ("генеральный секретарь ООН" → "генерального секретаря ООН", "заместителем министра обороны").
 */
function titleCases(title: string): string[] {
  const words = title.split(' ');
  let head = 0;
  while (head < words.length - 1 && /(?:ый|ий|ой)$/u.test(words[head]!)) head++;
  const forms: string[][] = words.slice(0, head + 1).map(nounCases);
  if (forms.some((f) => f.length === 0)) return [title];
  const rest = words.slice(head + 1).join(' ');
  const out = [title];
  for (let c = 0; c < forms[head]!.length; c++) {
    // an adjective before a feminine noun's accusative is rare in titles: the noun's fourth form goes alone
    if (c === 3 && head > 0 && words[head]!.endsWith('а')) continue;
    const declined = forms.map((f) => f[Math.min(c, f.length - 1)]!).join(' ');
    // "после" (of "посол") is the preposition "after" before a name
    if (declined !== 'после') out.push(rest ? `${declined} ${rest}` : declined);
  }
  return out;
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

/** What a minister is minister of, in the genitive: "министр обороны", "заместитель министра иностранных дел". */
const RU_PORTFOLIOS = [
  'иностранных дел',
  'обороны',
  'финансов',
  'юстиции',
  'внутренних дел',
  'экономического развития',
  'экономики',
  'энергетики',
  'торговли',
  'промышленности и торговли',
  'сельского хозяйства',
  'здравоохранения',
  'образования',
  'просвещения',
  'транспорта',
  'культуры',
  'труда',
  'природных ресурсов',
  'по чрезвычайным ситуациям',
  'цифрового развития',
  'строительства',
];
/** Nominative titles whose other cases the lexicon's titles list gets by `titleCases`. */
const RU_DECLINED_TITLES = [
  'президент',
  'вице-президент',
  'премьер-министр',
  'вице-премьер',
  'министр',
  ...RU_PORTFOLIOS.map((p) => `министр ${p}`),
  ...RU_PORTFOLIOS.map((p) => `заместитель министра ${p}`),
  ...RU_PORTFOLIOS.map((p) => `первый заместитель министра ${p}`),
  'заместитель министра',
  'первый заместитель министра',
  'заместитель председателя',
  'первый заместитель председателя',
  'председатель правительства',
  'председатель государственных дел',
  'генеральный секретарь',
  'госсекретарь',
  'государственный секретарь',
  'канцлер',
  'король',
  'королева',
  'император',
  'принц',
  'наследный принц',
  'лидер',
  'верховный лидер',
  'лидер оппозиции',
  'оппозиционер',
  'глава правительства',
  'эмир',
  'еврокомиссар',
  'спецпосланник',
  'специальный посланник',
  'спецпредставитель',
  'специальный представитель',
  'главный переговорщик',
  'председатель',
  'посол',
  'посланник',
  'пресс-секретарь',
  'официальный представитель',
  'постоянный представитель',
  'постпред',
  'полпред',
  'генерал',
  'маршал',
  'адмирал',
  // составные воинские звания: «контр-адмирал X», «генерал-лейтенант Y», «полковник Z»
  'контр-адмирал',
  'вице-адмирал',
  'генерал-лейтенант',
  'генерал-майор',
  'генерал-полковник',
  'полковник',
  'подполковник',
  'капитан',
  'лейтенант',
  'старший лейтенант',
  'майор',
  'сержант',
  'старший сержант',
  'прапорщик',
  'генерал армии',
  'избранный президент',
  'сенатор',
  'губернатор',
  'мэр',
  'дипломат',
  'советник',
  'помощник президента',
  'глава',
  'руководитель',
  'директор',
  'генеральный директор',
  'исполнительный директор',
  'управляющий директор',
  'спикер',
  'вице-спикер',
  'кандидат',
  'коллега',
  'профессор',
  'депутат',
  'монарх',
  'генпрокурор',
  'генеральный прокурор',
  // прокуратура и суд: «прокурор X», «судья Y»
  'прокурор',
];

/** Prepositions that set an act in an event told before it: "по итогам переговоров", "в ходе визита". */
const RU_FRAME_BEFORE = [
  'в ходе',
  'по итогам',
  'по результатам',
  'по завершении',
  'по окончании',
  'в рамках',
  'на полях',
  'во время',
  'после',
];
/** The event nouns in the genitive, after those prepositions. */
const RU_EVENT_GENITIVES = [
  'встречи',
  'переговоров',
  'саммита',
  'визита',
  'беседы',
  'консультаций',
  'заседания',
  'совещания',
  'разговора',
  'телефонного разговора',
  'церемонии',
  'подписания',
  'пресс-конференции',
  'брифинга',
  'конференции',
  'форума',
  'сессии',
];
/** A demonstrative or an adjective before those nouns, agreeing with them: "в ходе этого визита", "на этой встрече". */
const RU_EVENT_MODIFIED = [
  ...['этого', 'данного', 'официального', 'рабочего', 'государственного'].flatMap((d) =>
    ['визита', 'саммита', 'разговора', 'совещания', 'заседания'].map((n) => `${d} ${n}`),
  ),
  ...['этой', 'данной'].flatMap((d) => ['встречи', 'беседы', 'поездки', 'пресс-конференции'].map((n) => `${d} ${n}`)),
  ...['этих', 'данных'].flatMap((d) => ['переговоров', 'консультаций'].map((n) => `${d} ${n}`)),
  'поездки',
];
/** The same nouns in the locative, after "на": "на встрече", "на переговорах". */
const RU_EVENT_LOCATIVES = [
  'встрече',
  'переговорах',
  'саммите',
  'консультациях',
  'заседании',
  'совещании',
  'церемонии',
  'пресс-конференции',
  'брифинге',
  'конференции',
  'форуме',
  'сессии',
];

/** Count words before a unit of time ("три года назад"). */
const RU_COUNT = 'два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|\\d+';
const NOUN_SUFFIX = /(?:ени|ани|сти|ств)\p{L}*$/u;
function isVerbish(w: string): boolean {
  return (
    ['был', 'была', 'было', 'были', 'будет', 'будут', 'стал', 'стала'].includes(w) ||
    (/(?:ла|ло|ли|ть|ет|ит|ют|ат|ся|сь|ял|ил|ал|ны|на|но|ан|ен)$/u.test(w) && w.length > 4 && !NOUN_SUFFIX.test(w))
  );
}

/** A capitalized adjective made from a place name, right before a noun. */
const PLACE_ADJECTIVE = /(\p{Lu}[\p{L}-]*(?:ск|цк)(?:ий|ая|ое|ие|ого|ой|ому|ым|ом|их|ую|ими|ей|им|ых|ые))\s+$/u;
/** "Советско-корейский", "Российско-...": who the parties are, not a name. */
const COMPOUND_DEMONYM = /^\p{Lu}\p{Ll}+о-/u;
/** Words that end an "о ..." name: prepositions of place and time, conjunctions, relative pronouns. */
const NAME_STOP = new Set(
  'в с на от до а но что как чтобы если когда который которого которое которая которые которым которой'.split(' '),
);

/** A treaty noun's stems: "о внесении изменений в| Соглашение ...", a protocol's name goes on into its treaty's. */
const INNER_TREATY = /^(?:в|к)\s+(?:договор|соглашени|протокол|конвенци|устав|меморандум)\p{L}*/iu;
/** "от 20 ноября 2009 года": the date a treaty is named by, the end of its name. */
const NAMED_BY_DATE =
  /^от\s+\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\s+\d{4}\s*(?:года|г\.)/u;
/** "в Содружестве Независимых Государств": an organization of several words after "в" is part of the name. */
const IN_ORGANIZATION = /^в\s+(?=\p{Lu}\p{Ll}*\s+\p{Lu})/u;

const NAME_WORD = /^([\p{L}-]+)(\s*,\s*|\s+и\s+|\s+)?/u;
const CENTURY = /^в\s+[IVXLC]+\s+(?:век|столети)\p{L}*/u;
const PARTICIPLE = /(?:нн|вш|ющ|ущ)\p{L}*$/u;
/** An adjective in the plural's genitive or prepositional ("баллистических", "новых"), whose noun follows. */
const ADJECTIVE_PLURAL = /\p{L}{3}(?:ых|их)$/u;
/** "Договор о дружбе, добрососедстве и сотрудничестве между РФ и КНДР": the words after о/об, until a verb. */
function nameAfterNoun(ctx: NameContext): number {
  const { text, nounEnd: nEnd, sentenceEnd } = ctx;
  if (ctx.noun.startsWith('документ')) return nEnd;
  const r = /^\s+(?:о|об|по)\s+/u.exec(text.slice(nEnd, nEnd + 6));
  if (!r) return nEnd;
  let p = nEnd + r[0].length;
  let end = nEnd;
  let afterComma = false;
  let prev = '';
  let inField = false;
  for (let k = 0; k < 24; k++) {
    const w = NAME_WORD.exec(text.slice(p, Math.min(sentenceEnd, p + 40)));
    if (!w) break;
    const word = w[1]!.toLowerCase();
    const actorEnd = ctx.actorEndAt(p);
    if (actorEnd !== null) {
      end = actorEnd;
      // "между Правительством A и Правительством B об использовании ...": what it is about follows its parties
      const about = /^\s+(?:о|об|по)\s+/u.exec(text.slice(actorEnd, actorEnd + 6));
      if (about && /\sмежду\s/u.test(text.slice(nEnd, actorEnd))) {
        p = actorEnd + about[0].length;
        continue;
      }
      p = actorEnd + (/^\s*(?:и\s+)?/u.exec(text.slice(actorEnd))?.[0].length ?? 0);
      if (!/^\s+и\s+/u.test(text.slice(actorEnd, actorEnd + 4))) break;
      continue;
    }
    const rest = text.slice(p, Math.min(sentenceEnd, p + 60));
    // "Протокол о внесении изменений в Соглашение о ...": the protocol's name holds the treaty it amends
    const inner = INNER_TREATY.exec(rest);
    if (inner) {
      end = p + inner[0].length;
      p = end + (/^\s+/u.exec(text.slice(end, end + 4))?.[0].length ?? 0);
      continue;
    }
    // "... от 20 ноября 2009 года": the date that names it ends the name
    const dated = NAMED_BY_DATE.exec(rest);
    if (dated) {
      end = p + dated[0].length;
      break;
    }
    // "... в Содружестве Независимых Государств": an organization named in several words
    const org = IN_ORGANIZATION.exec(rest);
    const orgEnd = org ? ctx.actorEndAt(p + org[0].length) : null;
    if (org && orgEnd !== null) {
      end = orgEnd;
      p = orgEnd + (/^\s+/u.exec(text.slice(orgEnd, orgEnd + 4))?.[0].length ?? 0);
      continue;
    }
    // "Договор о добрососедстве и союзничестве в XXI веке": the century is part of the name
    const century = CENTURY.exec(text.slice(p, Math.min(sentenceEnd, p + 30)));
    if (century) {
      end = p + century[0].length;
      break;
    }
    // "Соглашение о сотрудничестве в области ...", "Договор ... в рамках Союзного государства": part of the name
    const field = /^в\s+(?:области|сфере|рамках|целях)\s+/u.exec(text.slice(p, Math.min(sentenceEnd, p + 20)));
    if (field) {
      p += field[0].length;
      inField = true;
      continue;
    }
    // a participle clause is set off by a comma (", подписанный в 1991 году"); adjectives with the same suffixes
    // ("дружественных", "всеобъемлющем", "государственной") are part of the name
    // "определения страны": a noun in -ны after a verbal noun in the genitive is its genitive too, no short participle
    // ("в области обороны", "пережиткам войны", "территории страны": a noun in -она/-ины/-йны is no participle, whose -н-
    // follows а/я/е: "подписаны", "заключена")
    // ("о пусках баллистических ракет": the word after an adjective is the noun it goes with, not a verb in -ет)
    const genitive =
      (/(?:ени|ани)я$/u.test(prev) && /н[ыа]$/u.test(word)) ||
      ADJECTIVE_PLURAL.test(prev) ||
      ((inField || /(?:ам|ям|ах|ях)$/u.test(prev)) && /[оиыуй]н[ыа]$/u.test(word));
    inField = false;
    if ((isVerbish(word) && !genitive) || (afterComma && PARTICIPLE.test(word)) || NAME_STOP.has(word)) break;
    prev = word;
    end = p + w[1]!.length;
    p += w[0].length;
    if (!w[2]) break;
    afterComma = w[2].includes(',');
  }
  return end;
}

/** A title in the instrumental case: its first word ("с Председателем", "с премьер-министром", "с главой", "с генеральным секретарем"). */
const INSTRUMENTAL_TITLE = /^[\p{L}-]*(?:ем|ом|ой|ей|ым|им)(?![\p{L}-])/u;
/** The capitalized words of a run, up to the clause's end. */
const CAPITALIZED_RUN = /^\p{Lu}[\p{L}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}'’-]*){0,3}/u;
/** A word of a title's complement (any case but a name's): a word and the space after it. */
const COMPLEMENT_WORD = /^[\p{L}\p{N}'’-]+[^\S\n]+/u;
/** What ends a title's complement: a conjunction, or a capitalized word in the instrumental ("Лавровым"). */
const COMPLEMENT_END = /^(?:и|а|или|\p{Lu}\p{Ll}+(?:ом|ем|ым|им))$/u;
/** A given name in the instrumental: masculine "Аленом", "Сергеем" (an adjective's instrumental is -ым/-им). */
const MASCULINE_INSTRUMENTAL = /^\p{Lu}\p{Ll}{2,}(?:ом|ем)$/u;
/** Feminine instrumental names and surnames: "Анной Ивановой", "Марией Захаровой". */
const FEMININE_INSTRUMENTAL = /^\p{Lu}\p{Ll}{2,}(?:ой|ей|ою)$/u;

/**
 * "с Председателем Национального Собрания Армении Аленом Симоняном": after a title in the instrumental, its genitive
 * complement, then the name in the instrumental too: the first run of capitalized words whose given name is in the
 * instrumental (a masculine -ом/-ем, or feminine words all in -ой/-ей).
 */
function nameAfterTitleComplement(text: string, title: string, from: number, limit: number): number | undefined {
  if (!INSTRUMENTAL_TITLE.test(title)) return undefined;
  let p = from;
  for (let k = 0; k < 12 && p < limit; k++) {
    const rest = text.slice(p, limit);
    const run = CAPITALIZED_RUN.exec(rest);
    if (run) {
      const words = run[0].split(/[^\S\n]+/u);
      if (
        words.length >= 2 &&
        (MASCULINE_INSTRUMENTAL.test(words[0]!) || words.every((w) => FEMININE_INSTRUMENTAL.test(w)))
      )
        return p;
    }
    const w = COMPLEMENT_WORD.exec(rest);
    // "с министром Лавровым и ...": a name of its own or a conjunction ends the title's complement
    if (!w || COMPLEMENT_END.test(w[0].trimEnd())) return undefined;
    p += w[0].length;
  }
  return undefined;
}

const W = '\\p{L}*';
/** Сумма или форма дара: «10 млн долларов», «2 млрд рублей», «$5 млн», «грант», «кредит», «заём». */
const RU_MONEY = `(?:\\$ ?\\d(?:[\\d,.]*\\d)?|\\d[\\d  ,.]* (?:млн|млрд|тыс|миллион${W}|миллиард${W})\\.? (?:долл${W}|евро|руб${W})|грант${W}|кредит${W}|за[её]м${W}|займ${W})`;

/**
 * An act that took place, in every aspect and voice: perfective and imperfective past, present, the reflexive passive
 * and the short passive participle of "провести" ("прошли", "проходили", "состоялись", "проводились", "проводится",
 * "была проведена", "завершились").
 */
const TOOK_PLACE =
  '(?:прошл[иа]|прошел|проходил[иао]?|проход(?:ит|ят)|состоял(?:ся|ась|ось|ись)|проводил(?:ся|ась|ось|ись)|провод(?:ится|ятся)|проведен[аоы]?|завершил(?:ся|ась|ось|ись))(?![\\p{L}])';
/** Elections and votes of a people, as nouns (stems). */
const ELECTION_NOUNS = `(?:(?:президентск|парламентск|всеобщ|местн|муниципальн|досрочн|региональн)${W} )?(?:выбор${W}|референдум${W}|плебисцит${W})`;
/** A protest as a noun: "акция протеста", "митинг", "демонстрация", "шествие", "пикет". */
const PROTEST_NOUNS = `(?:акци${W} протеста|митинг${W}|демонстраци${W}|шестви${W}|пикет${W}|протест${W})`;
/** Between a verb and the sanctions it keeps in force: a term or its end, no other clause. */
const RU_TERM_GAP = termGap('и|но|а|который|которая|которые|которых|что|заявил|сообщил', 12);
/** Every form of the verbs that keep sanctions in force for a new term. */
const RU_RENEW = `продлил${W}|продлева${W}|продлит${W}|продлят|продлив|пролонгирова${W}|(?:был${W} )?продлен${W}`;
/** Their passive after the sanctions ("санкции ... продлены на полгода"). */
const RU_RENEWED = `(?:был${W} )?(?:продлен${W}|пролонгирован${W})`;

/**
 * A legislature or one of its chambers in the instrumental, the agent of a passive ("принят Палатой представителей",
 * "одобрен Советом Республики", "ратифицирован Мажилисом"): every chamber name of the Russian-writing states and the usual foreign ones.
 */
/** What meets: talks, a meeting, a summit, a session (stems). */
const MEETING_NOUN = '(?:переговор|консультаци|встреч|саммит|бесед|совещани|заседани|сесси|конференци|форум)';
const LEGISLATURE_BY = `(?:государственн${W} думой|госдумой|думой|парламент${W}|сенат${W}|советом федерации|верховн${W} радой|верховн${W} совет${W}|конгресс${W}|палат${W} (?:представителей|депутатов|общин|лордов)|(?:нижн|верхн)${W} палат${W}|совет${W} республики|мажилис${W}|национальн${W} собрани${W}|законодательн${W} собрани${W}|собрани${W} депутатов|милли меджлис${W}|меджлис${W}|олий мажлис${W}|жогорку кенеш${W}|сейм${W}|кнессет${W}|бундестаг${W}|бундесрат${W})`;

const ADJECTIVE_NOUN_ABOUT = /^(\p{Lu}[\p{L}-]*(?:ск|цк)\p{L}{2}\s+\p{L}+)\s+(?:о|об|по|между)\s/u;
/** Russian. Patterns are stems followed by any ending, since nouns and verbs inflect. */
export const ru: Lexicon = {
  language: 'ru',
  stopwords: [
    'и',
    'в',
    'во',
    'не',
    'на',
    'что',
    'с',
    'со',
    'как',
    'а',
    'по',
    'к',
    'но',
    'из',
    'у',
    'за',
    'от',
    'о',
    'же',
    'для',
    'это',
    'был',
    'была',
    'было',
    'были',
    'его',
    'ее',
    'году',
    'года',
    'между',
    'также',
    // prepositions, compound prepositions and the relative pronoun of officialese, which has few other function words
    'при',
    'после',
    'до',
    'без',
    'под',
    'над',
    'через',
    'перед',
    'об',
    'или',
    'уже',
    'ходе',
    'рамках',
    'который',
    'которая',
    'которое',
    'которые',
    'которого',
    'которой',
    'которых',
    // pronouns, determiners and prepositions of short agency copy ("Минфин США ввел санкции против ...")
    'он',
    'она',
    'они',
    'их',
    'ему',
    'этот',
    'эта',
    'эти',
    'этого',
    'этой',
    'этом',
    'этих',
    'свой',
    'своей',
    'своего',
    'свои',
    'своих',
    'против',
    'где',
    'когда',
    'только',
    'еще',
    'чтобы',
    'среди',
    'согласно',
    'около',
  ],
  months: [
    ['январь', 'января', 'январе', 'янв'],
    ['февраль', 'февраля', 'феврале', 'фев'],
    ['март', 'марта', 'марте', 'мар'],
    ['апрель', 'апреля', 'апреле', 'апр'],
    ['май', 'мая', 'мае'],
    ['июнь', 'июня', 'июне', 'июн'],
    ['июль', 'июля', 'июле', 'июл'],
    ['август', 'августа', 'августе', 'авг'],
    ['сентябрь', 'сентября', 'сентябре', 'сен', 'сент'],
    ['октябрь', 'октября', 'октябре', 'окт'],
    ['ноябрь', 'ноября', 'ноябре', 'ноя'],
    ['декабрь', 'декабря', 'декабре', 'дек'],
  ],
  weekdays: [
    ['воскресенье', 'в воскресенье'],
    ['понедельник'],
    ['вторник'],
    ['среду', 'среда'],
    ['четверг'],
    ['пятницу', 'пятница'],
    ['субботу', 'суббота'],
  ],
  datePrepositions: ['в', 'во', 'с', 'со', 'до', 'к', 'по', 'начале', 'конце', 'середине', 'после', 'перед'],
  yearWords: ['году', 'года', 'год', 'г'],
  rangeWords: ['по', '-', 'до'],
  relative: [
    { pattern: 'позавчера', unit: 'day', offset: -2 },
    { pattern: 'вчера', unit: 'day', offset: -1 },
    { pattern: 'сегодня', unit: 'day', offset: 0 },
    { pattern: 'послезавтра', unit: 'day', offset: 2 },
    { pattern: 'завтра', unit: 'day', offset: 1 },
    { pattern: 'в прошлом году|в минувшем году', unit: 'year', offset: -1 },
    { pattern: 'в этом году|в текущем году|в нынешнем году', unit: 'year', offset: 0 },
    { pattern: 'в следующем году|в будущем году', unit: 'year', offset: 1 },
    { pattern: 'в прошлом месяце', unit: 'month', offset: -1 },
    { pattern: 'в этом месяце', unit: 'month', offset: 0 },
    { pattern: 'на прошлой неделе|на минувшей неделе|на предыдущей неделе', unit: 'week', offset: -1 },
    {
      pattern: 'в (?:минувшие |прошлые |эти )?выходные|на (?:прошлых |минувших |этих )?выходных',
      unit: 'weekend',
      offset: -1,
    },
    { pattern: 'на этой неделе|на текущей неделе', unit: 'week', offset: 0 },
    { pattern: 'сейчас|в настоящее время|ныне|на сегодняшний день', unit: 'now', offset: 0 },
  ],
  sameYear: ['того года', 'того же года', 'в том же году', 'в тот год', 'в том году', 'этого года'],
  dayPartBefore:
    '(?:(?:рано|поздно)\\s+)?(?:утром|днем|вечером|ночью)(?:\\s+в)?|в\\s+ночь\\s+(?:с\\s+[\\p{L}\\p{N}]+\\s+)?на',
  dayPartAfter: '(?:утром|днем|вечером|ночью)',
  // an adjective other than a date's before "среда" makes it the environment: "в окружающую среду", "деловой среды"
  // and the years a programme or a protocol runs for, not the day of its signing: "Протокол о консультациях на 2024–2026 годы"
  notDates:
    'на \\d{4}(?:\\s?[-–—]\\s?\\d{2,4})?\\s?(?:годы|год|гг|г)(?![\\p{L}])|(?!(?:эту|ту|прошлую|минувшую|следующую|ближайшую|будущую|позапрошлую|последнюю|каждую|эта|прошлая|следующая|этой|прошлой|следующей|каждой)\\s)\\p{L}{3,}(?:ую|ой|ей|ая|юю|яя)\\s+сред(?:у|а|ы|е|ой)',
  yearsAfter: '(через год|через (?:два|три|четыре|пять|\\d+) (?:года|лет)) после',
  yearsBefore: '(за год|за (?:два|три|четыре|пять|\\d+) (?:года|лет)) до',
  monthOffsets: [
    { pattern: 'в следующем месяце|через месяц|месяц спустя', months: 1 },
    { pattern: 'в предыдущем месяце|месяцем ранее|месяцем раньше', months: -1 },
    { pattern: 'в том же месяце|в этом же месяце', months: 0 },
  ],
  ago: [
    { pattern: `ровно (?:(${RU_COUNT}) )?(?:год|года|лет) назад`, unit: 'year', sameDay: true },
    { pattern: `(?:(${RU_COUNT}) )?(?:год|года|лет) назад`, unit: 'year' },
    { pattern: `(?:(${RU_COUNT}) )?(?:месяц|месяца|месяцев) назад`, unit: 'month' },
    { pattern: `(?:(${RU_COUNT}) )?(?:неделю|недели|недель) назад`, unit: 'week' },
    { pattern: `(?:(${RU_COUNT}) )?(?:день|дня|дней) назад`, unit: 'day' },
  ],
  monthMarkers: [
    { pattern: 'прошлого года|минувшего года', side: 'after', relation: 'lastYear' },
    { pattern: 'следующего года|будущего года', side: 'after', relation: 'nextYear' },
    { pattern: 'этого года|текущего года|сего года', side: 'after', relation: 'thisYear' },
  ],
  agoVague: 'более|больше|почти|около|примерно|свыше|менее|меньше',
  dayOffsets: [
    { pattern: 'в тот же день|в этот же день|тот же день|в этот день|одновременно', days: 0 },
    { pattern: 'на следующий день|на другой день|днем позже|спустя день|через день', days: 1 },
    { pattern: 'через (два|три|четыре|пять|шесть|семь|\\d+) (?:дня|дней)', days: 1 },
    { pattern: '(два|три|четыре|пять|шесть|семь|\\d+) (?:дня|дней) спустя', days: 1 },
    { pattern: 'накануне', days: -1 },
    { pattern: 'через неделю|неделю спустя|спустя неделю|неделей позже', days: 7 },
    { pattern: 'через (две|три|четыре|\\d+) недел(?:и|ь)', days: 7 },
    { pattern: 'неделей ранее|за неделю до этого', days: -7 },
  ],
  // "двадцать девятого апреля две тысячи десятого года", "первого марта тысяча девятьсот девяносто третьего года"
  spelledDates: {
    words: {
      первого: 1,
      второго: 2,
      третьего: 3,
      четвертого: 4,
      пятого: 5,
      шестого: 6,
      седьмого: 7,
      восьмого: 8,
      девятого: 9,
      десятого: 10,
      одиннадцатого: 11,
      двенадцатого: 12,
      тринадцатого: 13,
      четырнадцатого: 14,
      пятнадцатого: 15,
      шестнадцатого: 16,
      семнадцатого: 17,
      восемнадцатого: 18,
      девятнадцатого: 19,
      двадцатого: 20,
      тридцатого: 30,
      сорокового: 40,
      пятидесятого: 50,
      шестидесятого: 60,
      семидесятого: 70,
      восьмидесятого: 80,
      девяностого: 90,
      один: 1,
      две: 2,
      два: 2,
      двадцать: 20,
      тридцать: 30,
      сорок: 40,
      пятьдесят: 50,
      шестьдесят: 60,
      семьдесят: 70,
      восемьдесят: 80,
      девяносто: 90,
      девятьсот: 900,
      восемьсот: 800,
      двухтысячного: 2000,
    },
    scales: { тысяча: 1000, тысячи: 1000 },
    joins: [],
    dayMonth: '',
    monthYear: '',
  },
  numbers: {
    'через год': 1,
    шесть: 6,
    семь: 7,
    'за год': 1,
    два: 2,
    две: 2,
    три: 3,
    четыре: 4,
    пять: 5,
    восемь: 8,
    девять: 9,
    десять: 10,
  },
  decades: '(?:(?:начале|конце|середине) )?(?:1[89]|20)\\d0-(?:х|е)(?: годов| годах| годы)?',
  titles: unique([
    'премьер',
    'глава мид',
    'главы мид',
    'генсек',
    'генсека',
    'замминистра',
    'замглавы',
    'глава дипломатии',
    // honorifics of address before a full name: "the Honourable Mary Ng", "l’honorable Marie-Claude Bibeau"
    'его превосходительство',
    'ее превосходительство',
    ...RU_DECLINED_TITLES.flatMap(titleCases),
    // nouns in -я and the indeclinable «атташе», written out: «судьи Y», «атташе по вопросам обороны X»
    'судья',
    'судьи',
    'судье',
    'судьей',
    'судью',
    'атташе',
  ]),
  // plural titles before a list of names: "los senadores A (Morena), B (PAN) y C"
  givenNames: RU_GIVEN_NAMES,
  patronymic: '([а-я]+?)(?:ович|евич|ич|овн|евн|ичн|иничн)(?:а|у|ем|е|ы|ой)?',
  givenNameLinks: ['ван', 'фон', 'де', 'дер', 'ле', 'ла', 'дель', 'да', 'ди', 'дос', 'аль', 'эль', 'бен', 'бин', 'ибн'],
  listTitles: [
    'сенаторы',
    'сенаторов',
    'сенаторами',
    'депутаты',
    'депутатов',
    'депутатами',
    'парламентарии',
    'парламентариев',
    'министры',
    'министров',
    'министрами',
    'кандидаты',
    'кандидатов',
    'кандидатами',
    'лидеры',
    'лидеров',
    'лидерами',
    'президенты',
    'президентов',
    'президентами',
    'послы',
    'послов',
    'послами',
    'члены',
    'членов',
    'членами',
    'конгрессмены',
    'конгрессменов',
    'конгрессменами',
    'законодатели',
    'законодателей',
    'законодателями',
  ],
  honorifics: ['господин', 'г-н', 'госпожа', 'г-жа', 'шейх'],
  surnameHonorifics: ['господин', 'г-н', 'госпожа', 'г-жа'],
  ledBy: [
    'во главе с',
    'возглавляемая',
    'возглавляемый',
    'под руководством',
    'под председательством',
    'по словам',
    'по мнению',
  ],
  // the speaker right after a quotation's closing verb
  quoteSpeechVerbs: [
    'сказал',
    'сказала',
    'заявил',
    'заявила',
    'говорит',
    'отметил',
    'отметила',
    'подчеркнул',
    'подчеркнула',
    'добавил',
    'добавила',
    'пояснил',
    'пояснила',
    'сообщил',
    'сообщила',
    'считает',
    'признал',
    'признала',
    'указал',
    'указала',
    'рассказал',
    'рассказала',
    'заверил',
    'заверила',
    'заметил',
    'заметила',
    'резюмировал',
    'резюмировала',
    'констатировал',
    'констатировала',
    'написал',
    'написала',
    'пишет',
    'уточнил',
    'уточнила',
    'напомнил',
    'напомнила',
    'подытожил',
    'подытожила',
  ],
  triggers: [
    {
      pattern: `передал(?:а|и)?|переда(?:ет|ют)`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
      requires:
        'послани\\p{L}*|привет\\p{L}*|соболезновани\\p{L}*|поздравлени\\p{L}*|озабоченност\\p{L}*|поддержк\\p{L}*|позици\\p{L}*|приглашени\\p{L}*|благодарност\\p{L}*',
    },
    // "по словам министра X,", "..., по мнению Госдепартамента.": the one named is the speaker
    {
      pattern: `(?:по словам|по мнению|по заявлению|согласно заявлению|по оценке|по убеждению|как (?:считает|полагает|уверен|уверена))`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
      speakerAfter: true,
    },
    // a sitting's report and co-report, named by the one who gives it: "Доклад официального представителя Президента ...
    // Моргулова", "Содоклад председателя комитета ...", "Слово для доклада предоставляется ..."
    {
      pattern: `(?:со)?доклад${W}(?=\\s(?:официальн|председател|заместител|министр|представител|член|депутат|статс|полномочн|первого|руководител)\\p{L}*)|слово (?:для (?:со)?доклада )?предоставляется`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
      heading: true,
    },
    // a message of congratulation or condolence in its own words: "Примите искренние поздравления", "Сердечно поздравляю Вас"
    {
      pattern: `примите (?:[\\p{L}-]+ ){0,2}?(?:поздравлени|соболезновани)${W}|(?:(?:сердечно|искренне|тепло|горячо) )?поздравляю (?:вас|тебя)(?![\\p{L}])`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
      firstPerson: true,
    },
    // a speech that heads its page with its author: "Вступительное слово Министра ...", "Приветствие Министра ...",
    // "Послание Президента ...", "Выступление Посла ..."; in a text, with a date in its clause like any statement noun
    {
      pattern: `(?:(?:(?:вступительн|заключительн|приветственн)${W} слов${W})|приветстви${W}|послани${W}|выступлени${W}|обращени${W})(?= (?:министр|президент|председател|посл|генеральн|руководител|глав|губернатор|мэр|патриарх|премьер|канцлер|госсекретар|государственн|генсек|пресс-секретар|постоянн|спецпредставител|заместител|официальн|высок)\\p{L}*)`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
      nominal: true,
      heading: true,
    },
    // a heading that names the message and its author: "Поздравительная телеграмма Министра иностранных дел ... Лаврова"
    {
      pattern: `поздравительн${W} (?:телеграмм|послани|письм|адрес|обращени)${W}`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
      heading: true,
    },
    {
      pattern: `мы (?:(?:также|вновь|еще раз|решительно|глубоко|твердо|вместе|недвусмысленно|искренне|с гордостью|с удовлетворением|с сожалением|настоящим) )?(?:осуждаем|приветствуем|призываем|предлагаем|рекомендуем|подтверждаем|подчеркиваем|выражаем|заявляем|сожалеем|настаиваем|отмечаем|поддерживаем|благодарим|поздравляем|объявляем|напоминаем|констатируем|надеемся|(?:внимательно |пристально )?следим|принимаем к сведению|отвергаем|отклоняем|протестуем|требуем|осудили|приветствовали|призвали|подтвердили|подчеркнули|выразили|заявили)|я (?:(?:также|вновь|еще раз|решительно|глубоко|твердо|искренне|с гордостью|с удовлетворением|с сожалением|настоящим|сегодня) )?(?:осуждаю|приветствую|призываю|предлагаю|рекомендую|подтверждаю|подчеркиваю|выражаю|заявляю|объявляю|благодарю|поздравляю|отвергаю|требую|(?:хочу|хотел бы|хотела бы) (?:поблагодарить|поздравить|подчеркнуть|выразить|приветствовать|объявить))`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
      firstPerson: true,
    },
    // позиция правительства или министерства в третьем лице, во всех временах: «принимает к сведению», «принял к сведению»,
    // «глубоко обеспокоена», «выразил обеспокоенность», «с тревогой отмечает»
    {
      pattern: `(?:принима(?:ет|ют|л|ла|ли)|принял${W}) к сведению|(?:обеспокоен|озабочен|встревожен)(?:а|о|ы)?(?= (?:\\p{L}+ )?(?:тем|в связи|по поводу|ситуаци|развити|сообщени|действи|решени|намерени|происходящ|эскалаци|продолжающ))|(?:выразил${W}|выража(?:ет|ют)) (?:[\\p{L}-]+ )?(?:обеспокоенност|озабоченност|тревог)${W}`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
    },
    { pattern: `открыт${W} для подписания`, type: 'treaty_signing', plover: 'AGREE', cameo: '057' },
    // заключительная формула договора, в его тексте, реестрах и официальных изданиях: "Совершено в Москве 5 июня 2010 года"
    {
      pattern: `совершен[оаы]? (?:в (?:двух|трех) (?:подлинных )?экземплярах,? )?в (?:г\\. ?)?[\\p{L} -]{2,30}?(?=,? \\d)`,
      type: 'treaty_signing',
      plover: 'AGREE',
      cameo: '057',
      needsTreaty: true,
    },
    // not "заключены в тюрьму", "под стражу" (imprisoned), "пришли к заключению" (a finding), "в заключении" (custody),
    // nor "подписываются под докладом" (to subscribe to a view); "подпишут" is future (futureForms), so a plan
    {
      pattern: `подписа${W}(?! под )|подписыва${W}(?! под )|подпиш${W}(?! под )|(?:заключ${W}(?<!ся|сь)|заключен${W})(?<!(?:^|[\\s(«"])(?:к|в|из) заключ\\p{L}*)(?! (?:в (?:тюрьм|колони|лагер|изолятор|сизо|карцер)|под страж))`,
      type: 'treaty_signing',
      plover: 'AGREE',
      cameo: '057',
    },
    { pattern: `подписани${W}`, type: 'treaty_signing', plover: 'AGREE', cameo: '057', nominal: true },
    // подпись как действие: "поставили свои подписи под", "скрепили подписями", "состоялось подписание"
    {
      pattern: `постави${W} (?:сво${W} )?подпис${W}|скрепил${W} (?:\\p{L}+ )?подпис${W}|состоял${W} (?:\\p{L}+ )?подписани${W}`,
      type: 'treaty_signing',
      plover: 'AGREE',
      cameo: '057',
    },
    // a signing told by its ceremony, as witnessed or as welcomed (the welcome stays a statement of its own):
    // "на церемонии подписания", "присутствовал при подписании", "приветствует подписание"
    {
      pattern: `церемони${W} (?:торжественного )?подписани${W}|присутствовал${W} (?:на церемонии |при )подписани${W}|подписани${W}(?<=приветству${W} подписани${W})`,
      type: 'treaty_signing',
      plover: 'AGREE',
      cameo: '057',
      needsTreaty: true,
    },
    {
      pattern: `основа(?:н|л|в)${W}|учрежд${W}|учреди${W}|создан${W}`,
      type: 'treaty_signing',
      plover: 'AGREE',
      cameo: '057',
      needsTreaty: true,
    },
    {
      pattern: `(?:подписал${W}|передал${W}|сдал${W}) (?:на хранение )?ратификационн${W} грамот${W}|(?:сдал${W}|передал${W}) на хранение (?:\\p{L}+ ){0,3}?(?:грамот${W}|документ${W}) о ратификаци${W}`,
      type: 'ratification',
      plover: 'AGREE',
      cameo: '057',
    },
    // the legislative procedure of a treaty or a bill: the government sends it to the legislature, which approves it
    {
      pattern: `(?:внес${W}|вно(?:шу|сим|сит|сят)) (?:\\p{L}+ ){0,3}?(?:в (?:государственн${W} дум${W}|госдум${W}|дум${W}|парламент${W}|сенат${W}|конгресс${W}|верховн${W} рад${W}|совет федерации|федеральн${W} собрани${W})|на рассмотрение|законопроект${W}|проект${W} (?:федерального |конституционного )?закона|предложени${W})|(?:направил${W}|передал${W}) (?:\\p{L}+ ){0,2}?(?:договор${W}|соглашени${W}|протокол${W}|конвенци${W}|законопроект${W}|проект${W}|предложени${W}) (?:\\p{L}+ ){0,6}?в (?:государственн${W} дум${W}|госдум${W}|дум${W}|парламент${W}|сенат${W}|конгресс${W}|верховн${W} рад${W}|совет федерации|федеральн${W} собрани${W})|внесен${W} в (?:государственн${W} дум${W}|госдум${W}|дум${W}|парламент${W}|сенат${W}|конгресс${W}|верховн${W} рад${W}|совет федерации|федеральн${W} собрани${W})`,
      type: 'other',
      plover: 'OTHER',
      cameo: '000',
      lifecycle: true,
    },
    // a legislature takes up a bill, told by its chair or its record on the sitting's day: "Переходим к рассмотрению
    // вопроса", "Приступаем к блоку", "14-й пункт. О проекте", "Вопрос 8 повестки дня, проект федерального закона", "На рассмотрение был вынесен вопрос о проекте"
    {
      pattern: `(?:переходим|приступаем) к (?:рассмотрению|обсуждению|блоку)|\\p{N}+-?(?:й|м|ой) (?:вопрос|пункт)${W}[.,]?\\s(?:о\\s)?(?:законопроект${W}|проект${W} (?:федерального |федеральных |конституционного )?закон${W})|на рассмотрение (?:был${W} |будет )?вынесен${W} (?:вопрос${W} )?(?:о )?(?:законопроект|проект)${W}|(?:вопрос|пункт)${W} (?:№ ?)?\\p{N}+(?: повестки дня)?[.,]?\\s(?:о\\s)?(?:законопроект${W}|проект${W} (?:федерального |федеральных |конституционного )?закон${W})|(?:рассмотрел|обсудил)${W} (?:в (?:первом|втором|третьем) чтении )?(?:законопроект${W}|проект${W} (?:федерального |федеральных |конституционного )?закон${W})|(?:принял${W}|одобрил${W}|был${W} (?:принят|одобрен)${W}|принят${W}|одобрен${W}) (?:[\\p{L}\\p{N}-]+ ){0,4}?в (?:первом|втором|третьем|окончательном) чтении`,
      type: 'other',
      plover: 'OTHER',
      cameo: '000',
      lifecycle: true,
      now: true,
    },
    // решение о шаге договора — этот шаг разрешён, а не сделан: «решение Совета ЕС о подписании соглашения»,
    // «распоряжение о подписании», «решение, разрешающее подписание»
    {
      pattern: `(?:решени|распоряжени)${W} (?:[\\p{L}\\p{N}/,.()'’-]+ ){0,10}?(?:о|об|разрешающ${W}|одобряющ${W}) (?:подписании|заключении|ратификации|одобрении|временном применении)(?![\\p{L}])`,
      type: 'other',
      plover: 'AGREE',
      cameo: '057',
      needsTreaty: true,
      lifecycle: true,
    },
    {
      // правительство разрешает шаг договора или утверждает соглашение: «одобрило подписание», «утвердил соглашение»
      pattern: `(?:одобрил${W}|утвердил${W}|разрешил${W}|санкционировал${W}) (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:подписани${W}|ратификаци${W}|присоединени${W}|заключени${W}|временн${W} применени${W})|утвердил${W} (?:\\p{L}+ ){0,3}?(?:договор${W}|соглашени${W}|протокол${W}|конвенци${W})|(?:одобрен|утвержден)${W} проект${W} (?:договор|соглашени|протокол|конвенци)${W}`,
      type: 'other',
      plover: 'AGREE',
      cameo: '057',
      needsTreaty: true,
      lifecycle: true,
    },
    {
      pattern: `(?:одобрил|поддержал)${W} (?:\\p{L}+ ){0,3}?(?:закон${W}|законопроект${W}|ратификаци${W}|договор${W}|соглашени${W}|протокол${W}|конвенци${W})|(?:одобрен|принят|утвержден)${W} (?:\\p{L}+ ){0,3}?${LEGISLATURE_BY}|принял${W} (?:\\p{L}+ ){0,4}?(?:закон${W}|законопроект${W})|дал${W} согласие на ратификаци${W}`,
      type: 'other',
      plover: 'AGREE',
      cameo: '057',
      lifecycle: true,
    },
    // голос или согласие парламента, в любой форме глагола и со словами между: «проголосовал за одобрение договора»,
    // «представив свои рекомендации и согласие на ратификацию», «дали во вторник согласие на ратификацию»
    {
      pattern: `(?<!(?:^|[^\\p{L}])кто )проголосова(?:л|ла|ли|в)(?![\\p{L}]) (?:[\\p{L}\\p{N}-]+ ){0,3}?за (?:одобрени|утверждени|приняти|ратификаци)${W}|(?:дал|дала|дали|дав|представил|представила|представили|представив|выразил|выразила|выразили|выразив) (?:[\\p{L}-]+ ){1,4}?согласи${W} на ратификаци${W}`,
      type: 'other',
      plover: 'AGREE',
      cameo: '057',
      lifecycle: true,
    },
    {
      pattern: `внесени${W} (?:\\p{L}+ ){0,4}?в (?:государственн${W} дум${W}|госдум${W}|дум${W}|парламент${W}|сенат${W}|конгресс${W}|верховн${W} рад${W}|совет федерации|федеральн${W} собрани${W})|(?:одобрени|приняти)${W} (?:\\p{L}+ ){0,3}?${LEGISLATURE_BY}`,
      type: 'other',
      plover: 'OTHER',
      cameo: '000',
      nominal: true,
    },
    // "договорились продлить", "решение о продлении"; the noun as in "the extension of"
    {
      pattern: `(?:договорил${W}|согласил${W}|решил${W}|решени${W}|соглашени${W}|одобри(?:л${W}|т)|утвердил${W}|проголосовал${W} за) (?:\\p{L}+ ){0,4}?(?:продлить|о продлении|продлени[ея])`,
      type: 'other',
      plover: 'AGREE',
      cameo: '057',
      needsTreaty: true,
    },
    {
      pattern: `продлени${W}`,
      type: 'other',
      plover: 'AGREE',
      cameo: '057',
      nominal: true,
      needsTreaty: true,
    },
    // "теперь действует": an entry into force told as a state that has just begun
    {
      pattern: `(?:теперь|отныне) (?:официально )?действу${W}`,
      type: 'entry_into_force',
      plover: 'AGREE',
      cameo: '057',
      needsTreaty: true,
      now: true,
    },
    // a government summons a foreign ambassador to protest
    {
      pattern: `вызвал${W} (?:\\p{L}+ ){0,2}?(?:посла|послов|поверенн${W} в делах|дипломат${W})|посол (?:[\\p{L}\\p{N}()-]+ ){0,6}?(?:был${W} )?вызван${W}|вызван${W} в (?:мид|министерств${W})`,
      type: 'other',
      plover: 'ACCUSE',
      cameo: '111',
    },
    {
      // in every aspect and the reflexive of a start or an end: «прошли», «состоялся», «начались», «открылась», «стартовали»
      pattern: `проходил${W}|прошл${W}|прошел(?![\\p{L}])|проход(?:ит|ят)|состоял${W}|состоится|начал(?:ись|ась|ся|ось)|открыл(?:ись|ась|ся|ось)|стартовал(?:и|а|о)?(?![\\p{L}])|проводил(?:ись|ась|ся|ось)|провод(?:ится|ятся)|(?:был[аио]? )?проведен[аоы]?(?![\\p{L}])|завершил(?:ись|ась|ся|ось)`,
      type: 'meeting',
      plover: 'CONSULT',
      cameo: '040',
      requires:
        'переговор|встреч|саммит|совещани|заседани|конференци|консультаци|бесед|форум|сесси|телефонн\\p{L}* разговор|дискусси|обмен мнениями',
    },
    // выборы и протест, которые прошли, в любом виде и залоге: «прошли президентские выборы», «референдум проводился»,
    // «состоялась акция протеста», «митинг прошел»
    {
      pattern: `${ELECTION_NOUNS} (?:[\\p{L}\\p{N}«»"-]+ ){0,6}?${TOOK_PLACE}|${TOOK_PLACE} (?:[\\p{L}\\p{N}-]+ ){0,3}?${ELECTION_NOUNS}`,
      type: 'election',
      plover: 'OTHER',
      cameo: '000',
    },
    {
      pattern: `${PROTEST_NOUNS} (?:[\\p{L}\\p{N}«»"-]+ ){0,6}?${TOOK_PLACE}|${TOOK_PLACE} (?:[\\p{L}\\p{N}-]+ ){0,3}?${PROTEST_NOUNS}`,
      type: 'protest',
      plover: 'PROTEST',
      cameo: '140',
    },
    // прибытие с визитом, в любом времени: «прибыл в Москву с официальным визитом», «находится в Китае с визитом»
    {
      pattern: `(?:прибыл${W}|прибыва(?:ет|ют)|прилетел${W}|приехал${W}|находи(?:тся|лся|лась|лись|тся)|пребыва(?:ет|ют|л|ла|ли)) (?:[\\p{L}\\p{N}-]+ ){0,5}?с (?:[\\p{L}-]+ ){0,2}?визитом`,
      type: 'meeting',
      plover: 'CONSULT',
      cameo: '042',
    },
    // признание государства или правительства; «признал, что», «признал важность», «суд признал законным»,
    // «признание вины» — другое
    {
      pattern: `(?:признал${W}|признани${W})(?![а-я])(?!(?: [а-я0-9]+){0,2}?,? что | (?:важност|необходимост|роль|рол[иью]|заслуг|вин[ауы]|ошибк|законн|незаконн|виновн|невиновн|утративш|недействительн|экстремистск|террористическ|нежелательн|иностранн[а-я]* агент|и исполнени))`,
      type: 'other',
      plover: 'COOPERATE',
      cameo: '050',
    },
    {
      pattern: `продлил${W}|продлили|продлив|продлен${W}|продлева${W}`,
      type: 'other',
      plover: 'AGREE',
      cameo: '057',
      needsTreaty: true,
    },
    {
      pattern: `приостанови${W}|приостанавлива${W}|заморозил${W}`,
      type: 'other',
      plover: 'REDUCE',
      cameo: '160',
      needsTreaty: true,
    },
    {
      pattern: `принял${W} (?:совместн${W} )?(?:декларацию|заявление|резолюцию)`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
    },
    { pattern: `вернул${W} в`, type: 'accession', plover: 'AGREE', cameo: '057', needsTreaty: true },
    {
      // войска, посланные куда-то, с числом или описанием между: «направили 500 военных», «перебросил дополнительные войска»
      pattern: `ввел${W} войска|ввели войска|(?:направил|перебросил|развернул|отправил)${W} (?:(?!(?:в|во|на|для|к|из|с) )[\\p{L}\\p{N},.-]+ ){0,3}?(?:войск${W}|военн(?:ых|ослужащих)|солдат|десантник${W}|контингент${W}|военн${W} корабл${W}|истребител${W}|бомбардировщик${W})(?![\\p{L}])`,
      type: 'military_action',
      plover: 'MOBILIZE',
      cameo: '150',
    },
    {
      // разрыв отношений и высылка дипломатов: "разорвала дипломатические отношения", "объявил персоной нон грата"
      pattern: `отозвал${W} (?:\\p{L}+ )?посл${W}|выслал${W} (?:\\p{L}+ ){0,3}?(?:посл${W}|дипломат${W}|поверенн${W})|высыла${W} (?:\\p{L}+ ){0,3}?(?:посл${W}|дипломат${W})|разорвал${W} (?:\\p{L}+ )?отношени${W}|объявил${W} (?:[\\p{L}-]+ ){0,4}?персон${W} нон[- ]грата`,
      type: 'other',
      plover: 'REDUCE',
      cameo: '161',
    },
    // "разрыв дипломатических отношений", "высылка дипломатов"
    {
      pattern: `разрыв${W} (?:\\p{L}+ )?отношени${W}|высылк${W} (?:\\p{L}+ ){0,2}?(?:посл${W}|дипломат${W})`,
      type: 'other',
      plover: 'REDUCE',
      cameo: '161',
      nominal: true,
    },
    // the same in the passive, either order: «посол России был отозван», «из Эстонии высланы два дипломата»
    {
      pattern: `(?:посол|посл(?:а|ы|ов)|дипломат${W}|поверенн${W} в делах) (?:[\\p{L}\\p{N}()-]+ ){0,6}?(?:был${W} )?(?:выслан${W}|отозван${W})|(?:был${W} )?(?:выслан[аоы]?|отозван[аоы]?)(?![\\p{L}]) (?:[\\p{L}\\p{N}-]+ ){0,4}?(?:посол|посл${W}|дипломат${W}|поверенн${W})`,
      type: 'other',
      plover: 'REDUCE',
      cameo: '161',
    },
    { pattern: `напомнил${W}|подтвердил${W}`, type: 'statement', plover: 'STATEMENT', cameo: '010' },
    {
      // переговоры, которые сами начались («начались переговоры», «переговоры стартовали»), — встреча, не начатый процесс
      pattern: `(?:начал${W}с${W}|стартовал${W})(?! (?:[\\p{L}\\p{N}-]+ ){0,3}?${MEETING_NOUN})(?<!${MEETING_NOUN}\\p{L}* (?:[\\p{L}\\p{N},-]+ ){0,4}?(?:начал|стартовал)\\p{L}*)|запущен${W}|запустил${W}`,
      type: 'other',
      plover: 'OTHER',
      cameo: '000',
      requires: 'переговор|инициатив|программ|процесс',
    },
    { pattern: `объединил${W}|воссоединени${W}|объединени${W} германии`, type: 'other', plover: 'OTHER', cameo: '000' },
    // переговоры завершены, конец процесса (в golds это `other`): «завершились переговоры», «завершили переговоры»,
    // «переговоры ... завершены», «завершение переговоров 9 декабря» (не рамка: «по завершении переговоров»)
    {
      pattern: `(?:завершил${W}|закончил${W}) (?:[\\p{L}-]+ ){0,2}?переговор${W}|переговор${W} (?:[\\p{L}\\p{N}-]+ ){0,8}?(?:завершил(?:ись|ось|ся)|завершены|закончил(?:ись|ось)|окончены)(?! (?:подписани|заключени|принятие|принятием))`,
      type: 'other',
      plover: 'AGREE',
      cameo: '050',
    },
    {
      pattern: `(?<!(?:по|после|до|перед) )завершени${W} (?:[\\p{L}-]+ ){0,2}?переговор${W}`,
      type: 'other',
      plover: 'AGREE',
      cameo: '050',
      nominal: true,
    },
    // текст договора парафирован, выполнение процедур нотифицировано: шаги жизни договора
    {
      pattern: `парафирова${W}|уведомил${W}|нотифицирова${W}`,
      type: 'other',
      plover: 'AGREE',
      cameo: '057',
      needsTreaty: true,
    },
    {
      pattern: `парафировани${W}|уведомлени${W}|нотификаци${W}`,
      type: 'other',
      plover: 'AGREE',
      cameo: '057',
      nominal: true,
      needsTreaty: true,
    },
    // посольство открыто, вновь открыто, закрыто
    {
      pattern: `(?:вновь |снова )?открыл${W} (?:\\p{L}+ )?(?:посольств${W}|консульств${W})|(?:посольств${W}|консульств${W}) (?:[\\p{L}.-]+ ){0,4}?(?:был${W} )?(?:вновь )?открыт${W}|возобновил${W} работу (?:\\p{L}+ )?(?:посольств${W}|консульств${W})`,
      type: 'other',
      plover: 'COOPERATE',
      cameo: '050',
    },
    {
      pattern: `открыти${W} (?:\\p{L}+ )?(?:посольств${W}|консульств${W})`,
      type: 'other',
      plover: 'COOPERATE',
      cameo: '050',
      nominal: true,
    },
    {
      pattern: `закрыл${W} (?:\\p{L}+ )?(?:посольств${W}|консульств${W})|(?:посольств${W}|консульств${W}) (?:[\\p{L}.-]+ ){0,4}?(?:был${W} )?закрыт${W}|приостановил${W} (?:работу|деятельность) (?:\\p{L}+ )?(?:посольств${W}|консульств${W})`,
      type: 'other',
      plover: 'REDUCE',
      cameo: '161',
    },
    // граница, воздушное пространство, порт или миссия закрыты, в любом залоге и как существительное: «закрыла границу с»,
    // «посольство в Бишкеке было закрыто для посетителей», «закрытие пункта пропуска»
    {
      pattern: `(?:закрыл${W}|закрыва(?:ет|ют)|закроет) (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:границ${W}|воздушн${W} пространств${W}|пункт${W} пропуска|кпп|пограничн${W} переход${W}|порт${W}|аэропорт${W}|посольств${W}|консульств${W}|дипмисси${W}|дипломатическ${W} представительств${W})|(?:границ${W}|воздушн${W} пространств${W}|пункт${W} пропуска|кпп|пограничн${W} переход${W}|порт${W}|аэропорт${W}|посольств${W}|консульств${W}|дипмисси${W}|дипломатическ${W} представительств${W}) (?:[\\p{L}\\p{N}.,-]+ ){0,6}?(?:был${W} |будет |остается |остаются )?(?:временно |полностью )?закрыт${W}|закрыти${W} (?:[\\p{L}-]+ ){0,2}?(?:границ${W}|воздушн${W} пространств${W}|пункт${W} пропуска|кпп|пограничн${W} переход${W}|порт${W}|аэропорт${W}|посольств${W}|консульств${W}|дипмисси${W}|дипломатическ${W} представительств${W})`,
      type: 'other',
      plover: 'REDUCE',
      cameo: '160',
    },
    // люди эвакуированы: «эвакуировала своих граждан из», «были эвакуированы», «эвакуация»
    { pattern: `эвакуировал${W}|эвакуирова(?:н|на|но|ны)`, type: 'other', plover: 'OTHER', cameo: '000' },
    {
      pattern: `эвакуаци${W} (?:[\\p{L}-]+ ){0,3}?из|эвакуаци${W} (?:\\p{L}+ )?(?:граждан|персонал|сотрудник|дипломат|населени|жител|соотечественник)${W}`,
      type: 'other',
      plover: 'OTHER',
      cameo: '000',
      nominal: true,
    },
    {
      pattern: `закрыти${W} (?:\\p{L}+ )?(?:посольств${W}|консульств${W})`,
      type: 'other',
      plover: 'REDUCE',
      cameo: '161',
      nominal: true,
    },
    // глава государства подписал закон или указ, в действительном и страдательном залоге: "подписал Федеральный закон", "подписан закон", "указ подписан"
    {
      pattern: `подписал${W} (?:(?:федеральн|конституционн|нов)${W} )?(?:закон|указ)${W}|подписыва${W} (?:(?:федеральн|конституционн|нов)${W} )?(?:закон|указ)${W}|подписан${W} (?:(?:федеральн|конституционн|нов)${W} )?(?:закон|указ)(?!\\p{L})|(?:закон|указ)${W} (?:[\\p{L}\\p{N}«»"'’.,-]+ ){0,12}?(?:был${W} )?подписан(?:ы|а|о)?(?!\\p{L})|обнародова${W}`,
      type: 'other',
      plover: 'OTHER',
      cameo: '000',
    },
    { pattern: `наложил${W} вето|заблокировал${W}`, type: 'other', plover: 'REJECT', cameo: '120' },
    {
      pattern: `принял${W} участие в|принима(?:ет|ют) участие в|участвовал${W} в|участву(?:ет|ют) в|(?:присутствовал${W}|присутству(?:ет|ют)) на(?! (?:[\\p{L}-]+ )?(?:судебн|слушани|суде|процесс|оглашени|заседании суда))|(?:находил(?:ся|ась|ись)|находится|находятся|побывал${W}|прибыл${W}) в (?:[\\p{L}.'’-]+ ){1,3}?(?:для участия|чтобы принять участие|для переговоров|на переговорах|для встречи|на встрече|на саммите|на церемонии)`,
      type: 'meeting',
      plover: 'CONSULT',
      cameo: '040',
    },
    { pattern: `ратифицир${W}`, type: 'ratification', plover: 'AGREE', cameo: '057', needsTreaty: true },
    {
      pattern: `ратификаци${W}`,
      type: 'ratification',
      plover: 'AGREE',
      cameo: '057',
      nominal: true,
      needsTreaty: true,
    },
    {
      pattern: `вступил${W} в (?:силу|действие)|вступает в силу|вступит в силу|вступ${W} в силу|(?:ввел${W}|введен${W}) (?:[\\p{L}\\p{N}-]+ ){0,4}?в действие`,
      type: 'entry_into_force',
      plover: 'AGREE',
      cameo: '057',
      needsTreaty: true,
    },
    {
      pattern: `вступлени${W} в силу|введени${W} (?:[\\p{L}\\p{N}-]+ ){0,4}?в действие`,
      type: 'entry_into_force',
      plover: 'AGREE',
      cameo: '057',
      nominal: true,
      needsTreaty: true,
    },
    {
      pattern: `истек${W}|истечени${W}|прекратил${W} действие|утратил${W} силу|денонсирова${W}`,
      type: 'other',
      plover: 'OTHER',
      cameo: '000',
      needsTreaty: true,
    },
    // выход объявленный или решенный: "объявил о выходе США из", "решение приступить к выходу", "решил выйти"
    {
      pattern: `объявил${W} о (?:[\\p{L}-]+ )?выход${W}|решени${W} (?:[\\p{L}-]+ ){0,3}?(?:о выходе|выйти|приступить к выходу)|решил${W} выйти|(?:начал${W}|начина${W}|запустил${W}|инициировал${W}|оформил${W}) (?:официальн${W} )?(?:процесс${W} |процедур${W} )?выход${W}`,
      type: 'withdrawal',
      plover: 'REDUCE',
      cameo: '160',
      needsTreaty: true,
    },
    // договор, расторгнутый одной стороной, — ее выход: "в одностороннем порядке денонсировала", "расторгла договор в одностороннем порядке"
    {
      pattern: `(?:в одностороннем порядке|односторонне) (?:[\\p{L}-]+ )?(?:денонсировал${W}|расторг${W}|аннулировал${W}|вышл${W} из|вышел из|прекратил${W})|(?:денонсировал${W}|расторг${W}|аннулировал${W}|прекратил${W}) (?:[\\p{L}-]+ ){0,4}?в одностороннем порядке`,
      type: 'withdrawal',
      plover: 'REDUCE',
      cameo: '160',
      needsTreaty: true,
    },
    {
      pattern: `вышл${W} из|вышел из|вышла из|вышли из|выходит из|выйти из|перестал${W} быть член\\p{L}*|завершил${W} (?:процедуру )?выход\\p{L}* из`,
      type: 'withdrawal',
      plover: 'REDUCE',
      cameo: '160',
      needsTreaty: true,
    },
    { pattern: `выход${W} из`, type: 'withdrawal', plover: 'REDUCE', cameo: '160', nominal: true, needsTreaty: true },
    {
      pattern: `подал${W} (?:официальн${W} )?заявк${W} на (?:вступлени${W}|членств${W})|заявк${W} (?:\\p{L}+ ){0,2}?на (?:вступлени${W}|членств${W}) (?:\\p{L}+ ){0,3}?(?:был${W} )?подан${W}`,
      type: 'other',
      plover: 'OTHER',
      cameo: '000',
    },

    // соглашение, которого достигли стороны, — конец переговоров, а не подписание («other» в gold); причастие, которое
    // называет соглашение («достигнутое в 2011 году соглашение»), остаётся его подписанием
    {
      pattern: `(?:достигл${W}|удал${W} достичь|пришл${W} к) (?:[\\p{L}-]+ ){0,2}?(?:соглашени|договоренност|консенсус|компромисс)${W}|достигнут[оаы]? (?:[\\p{L}-]+ )?(?:соглашени|договоренност|консенсус|компромисс)${W}`,
      type: 'other',
      plover: 'AGREE',
      cameo: '050',
    },
    // переговоры о соглашении, которые завершены, — их конец, как достигнутое соглашение: «переговоры по соглашению
    // были успешно завершены», «завершение переговоров по договору»
    {
      pattern: `переговор${W} (?:по|о|об) (?:[\\p{L}-]+ ){0,4}?(?:соглашени|договор|конвенци|протокол)${W} (?:[\\p{L}\\p{N}-]+ ){0,8}?(?:был${W} )?(?:успешно )?(?:завершен${W}|завершил${W}|закончил${W})(?! подписани)|(?:завершил${W}|закончил${W}) (?:[\\p{L}-]+ )?переговор${W} (?:по|о|об) (?:[\\p{L}-]+ ){0,4}?(?:соглашени|договор|конвенци|протокол)`,
      type: 'other',
      plover: 'AGREE',
      cameo: '050',
    },
    {
      pattern: `(?:завершени|окончани)${W} (?:[\\p{L}-]+ )?переговор${W} (?:по|о|об) (?:[\\p{L}-]+ ){0,4}?(?:соглашени|договор|конвенци|протокол)`,
      type: 'other',
      plover: 'AGREE',
      cameo: '050',
      nominal: true,
    },
    {
      pattern: `достигнут${W}(?! (?:более |около |почти )?\\d[\\d\\s.,]*(?:%|процент|млн|млрд|тыс|миллион|миллиард|тонн))`,
      type: 'treaty_signing',
      plover: 'AGREE',
      cameo: '057',
      needsTreaty: true,
    },
    {
      pattern: `снял${W} санкци${W}|санкци${W} (?:[\\p{L}\\p{N}()-]+ ){0,6}?(?:были )?(?:сняты|снимаются|отменены|отменяются|смягчены)(?![\\p{L}])|отмен${W} санкци${W}|смягчил${W} санкци${W}`,
      type: 'sanction',
      plover: 'SANCTION',
      cameo: '163',
    },
    // документ о присоединении сдан, порядковое членство: "сдала на хранение документ о присоединении", "стала 31-м членом"
    {
      pattern: `сдал${W} на хранение (?:[\\p{L}-]+ ){0,6}?(?:документ|грамот)${W} о присоединении|стал${W} (?:[\\p{L}\\p{N}-]+ ){1,2}?(?:член${W}|участник${W}|союзник${W})`,
      type: 'accession',
      plover: 'AGREE',
      cameo: '057',
      needsTreaty: true,
    },
    {
      pattern: `присоедини${W}|присоединя${W}|вступил${W} в|вступила в|стал${W} член${W}|стал${W} участник${W}`,
      type: 'accession',
      plover: 'AGREE',
      cameo: '057',
      needsTreaty: true,
    },
    {
      pattern: `присоединени${W}|вступлени${W} в`,
      type: 'accession',
      plover: 'AGREE',
      cameo: '057',
      nominal: true,
      needsTreaty: true,
    },
    {
      pattern: `измен(?:ен|ил|ял)${W}|поправк${W}|переименова${W}`,
      type: 'other',
      plover: 'OTHER',
      cameo: '000',
      amend: true,
    },
    {
      pattern: `(?:уйти|ушл${W}|ушел|уходит) в отставку|отставк${W}|подал${W} в отставку`,
      type: 'other',
      plover: 'OTHER',
      cameo: '000',
    },
    {
      // "принял премьер-министра", "принял генерала", "принял председателя", "возглавил делегацию": a meeting told through its
      // guest, by any title of office or rank
      pattern: `встретил${W}|встрет${W}|(?:был|была|были) принят${W} (?:\\p{L}+ )?(?:президентом|премьер-министром|министром|главой|королем|канцлером|госсекретарем|генсеком|генеральным секретарем|председателем)|мы собрались|встреча${W}с${W}|посетил${W}|посети(?:т|ть|м|те)|посетят|провел${W} переговоры|прибыл${W} с визитом|возглав${W} делегаци${W}|(?:принял${W}|приветствовал${W}) (?:(?:в|во|на) [\\p{L}-]+ |сегодня |вчера |накануне ){0,3}(?:президента|вице-президента|премьер${W}|министр${W}|замминистр${W}|заместител${W}|главу|делегаци${W}|госсекретар${W}|генсек${W}|генеральн${W} секретар${W}|посл${W}|канцлер${W}|корол${W}|эмир${W}|принц${W}|наследн${W} принц${W}|султан${W}|председател${W}|спикер${W}|губернатор${W}|сенатор${W}|генерал${W}|адмирал${W}|маршал${W}|командующ${W}|спецпосланник${W}|специальн${W} посланник${W}|спецпредставител${W}|специальн${W} представител${W}|верховн${W} комиссар${W})`,
      type: 'meeting',
      plover: 'CONSULT',
      cameo: '040',
    },
    {
      // the frame of another act or its content: "в ходе переговоров", "на встрече с", "на полях саммита", "подписанию предшествовали переговоры", "обменялись мнениями"
      pattern: `обменял${W} мнениями|(?:в ходе|в рамках|на полях|по итогам|по завершении|во время|после|по окончании|вслед за) (?!предстоящ|будущ)(?:[\\p{L}-]+ ){0,2}?(?:переговор${W}|встреч${W}|визит${W}|саммит${W}|бесед${W}|консультаци${W}|совещани${W})|на (?!предстоящ|будущ)(?:[\\p{L}-]+ )?(?:встрече|переговорах|консультациях|саммите|совещании) со?(?= )|предшествовал${W} (?:[\\p{L}-]+ ){0,3}?(?:переговор${W}|встреч${W}|консультаци${W})`,
      type: 'meeting',
      plover: 'CONSULT',
      cameo: '040',
      frame: true,
    },
    {
      // отчет о встрече: что стороны обсудили, говорит о самой встрече («обсудили», «обсудил с», «были обсуждены»)
      pattern: `обсудили|обсуждали|обсудил\\p{L}* (?:[\\p{L}-]+ ){0,8}?с|был\\p{L}* обсужден(?:ы|а|о)|обсужден(?:ы|а|о)`,
      type: 'meeting',
      plover: 'CONSULT',
      cameo: '040',
      frame: true,
      readout: true,
    },
    {
      pattern: `встреч${W}|саммит${W}|переговор${W}|визит${W}|конференци${W}|совещани${W}`,
      type: 'meeting',
      plover: 'CONSULT',
      cameo: '043',
      nominal: true,
    },
    {
      pattern: `(?:расшифровк|стенограмм)${W} (?:выступлени|речи|интервью|заявлени)${W}|заявлени${W} (?:госсекретар|государственн|министр|президент|пресс-секретар|официальн|генсек|генеральн|верховн|высок|посл|мид|правительств|посольств|представительств|пресс-служб|кремл|совет|парламент|госдум|европейск|нато|оон)${W}`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
      heading: true,
    },
    {
      pattern: `выступил${W} с (?:[\\p{L}-]+ )?(?:заявлени|реч|обращени|доклад|содоклад)${W}|с (?:со)?докладом выступил${W}|(?:со)?доклад сделал${W}|сделал${W} (?:со)?доклад|проинформирова${W}|(?:опубликова|распространи|распространя|обнародова|выпусти|сделал)${W} (?:[\\p{L}-]+ ){0,2}?(?:заявлени|коммюнике|пресс-релиз)${W}`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
    },
    // разговор по телефону как существительное: "в разговоре по телефону", "переговорил по телефону"
    // "провели встречу", "провел переговоры", "проводят консультации": встреча как дополнение
    // поездка: "совершил визит", "побывал в", "отправился с визитом"
    {
      pattern: `разговор${W} по телефону|(?:беседова|переговори|поговори|говори)л${W} (?:[\\p{L}-]+ ){0,5}?по телефону|позвонил${W}|(?:побеседовал|беседовал)${W} со?(?= )|(?:провел${W}|провод(?:ит|ят)) (?:[\\p{L}-]+ ){0,2}?(?:встреч${W}|переговор${W}|саммит${W}|бесед${W}|консультаци${W}|совещани${W}|заседани${W}|видеоконференци${W})|совершил${W} (?:[\\p{L}-]+ ){0,2}?(?:визит|поездку|турне)|побывал${W} (?:в|на)|отправил${W} с визитом|побеседова${W} по телефону|провел${W} телефонн${W} (?:разговор|переговор)${W}|телефонн${W} (?:разговор|переговор)${W}|созвонил${W}`,
      type: 'meeting',
      plover: 'CONSULT',
      cameo: '040',
    },
    {
      pattern: `осужда${W}|приветству${W}|выража${W}|заявля${W}|подчеркива${W}|призыва${W}|настаива${W}|сожале${W}|отмеча${W}|указыва${W}|прогнозиру${W}|утвержда(?:ет|ют)|поясня${W}|добавля${W}|уточня${W}|напомина${W}|констатиру${W}|подтвержда${W}|заверя${W}`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
    },
    {
      pattern: `заяви${W}|сказал${W}|рассказал${W}|(?<=[»"”][\\s,—–-]{0,4})говори(?:т|л|ла|ли)|отметил${W}|подчеркну${W}|сообщил${W}|объяви${W}|объявля${W}|заверил${W}|назвал${W}|добавил${W}|пообещал${W}|уточнил${W}|констатировал${W}|выразил${W}|пояснил${W}|указал${W}|предсказал${W}|спрогнозировал${W}|предрек${W}|утверждал${W}|высказал${W}|акцентировал${W}|прокомментировал${W}|резюмировал${W}|предложил${W}|настоял${W}|возразил${W}|парировал${W}|признал(?:ся|ась|ись)|пожаловал(?:ся|ась|ись)|говорил(?:а|и)?(?=,? что)`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
    },
    // критика словами: «обрушился с критикой», «посетовал», «раскритиковал»
    {
      pattern: `обрушил${W} с критикой|посетовал${W}|сетова(?:л|ла|ли|ть)|сету(?:ет|ют)`,
      type: 'statement',
      plover: 'ACCUSE',
      cameo: '112',
    },
    // глаголы, которые говорят о речи только через придаточное ("дал понять, что", "ответил, что"),
    // высказывания о чем-то и речь в настоящем времени ("говорит, что")
    {
      pattern: `дал${W} понять|ответил${W}|упомянул${W}(?=,? что)|(?<![\\p{L}])(?<!(?:это|что|все|всё|оно) )говор(?:ит|ят)(?=,? что)|высказал(?:ся|ась|ись)|высказыва(?:ет|ют|лся|лась|лись)ся|выступил${W} (?:против|за|в поддержку|с критикой)`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
    },
    // позиция как убеждение: "X считает, что" (после другого глагола речи — то, что он передает); не преамбула ("будучи убеждены, что")
    {
      pattern: `(?:считает|считают|полагает|полагают|(?<!будучи )уверен${W}|(?<!будучи )убежден${W}),? что`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
      stance: true,
    },
    { pattern: `договорил${W}|согласил${W}`, type: 'statement', plover: 'AGREE', cameo: '030' },
    // опровержение и отказ во всех формах: "опроверг сообщения", "отверг обвинения", "отрицает причастность"
    {
      pattern: `опроверг${W}|опроверга(?:ет|ют)|отверг${W}|отверга(?:ет|ют)|отрица(?:ет|ют|л|ла|ли)|отклонил${W} (?:[\\p{L}-]+ )?(?:обвинени|претензи|требовани|критик|утверждени|заявлени)${W}`,
      type: 'statement',
      plover: 'REJECT',
      cameo: '120',
    },
    // послание, поздравление, соболезнование, направленные или переданные: "направил поздравительную телеграмму"
    {
      pattern: `(?:направил|направля|отправил|передал)${W} (?:[\\p{L}-]+ ){0,6}?(?:телеграмм|послани|поздравлени|соболезновани|письм|обращени|приветстви)${W}`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
    },
    // написанное в соцсетях, статье или письме, или с придаточным: "написал в своем Telegram-канале", "написал, что"
    {
      pattern: `написал${W}(?= (?:в|на) (?:[\\p{L}-]+ ){0,2}?(?:telegram|телеграм|твиттер|twitter|соцсет|социальн|блог|канал|аккаунт|страниц|микроблог|статье|колонке|письме|обращении|x(?![\\p{L}])))|написал${W},? что|пишет,? что|(?<=[»"”][\\s,—–-]{0,4})(?:написал${W}|пишет)`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
    },
    {
      pattern: `предупреди${W}|предупрежда${W}|пригрози${W}|угрожа${W}`,
      type: 'statement',
      plover: 'THREATEN',
      cameo: '130',
    },
    {
      pattern: `обвинил${W}|обвиня(?:ет|ют|л|ла|ли|я)(?![\\p{L}])|осуди(?:л|ла|ли|т)(?![\\p{L}])|раскритикова${W}`,
      type: 'statement',
      plover: 'ACCUSE',
      cameo: '112',
    },
    {
      pattern: `призвал${W}|призыва${W}|потребова${W}|требу${W}|попроси${W}`,
      type: 'statement',
      plover: 'REQUEST',
      cameo: '020',
    },
    {
      pattern: `поблагодари${W}|приветствова${W}|похвали${W}|одобрил${W}|поддержал${W}|поздрави(?:л|ла|ли|т)(?![\\p{L}])|поздравля(?:ет|ют|л|ла|ли)(?![\\p{L}])|пожелал${W}|высоко оцени${W}`,
      type: 'statement',
      plover: 'SUPPORT',
      cameo: '051',
    },
    // оценка и позиция, высказанные в любом времени: «обратил внимание на», «изложил позицию», «поделился оценками»,
    // «дал высокую оценку», «негативно оценил», «охарактеризовал», «предостерег»
    {
      pattern: `обрати${W} внимание|обраща(?:ет|ют|л|ла|ли) внимание|(?:обозначи|излага|изложи|озвучи)${W} (?:[\\p{L}-]+ )?(?:позици|оценк|взгляд|подход)${W}|поделил(?:ся|ась|ись) (?:[\\p{L}-]+ )?(?:мнени|оценк|соображени|впечатлени|видени)${W}|дал${W} (?:[\\p{L}-]+ )?оценк${W}|(?:положительно|негативно|отрицательно|позитивно) оцени${W}|охарактеризова${W}|предостерег${W}|предостерега(?:ет|ют)`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
    },
    {
      pattern: `заявлени${W}|интервью|пресс-конференци${W}|брифинг${W}|пресс-подход${W}|декларац${W}|пресс-релиз${W}|выступлени${W}|обращени${W}|комментари${W}`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
      nominal: true,
    },
    {
      pattern: `сбит${W}|сбил${W}|(?:боев${W} действи${W}|столкновени${W}) (?:возобновил${W}|начал${W}с${W}|вспыхнул${W})`,
      type: 'military_action',
      plover: 'ASSAULT',
      cameo: '190',
    },
    {
      pattern: `(?:заняли|занял${W}|захватил${W}) (?:\\p{L}+ ){0,2}?(?:город|сел${W}|сел|аэропорт|позици${W})|(?:установил${W}|взял${W}) (?:\\p{L}+ ){0,2}?контроль над (?:город${W}|сел${W}|поселк${W}|аэропорт${W}|порт${W}|баз${W})|(?:взял${W}|взят${W}) (?:\\p{L}+ ){0,2}?(?:город${W}|сел${W}|поселок|аэропорт) (?:[\\p{L}-]+ ){0,2}?под (?:свой )?контроль`,
      type: 'military_action',
      plover: 'ASSAULT',
      cameo: '190',
    },
    {
      pattern: `столкновени${W}|боев${W} действи${W}`,
      type: 'military_action',
      plover: 'ASSAULT',
      cameo: '190',
      nominal: true,
    },
    {
      pattern: `(?:было |были |был |была )?(?:размещен${W}|размести${W}|разверну${W}|развернут${W})`,
      type: 'military_action',
      plover: 'MOBILIZE',
      cameo: '150',
      requires: 'войск|оружи|контингент|ракет|миротвор|комплекс',
    },
    {
      pattern: `экстрадирова${W}|выдал${W} (?:\\p{L}+ ){0,3}?(?:сша|россии|властям)`,
      type: 'other',
      plover: 'COOPERATE',
      cameo: '063',
    },
    {
      pattern: `задержан${W}|арестова${W}|приговорил${W}|приговорен${W}`,
      type: 'other',
      plover: 'COERCE',
      cameo: '173',
    },
    // суд решает дело или апелляцию: «отклонил апелляцию», «оставил приговор в силе», «приговор был отменен», «оправдал»
    {
      pattern: `(?:отклонил${W}|удовлетворил${W}|отменил${W}) (?:\\p{L}+ ){0,2}?(?:апелляци${W}|жалоб${W}|приговор${W}|кассаци${W})|оставил${W} (?:\\p{L}+ ){0,2}?(?:приговор${W}|решени${W} суда) (?:\\p{L}+ )?в силе|оставил${W} (?:\\p{L}+ ){0,2}?(?:апелляци${W}|жалоб${W}) без удовлетворения|(?:апелляци${W}|жалоб${W}|приговор${W}) (?:[\\p{L}\\p{N}.,-]+ ){0,6}?(?:был${W} )?(?:отклонен${W}|отменен${W}|оставлен${W} (?:в силе|без удовлетворения))|оправдал${W}|(?:был${W} )?оправдан${W}`,
      type: 'other',
      plover: 'OTHER',
      cameo: '000',
    },
    { pattern: `ворвал${W}`, type: 'protest', plover: 'PROTEST', cameo: '140', requires: 'протест|демонстрант|митинг' },
    {
      pattern: `обратил${W} (?:[\\p{L}-]+ ){0,4}?с (?:просьб|призыв)${W}`,
      type: 'statement',
      plover: 'REQUEST',
      cameo: '020',
    },
    { pattern: `согласовал${W}`, type: 'statement', plover: 'AGREE', cameo: '030' },
    // развязанная или начатая война (винительный падеж, не "с начала войны"): "начала полномасштабную войну", "развязала агрессию"
    // испытания оружия: "провела ядерное испытание", "осуществила испытание баллистической ракеты"
    {
      pattern: `(?:развязал${W}|начал|начала|начали|начинает|начинают) (?:[\\p{L}-]+ ){0,3}?(?:войну|вторжение|наступление|контрнаступление|агрессию|(?:военн|наземн|сухопутн|контртеррористическ|специальн|войсков|наступательн|десантн)\\p{L}* (?:[\\p{L}-]+ )?операци\\p{L}*)|(?:провел${W}|осуществил${W}) (?:[\\p{L}-]+ ){0,2}?(?:(?:ядерн${W}|термоядерн${W}|ракетн${W}) испытани${W}|испытани${W} (?:ядерн${W}|ракет${W}|баллистическ${W}))`,
      type: 'military_action',
      plover: 'ASSAULT',
      cameo: '190',
    },
    // начало войны и ядерное испытание как существительные: "с начала боевых действий"
    {
      pattern: `(?:ядерн${W}|термоядерн${W}) испытани${W}|вспышк${W} (?:боев${W}|насили${W}|войны)|начал${W} (?:боевых действий|войны)`,
      type: 'military_action',
      plover: 'ASSAULT',
      cameo: '190',
      nominal: true,
    },
    {
      pattern: `вторгл${W}|атакова${W}|подверг(?:ся|лась|лось|лись) (?:\\p{L}+ ){0,2}?(?:обстрел|удар|атак|бомбардировк|нападени)${W}|напал${W}|обстрел${W}|нанес${W} (?:[\\p{L}-]+ ){0,2}?удар${W}|(?:был${W} )?нанесен${W} (?:[\\p{L}-]+ ){0,2}?удар${W}|удар${W} (?:был${W} )?нанесен${W}|удар${W} (?:[\\p{L}\\p{N}()-]+ ){0,6}?нанос(?:ились|ился|илась|ится|ятся)|нанос(?:ились|ился|ится|ятся) (?:[\\p{L}-]+ ){0,2}?удар${W}|запустил${W} ракет${W}|бомбил${W}|бомбардирова${W}`,
      type: 'military_action',
      plover: 'ASSAULT',
      cameo: '190',
    },
    {
      pattern: `вторжени${W}|войн${W}|война|наступлени${W}|удар${W}|агресси${W}|испытани${W} ракет${W}|бомбардировк${W}|запуск${W},? (?:[\\p{L}\\p{N}-]+,? ){0,3}?ракет${W}|теракт${W}|нападени${W}|атак(?:а|и|е|у|ой|ою|ам|ами|ах)?(?!\\p{L})`,
      type: 'military_action',
      plover: 'ASSAULT',
      cameo: '190',
      nominal: true,
    },
    // ракеты запущены, выпущены: «КНДР запустила две баллистические ракеты», «выпустили по городу ракеты»
    {
      pattern: `(?:запустил${W}|выпустил${W}|произв[её]л${W} пуск${W}) (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:ракет${W}|беспилотник${W}|снаряд${W})`,
      type: 'military_action',
      plover: 'ASSAULT',
      cameo: '190',
    },
    // авиаудары и рейды: «нанесли авиаудары», «ракетные удары» (удар${W} — выше)
    {
      pattern: `авиаудар${W}|авианалет${W}|бомбардировк${W}|обстрел(?:ы|ов|ам|ами|ах)?(?!\\p{L})`,
      type: 'military_action',
      plover: 'ASSAULT',
      cameo: '190',
      nominal: true,
    },
    // подразделение атаковано: «попали в засаду», «перестрелка», «боестолкновение»
    {
      pattern: `(?:попал${W}|попав${W}) в засаду|засад(?:а|ы|е|у|ой)(?!\\p{L})|перестрелк${W}|боестолкновени${W}|обмен${W} огнем`,
      type: 'military_action',
      plover: 'ASSAULT',
      cameo: '190',
      nominal: true,
    },
    // учения, маневры и патрулирование: «совместные учения», «военно-морские учения "Морское взаимодействие"»
    {
      pattern: `учени(?:я|й|ях|ям|ями)(?!\\p{L})|(?:военн|совместн|морск|военно-морск|командно-штабн|тактическ|стратегическ|штабн|масштабн|внезапн|антитеррористическ|флотск)${W} учени${W}|(?:военн|совместн)${W} манёвр${W}|(?:военн|совместн)${W} маневр${W}|(?:совместн|морск|воздушн)${W} патрулировани${W}`,
      type: 'military_action',
      plover: 'MOBILIZE',
      cameo: '150',
      nominal: true,
    },
    // переброска войск: «развертывание войск», «переброска 300 военных»
    {
      pattern: `(?:развертывани|развёртывани|переброск|отправк)${W} (?:[\\p{L}\\p{N},-]+ ){0,2}?(?:войск|военн${W}|военнослужащ${W}|контингент${W}|кораб${W}|истребител${W}|бомбардировщик${W}|ракет${W})`,
      type: 'military_action',
      plover: 'MOBILIZE',
      cameo: '150',
      nominal: true,
    },
    // санкции во всех временах: "вводит новые санкции", "ввели жесткие санкции", "внесли в санкционный список"
    {
      pattern: `(?:ввел${W}|ввод(?:ит|ят|им)|введ(?:ет|ут|ем)|наложил${W}|налага(?:ет|ют)|расширил${W}|расширя(?:ет|ют)|ужесточил${W}|ужесточа(?:ет|ют)|продлил${W}|продлева(?:ет|ют)) (?:[\\p{L}-]+ ){0,3}?(?:санкци${W}|эмбарго)|(?:введен|наложен|расширен|продлен)(?:ы|о|а)? (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:санкци${W}|эмбарго)|(?:внес${W}|включил${W}) (?:[\\p{L}-]+ ){0,3}?в (?:[\\p{L}-]+ )?(?:санкционн${W}|черн${W}) спис${W}|запрети${W} (?:[\\p{L}-]+ )?(?:нов${W} )?инвестици${W}|(?:утвердил${W}|принял${W}|одобрил${W}) (?:[\\p{L}-]+ ){0,2}?пакет${W} санкций`,
      type: 'sanction',
      plover: 'SANCTION',
      cameo: '163',
    },
    // ограничительные меры против государства или лиц — санкции (не карантинные): "ввела ограничительные меры в отношении",
    // "введены ограничительные меры против"
    {
      pattern: `(?:ввел${W}|ввод(?:ит|ят|им)|введ(?:ет|ут|ем)|(?:был${W} )?введен(?:ы|о|а)?|расширил${W}|продлил${W}|продлен(?:ы|о|а)?) (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:ограничительн${W} мер${W}|рестрикци${W})`,
      type: 'sanction',
      plover: 'SANCTION',
      cameo: '163',
      requires: 'против|в отношении|в адрес',
    },
    // санкции, сохранённые на новый срок, в любой форме глагола и со сроком или его концом между глаголом и объектом:
    // «решил продлить на шесть месяцев, до 15 марта, ограничительные меры», «санкции против России продлены», «продление санкций»
    {
      pattern: `(?:${RU_RENEW}) ${RU_TERM_GAP}санкци${W}|санкци${W},? ${RU_TERM_GAP}${RU_RENEWED}`,
      type: 'sanction',
      plover: 'SANCTION',
      cameo: '163',
    },
    {
      pattern: `(?:${RU_RENEW}) ${RU_TERM_GAP}(?:ограничительн${W} мер${W}|рестрикци${W})|(?:ограничительн${W} мер${W}|рестрикци${W}),? ${RU_TERM_GAP}${RU_RENEWED}`,
      type: 'sanction',
      plover: 'SANCTION',
      cameo: '163',
      requires: 'против|в отношении|в адрес',
    },
    {
      pattern: `(?:продлени${W}|пролонгаци${W}) (?:[\\p{L}-]+ ){0,3}?санкци${W}`,
      type: 'sanction',
      plover: 'SANCTION',
      cameo: '163',
      nominal: true,
    },
    // "заморозил активы": санкции, если в предложении говорится о санкциях
    {
      pattern: `заморози${W} (?:[\\p{L}-]+ )?актив${W}`,
      type: 'sanction',
      plover: 'SANCTION',
      cameo: '163',
      needsSanctions: true,
    },
    {
      pattern: `ввел${W} санкци${W}|ввели санкци${W}|вводит санкци${W}|наложил${W} санкци${W}|ввел${W} эмбарго|(?:возобновлени|введени)${W} санкци${W}|санкци${W} (?:были |был${W} )?(?:введен${W}|возобновлен${W})`,
      type: 'sanction',
      plover: 'SANCTION',
      cameo: '163',
    },
    // пакет санкций утвержден или одобрен: "утвердил пятый пакет санкций", "утвержденный вчера ... пакет санкций", "пакет санкций был одобрен"
    {
      pattern: `(?:утвердил${W}|одобрил${W}|согласовал${W}|договорил(?:ся|ись|ась) о|утвержда(?:ет|ют)|утвержденн${W}|одобренн${W}|согласованн${W}) (?:[\\p{L}\\p{N}-]+ ){0,5}?пакет${W} (?:[\\p{L}-]+ )?санкци${W}|пакет${W} (?:[\\p{L}-]+ )?санкци${W} (?:был${W} )?(?:утвержден|одобрен|принят)${W}`,
      type: 'sanction',
      plover: 'SANCTION',
      cameo: '163',
    },
    {
      pattern: `санкци${W}(?<!санкционир\\p{L}*)|эмбарго`,
      type: 'sanction',
      plover: 'SANCTION',
      cameo: '163',
      nominal: true,
    },
    {
      pattern: `(?:предостави${W}|направ(?:ит|ят)|выдел(?:ит|ят)|окаж(?:ет|ут)|переда(?:ст|дут)|отправ(?:ит|ят)|достав(?:ит|ят)|передал${W}|направил${W}|постави${W}|отправил${W}|выделил${W}|выделя${W}|оказал${W}|оказыва${W}|доставил${W}|пожертвова${W}|был${W} (?:выделен|направлен|доставлен|передан)${W}|(?:выделен|направлен|доставлен|передан)${W}) (?:[\\p{L}\\p{N}$€.,%-]+ ){0,10}?(?:помощ${W}|оружи${W}|вооружени${W}|боеприпас${W}|военн${W} техник${W})`,
      type: 'other',
      plover: 'AID',
      cameo: '070',
    },
    {
      pattern: `гуманитарн${W} помощ${W}|военн${W} помощ${W}|пакет${W} (?:[\\p{L}-]+ )?помощи`,
      type: 'other',
      plover: 'AID',
      cameo: '070',
      nominal: true,
    },
    // объект или техника переданы, открыты или введены в эксплуатацию, в любом залоге и как существительное: «передало
    // Таджикистану новый пограничный пост», «открыл школу», «больница была передана», «передача десяти патрульных катеров»
    {
      pattern: `(?:переда(?:л|ла|ло|ли|ет|ют|ст|дут)|сда(?:л|ла|ло|ли|ет|ют)|сдаёт|открыл${W}|открыва(?:ет|ют)|ввел${W} в эксплуатацию|торжественно открыл${W}|подарил${W}|передача|сдача|открыти${W}|ввод в эксплуатацию) (?:[\\p{L}\\p{N}$€.,%-]+ ){0,6}?(?:пограничн${W} (?:пост|застав|пункт)${W}|пост${W}|застав${W}|контрольно-пропускн${W} пункт${W}|патрульн${W} катер${W}|школ${W}|больниц${W}|госпитал${W}|поликлиник${W}|клиник${W}|мост${W}|казарм${W}|лаборатори${W}|оборудовани${W}|техник${W}|автомобил${W}|катер${W}|вертолет${W}|генератор${W}|вакцин${W})|(?:пограничн${W} (?:пост|застав|пункт)${W}|пост${W}|застав${W}|контрольно-пропускн${W} пункт${W}|патрульн${W} катер${W}|школ${W}|больниц${W}|госпитал${W}|поликлиник${W}|клиник${W}|мост${W}|казарм${W}|лаборатори${W}|оборудовани${W}|техник${W}|автомобил${W}|катер${W}|вертолет${W}|генератор${W}|вакцин${W}),? (?:[\\p{L}\\p{N},-]+ ){0,8}?(?:был${W} )?(?:официально |торжественно )?(?:передан${W}|открыт${W}|сдан${W}|введен${W} в эксплуатацию)`,
      type: 'other',
      plover: 'AID',
      cameo: '070',
    },
    // помощь, доставленная нуждающимся, по её грузу: «доставил 20 тонн продовольствия», «раздали одеяла»
    {
      pattern: `(?:доставил${W}|доставлен${W}|доставля${W}|перебросил${W}|переброшен${W}|отправил${W}|распредели${W}|раздал${W}|завез${W}) (?:[\\p{L}\\p{N}$€.,%-]+ ){0,6}?(?:гуманитарн${W} груз${W}|груз${W}|продовольстви${W}|продукт${W} питания|медикамент${W}|лекарств${W}|одеял${W}|палат(?:ки|ок)|питьев${W} вод${W}|тонн${W}|килограмм${W})`,
      type: 'other',
      plover: 'AID',
      cameo: '070',
    },
    { pattern: `воздушн${W} мост${W}`, type: 'other', plover: 'AID', cameo: '070', nominal: true },
    // помощь, названная суммой или формой, в любом времени глаголов дарения: «выделил 10 млн долларов», «предоставила
    // грант», «пожертвовал 2 млн евро», «предоставит кредит»
    {
      pattern: `(?:выделил${W}|выделя(?:ет|ют)|предоставил${W}|предоставля(?:ет|ют)|пожертвова${W}|перечислил${W}) (?:[\\p{L}\\p{N}-]+ ){0,4}?${RU_MONEY}`,
      type: 'other',
      plover: 'AID',
      cameo: '070',
    },
    // "вышли протестовать", "провели акцию протеста", "митинговали"
    {
      pattern: `вышли (?:на (?:улиц${W}|акци${W}|митинг${W}|протест${W}|демонстраци${W})|протестовать)|провел${W} (?:[\\p{L}-]+ )?(?:акци${W} протеста|митинг${W}|демонстраци${W})|митингова${W}`,
      type: 'protest',
      plover: 'PROTEST',
      cameo: '140',
    },
    // толпа, собравшаяся или пришедшая куда-то протестовать, и участники акции (не встречи): «собрались у посольства,
    // чтобы выразить протест», «пришли к зданию в знак протеста», «приняли участие в митинге»
    {
      pattern: `(?:собрал(?:ись|ось|ся)|пришли|съехались|направились|пикетировал${W})(?: [^.;!?\\n]{0,150}?)? (?:чтобы (?:выразить протест|протестовать|потребовать)|в знак протеста|с протестом|с требованием)|(?:участвовал${W}|принял${W} участие) в (?:акци${W} протеста|митинг${W}|демонстраци${W}|пикет${W}|протест${W}|шестви${W})`,
      type: 'protest',
      plover: 'PROTEST',
      cameo: '140',
    },
    // Раунд 7: акты дипломатии и государственных институтов, во всех формах глагола и как существительные.
    // отношения установлены или восстановлены: «установили дипломатические отношения», «отношения были восстановлены»
    {
      pattern: `(?:установил|устанавлива|восстановил|восстанавлива|нормализовал|возобновил)${W} (?:полноценн${W} |официальн${W} |полн${W} )?дипломатическ${W} отношени${W}|(?:установлен|восстановлен)${W} дипломатическ${W} отношени${W}|дипломатическ${W} отношени${W} (?:[\\p{L}-]+ ){0,5}?(?:был${W} )?(?:установлен|восстановлен)${W}`,
      type: 'other',
      plover: 'COOPERATE',
      cameo: '050',
    },
    {
      pattern: `(?:установлени|восстановлени|нормализаци|возобновлени)${W} (?:[\\p{L}-]+ )?дипломатическ${W} отношени${W}`,
      type: 'other',
      plover: 'COOPERATE',
      cameo: '050',
      nominal: true,
    },
    // верительные грамоты посла: «вручил верительные грамоты», «принял верительные грамоты у послов»
    {
      pattern: `(?:вручи|вруча|принял|принима|передал)${W} (?:[\\p{L}-]+ ){0,3}?верительн${W} грамот${W}|верительн${W} грамот${W} (?:[\\p{L}\\p{N}.-]+ ){0,8}?(?:был${W} )?(?:вручен|принят)${W}`,
      type: 'other',
      plover: 'COOPERATE',
      cameo: '050',
    },
    {
      pattern: `(?:вручени|церемони)${W} (?:[\\p{L}-]+ )?верительных грамот`,
      type: 'other',
      plover: 'COOPERATE',
      cameo: '050',
      nominal: true,
    },
    // итоги выборов объявлены тем, кто считает голоса: «ЦИК объявил окончательные итоги выборов», «огласила результаты»
    {
      pattern: `(?:объяви|огласи|обнародова|опубликова|утверди|подвел|подвела|подвели|подводи)${W} (?:официальн${W} |окончательн${W} |предварительн${W} )?(?:итог${W}|результат${W}) (?:[\\p{L}-]+ ){0,2}?(?:выбор|голосовани|референдум|тур|плебисцит)${W}|(?:объяви|огласи|обнародова|опубликова|утверди)${W} (?:официальн|окончательн|предварительн)${W} (?:итог${W}|результат${W})|(?:официальн|окончательн|предварительн)${W} (?:итог|результат)${W} (?:[\\p{L}-]+ ){0,3}?(?:был${W} )?(?:объявлен|опубликован|оглашен|утвержден)${W}`,
      type: 'other',
      plover: 'OTHER',
      cameo: '000',
    },
    // закон или договор промульгирован (официально обнародован): «промульгировал закон»
    { pattern: `промульгирова${W}`, type: 'other', plover: 'OTHER', cameo: '000' },
    { pattern: `промульгаци${W}`, type: 'other', plover: 'OTHER', cameo: '000', nominal: true },
    // договор применяется временно до вступления в силу: «временно применяется с», «временное применение»
    {
      pattern: `временно примен${W}|(?:временн${W}) применени${W}`,
      type: 'entry_into_force',
      plover: 'AGREE',
      cameo: '057',
      needsTreaty: true,
    },
    {
      pattern: `начал${W} временн${W} применени${W}`,
      type: 'entry_into_force',
      plover: 'AGREE',
      cameo: '057',
      nominal: true,
    },
    // подпись главы государства под законом или указом: «Президент Российской Федерации В.Путин / Москва, Кремль / дата»
    {
      pattern: `президент российской федерации(?= \\p{L}{1,2}\\.\\s?\\p{L}+[ \\t]*\\n[ \\t]*москва, кремль)`,
      type: 'other',
      plover: 'OTHER',
      cameo: '000',
    },
    {
      pattern: `военн${W} вмешательств${W}|вооруженн${W} вмешательств${W}|военн${W} операци${W}`,
      type: 'military_action',
      plover: 'ASSAULT',
      cameo: '190',
      nominal: true,
    },
    // переворот: «совершили государственный переворот», «захватили власть», «свергли президента»
    {
      pattern: `(?:совершил|устроил|осуществил)${W} (?:государственн${W} |военн${W} )?переворот|захватил${W} власть|сверг(?:ли|ла|л)|свергнут${W}`,
      type: 'military_action',
      plover: 'COERCE',
      cameo: '170',
    },
    {
      pattern: `(?:государственн${W}|военн${W}) переворот${W}|путч${W}|попытк${W} переворота`,
      type: 'military_action',
      plover: 'COERCE',
      cameo: '170',
      nominal: true,
    },
    // военные, задержавшие главу государства, совершают переворот: «военные арестовали президента»
    {
      pattern: `(?:военн${W}|солдат${W}|мятежник${W}|хунт${W}|арми${W})(?: [\\p{L}-]+){0,6}? (?:арестова|задержа|захвати|сверг|похити)${W} (?:[\\p{L}-]+ )?(?:президент${W}|премьер${W}|глав${W} государства)`,
      type: 'military_action',
      plover: 'COERCE',
      cameo: '170',
    },
    // забастовка, названная бастующими: «объявили забастовку», «провели всеобщую забастовку», «бастовали»
    {
      pattern: `(?:объявил|начал|провел|провёл|устроил)${W} (?:[\\p{L}-]+ ){0,2}?забастовк${W}|бастовал${W}|вышли на забастовку`,
      type: 'protest',
      plover: 'PROTEST',
      cameo: '140',
    },
    // протест, который заявляет государство или его ведомство, — слова, а не толпа на улице: "выразил решительный
    // протест", "вручил ноту протеста"
    {
      pattern: `(?:выразил${W}|выража(?:ет|ют)|заявил${W}|заявля(?:ет|ют)|направил${W}|вручил${W}|передал${W}|заяв(?:ил|ила|или)) (?:(?:решительн|официальн|энергичн|резк|категорическ)\\p{L}* )?(?:протест${W}|нот${W} протеста)|нот${W} протеста`,
      type: 'statement',
      plover: 'ACCUSE',
      cameo: '112',
    },
    { pattern: `протестова${W}|вышли на (?:акцию|митинг|улицы)`, type: 'protest', plover: 'PROTEST', cameo: '140' },
    {
      pattern: `протест${W}|митинг${W}|демонстраци${W}|демонстрант${W}|протестующ${W}|митингующ${W}`,
      type: 'protest',
      plover: 'PROTEST',
      cameo: '140',
      nominal: true,
    },
    // выборы по избирателям или победителю: "избрали X президентом", "победил во втором туре"
    {
      pattern: `избрал${W} (?:[\\p{L}\\p{N}.-]+ ){1,6}?(?:президентом|премьер-министром|канцлером|председателем|мэром|губернатором)|(?:победил${W}|выиграл${W}) (?:на |во |в )?(?:[\\p{L}-]+ ){0,2}?(?:выбор${W}|тур${W}|референдум${W})`,
      type: 'election',
      plover: 'OTHER',
      cameo: '000',
    },
    // день голосования, сказанный его избирателями: «пришли на избирательные участки», «отдали свои голоса»
    {
      pattern: `(?:пришл${W}|пошл${W}|явил${W}с[яь]) (?:[\\p{L}\\p{N}-]+ ){0,3}?на (?:избирательн${W} )?(?:участк${W}|выбор${W})|отдал${W} (?:сво${W} )?голос${W} (?:за|на выборах)|(?:про)?голосовал${W},? (?:(?!(?:за|против|по) )[\\p{L}\\p{N},-]+ ){0,4}?(?:чтобы )?(?:избрать|выбрать) (?:нов${W} |сво${W} )?(?:президент${W}|парламент${W}|депутат${W}|главу государства|премьер-министр${W}|мэр${W}|губернатор${W})`,
      type: 'election',
      plover: 'OTHER',
      cameo: '000',
    },
    {
      pattern: `выиграл${W} выбор${W}|победил${W} на выборах|(?:пере)?избран[аоы]?|выиграл${W}`,
      type: 'election',
      plover: 'OTHER',
      cameo: '000',
    },
    {
      pattern: `выбор${W}|референдум${W}|плебисцит${W}|втор${W} тур${W} (?:выборов|голосования)`,
      type: 'election',
      plover: 'OTHER',
      cameo: '000',
      nominal: true,
    },
    // Регистры 6-го раунда. Дипломатическая нота: «направил ноту протеста», «вручил ноту»
    {
      pattern: `(?:направил${W}|вручил${W}|передал${W}|отправил${W}|направлен${W}|вручен${W}|передан${W}) (?:[\\p{L}\\p{N}-]+ ){0,3}?нот(?:у|ы|а)(?: протеста)?`,
      type: 'statement',
      plover: 'ACCUSE',
      cameo: '111',
    },
    // резолюция или обращение парламента: «приняла во вторник резолюцию, осуждающую»
    {
      pattern: `(?:принял${W}|одобрил${W}|утвердил${W}) (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:резолюци${W}|обращени${W}|заявлени${W}|декларац${W})`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
    },
    // войска входят в город или занимают его: «российские войска вошли в», «заняли», «взяли под контроль»
    {
      pattern: `(?:войска|войск|силы|военные|военнослужащие|армия|танки|подразделения) (?:[\\p{L}-]+ ){0,2}?(?:вошл${W}|вступил${W} в|заняли|занял${W}|захватил${W}|взял${W} под контроль|овладел${W}|продвинул${W}|вторгл${W}|ворвал${W})`,
      type: 'military_action',
      plover: 'ASSAULT',
      cameo: '190',
    },
    // назначение: «назначил Андрея Белоусова министром обороны», «назначен послом»
    {
      pattern: `(?:назначил${W}|назначен|назначена|назначено|назначены) (?!(?:\\p{L}+ )?(?:на \\p{N}|встреч|переговор|заседани|слушани|суд|дат|визит|выбор|голосовани|срок))(?:[\\p{L}\\p{N}.-]+ ){0,6}?(?:на (?:пост|должность) )?(?:министр${W}|секретар${W}|глав(?:ой|ы)|руководител${W}|директор${W}|председател${W}|заместител${W}|губернатор${W}|генпрокурор${W}|генеральн${W} прокурор${W}|уполномоченн${W}|посл(?:ом|а)|постоянн${W} представител${W}|спецпредставител${W}|специальн${W} представител${W}|пресс-секретар${W}|государственн${W} секретар${W}|госсекретар${W}|советник${W} по национальной безопасности|премьер-министр${W}|председател${W} правительства|командующ${W}|начальник${W} генштаба|начальник${W} генерального штаба|вице-премьер${W})`,
      type: 'other',
      plover: 'OTHER',
      cameo: '000',
    },
    // подписание как существительное, которое состоялось: «Подписание соглашения ... состоялось во вторник»
    {
      pattern: `подписани${W} (?:[\\p{L}\\p{N}«»"'’.,-]+ ){1,12}?(?:состоял${W}|прошл${W}|прошел(?![\\p{L}]))`,
      type: 'treaty_signing',
      plover: 'AGREE',
      cameo: '057',
    },
    // безличные формы пресс-релиза: «говорится в заявлении МИД», «отмечается в сообщении министерства»: говорит тот, кто назван после
    {
      pattern: `(?:говорит|отмечает|подчеркивает|указывает|сообщает|утверждает)ся в (?:[\\p{L}-]+ ){0,2}?(?:заявлени|сообщени|документ|коммюнике|пресс-релиз|комментари|декларац|обращени|ноте|письме)${W}`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
      speakerAfter: true,
    },
    // выступление перед собранием: «выступил на пленарном заседании», «обратился к нации»
    {
      pattern: `выступил${W} (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:на|в|перед) (?:[\\p{L}-]+ ){0,3}?(?:заседани|сесси|форум|конференци|пресс-конференци|брифинг|пресс-подход|саммит|ассамбле|съезд|совещани|церемони|парламент|дум|студент|журналист|депутат|участник|генассамбле)${W}|обратил${W} к (?:нации|гражданам|россиянам|участникам|депутатам|собравшимся)`,
      type: 'statement',
      plover: 'STATEMENT',
      cameo: '010',
    },
  ],
  negation: [
    'не',
    'ни',
    'нет',
    'без',
    'отказал',
    'отказался',
    'отказалась',
    'отказались',
    // отмененное, отложенное или то, от чего воздержались, не состоялось: "отложила подписание", "отменил встречу"
    'отменил',
    'отменила',
    'отменили',
    'отложил',
    'отложила',
    'отложили',
    'воздержался от',
    'воздержалась от',
    'воздержались от',
  ],
  future: [
    'будет',
    'будут',
    'станет',
    'планирует',
    'планируют',
    'намерен',
    'намерены',
    'собирается',
    'собираются',
    'должен',
    'должны',
    // планы, графики и надежды: "планировалось подписать", "предстоит ратифицировать", "ожидается визит", "предстоящий саммит"
    'должна',
    'должно',
    'планировал',
    'планировала',
    'планировали',
    'планируется',
    'планировалось',
    'запланирован',
    'запланирована',
    'запланировано',
    'запланированы',
    'намерена',
    'намерено',
    'собирался',
    'собиралась',
    'собирались',
    'предстоит',
    'ожидается',
    'ожидаются',
    'предполагается',
    'надеется',
    'надеются',
    'рассчитывает',
    'рассчитывают',
    'предстоящий',
    'предстоящая',
    'предстоящее',
    'предстоящие',
    'предстоящего',
    'предстоящей',
    'предстоящем',
    'предстоящих',
    'предстоящую',
    'предстоящему',
  ],
  irrealis: [
    'можно',
    'возможно',
    'было бы',
    'в случае',
    'на случай',
    'если',
    'чтобы',
    'может',
    'могут',
    'мог',
    'могли',
    'бы',
    'хочет',
    'хотел',
    'готов',
    'рассматривал',
    'предложил',
    'предложения',
    'предложение',
    'предложений',
    'с целью',
    // readiness and openness: a meeting or act one is ready for has not happened
    'готова',
    'готовы',
    'готово',
    'готовность',
    'готовности',
    'открыт для',
    'открыта для',
    'открыты для',
    // a request for an act: "отклоняла просьбы о встрече", "обратился с просьбой о встрече" (not "по просьбе X": at X's request)
    'просьба',
    'просьбы',
    'просьбу',
    'просьбой',
    'запрос',
    'запроса',
    'запросы',
    'ходатайство',
    'ходатайства',
    // an act in preparation has not happened: "the preparations for the visit", "persiapan kedatangan"
    'подготовка',
    'подготовки',
    'подготовке',
    'подготовку',
    'подготовкой',
    'подготовить',
    'подготовить к',
    'готовят',
    'готовится',
    // an act in prospect or in a hypothesis has not happened: "the possibility of a visit", "the dates of the signing",
    // "looks forward to meeting", "dans l'hypothèse où le référendum"
    'возможность',
    'возможности',
    'возможностью',
    'перспектива',
    'перспективы',
    'перспективе',
    'перспективах',
    'даты',
    'датах',
    'датам',
    'планы',
    'планах',
    'в ожидании',
  ],
  decisionVerbs: [
    'решил',
    'решила',
    'решило',
    'решили',
    'постановил',
    'постановила',
    'постановило',
    'постановили',
    'постановляет',
    'принял решение',
    'приняла решение',
    'приняло решение',
    'приняли решение',
    'имею честь',
  ],
  requestVerbs: [
    'рекомендую',
    'рекомендует',
    'рекомендовал',
    'рекомендовали',
    'призываю',
    'призываем',
    'призывает',
    'призывают',
    'призвал',
    'призвала',
    'призвали',
    'просит',
    'просят',
    'просил',
    'попросил',
    'попросила',
    'попросили',
    'требует',
    'требуют',
    'потребовал',
    'потребовала',
    'потребовали',
  ],
  futureForms:
    '(?:вступ|подпиш|выйд|присоедин|ратифиц|приостанов|продл|прекрат|утрат|замен|заключ|встрет|посет|провед|направ|введ|отзов|объяв)\\p{L}*(?:ит|ет|ут|ят|ют)(?<!ает|яет|ует|ают|яют|уют)(?:ся)?',
  pastForms: '\\p{L}{2,}(?:л|ла|ло|ли)(?:ся|сь)?|был|была|было|были',
  // "75-летие победы", "столетие": a number's anniversary is one word
  anniversaryNouns: 'годовщин\\p{L}*|юбиле\\p{L}*|\\p{L}*лети(?:е|я|ю|ем)',
  // a time elapsed since the act: "спустя восемь лет после подписания"
  elapsedSince: '(?:лет|год\\p{L}*|месяц\\p{L}*|недел\\p{L}*|десятилети\\p{L}*) (?:после|с момента|со дня)',
  disasterNouns:
    'землетрясени\\p{L}*|подземн\\p{L}* толч\\p{L}*|афтершок\\p{L}*|цунами|ураган\\p{L}*|тайфун\\p{L}*|циклон\\p{L}*|шторм\\p{L}*|наводнени\\p{L}*|паводк\\p{L}*|паводок|торнадо|смерч\\p{L}*|лесн\\p{L}* пожар\\p{L}*|оползн\\p{L}*|оползень|лавин\\p{L}*|извержени\\p{L}*|засух\\p{L}*|ливн\\p{L}*',
  anaphoricDeterminers: {
    before:
      'этот|эта|это|эту|этой|этого|этом|этому|этим|эти|этих|этими|данн(?:ый|ая|ое|ой|ую|ом|ого|ому|ые|ых|ым|ыми)|указанн(?:ый|ая|ое|ой|ую|ом|ого|ому|ые|ых|ым|ыми)',
  },
  restatingCopulas: 'является|являлся|являлась|являлось|являются|стал|стала|стало|стали',
  bodyNouns: [
    ['посольств', 'консульств', 'дипмисси', 'диппредставительств', 'генконсульств'],
    ['министерств', 'мид', 'ведомств', 'госдеп', 'департамент'],
    ['совет'],
    ['комисси'],
    ['комитет'],
    ['агентств'],
    ['парти'],
    ['командовани'],
  ],
  bodyNounEnding: '\\p{L}{0,2}',
  addingSpeech: 'добав(?:ил|ила|или|ило|ляет|ляют|лял|ляла|ляли|ив|ивший|ившая)',
  closingSpeechVerbs: [
    'сказал',
    'сказала',
    'сказали',
    'заявил',
    'заявила',
    'заявили',
    'отметил',
    'отметила',
    'отметили',
    'добавил',
    'добавила',
    'добавили',
    'подчеркнул',
    'подчеркнула',
    'подчеркнули',
    'пояснил',
    'пояснила',
    'пояснили',
    'сообщил',
    'сообщила',
    'сообщили',
  ],
  asAmended: ['с', 'со всеми', 'с последующими'],
  instrumentAmendForms: ['изменяет', 'изменяют', 'вносит изменения', 'вносят изменения'],
  amendments: { nouns: ['поправка', 'поправки', 'поправку', 'поправок', 'поправкой', 'поправками'], links: ['к'] },
  amendingLinks: [
    'о внесении изменений в',
    'о внесении изменения в',
    'об изменении',
    'изменяющий',
    // an instrument that extends another: "Протокол о продлении срока действия Соглашения ..."
    'о продлении срока действия',
    'о продлении действия',
    'о продлении',
  ],
  frameAfterFounding: 'в|во|согласно|в соответствии с|на основании',
  negativeDeterminers: ['никакой', 'никакого', 'никакие', 'никаких', 'ни один', 'ни одна', 'ни одно'],
  tally:
    '(?:\\d{2,3}|десятки|десятков|десятками|десятком|сотни|сотней|сотнями|сотен|(?:около|более|почти) (?:ста|сотни)) (?:других )?(?:стран\\p{L}*|государств\\p{L}*|участник\\p{L}*)',
  signedDocuments: `(?<!обмен\\p{L}* )(?:письм|обращени|петици|сертификат)\\p{L}*|книг\\p{L}* (?:почетных гостей|соболезнований|отзывов)`,
  lawNouns: '(?:закон\\p{L}*|указ\\p{L}*|постановлени\\p{L}*|распоряжени\\p{L}*)',
  lawYearLink: 'от',
  billNouns: '(?:законопроект\\p{L}*|проект\\p{L}* (?:федерального )?закона)',
  ratificationNoun: 'ратифик\\p{L}*',
  kinshipBefore: [
    '(?:покойн\\p{L}* )?(?:отец|отца|отцу|отцом|отце|мать|матери|сын|сына|сыну|сыном|дочь|дочери|дед|деда|деду|дедом|внук|внука|жена|жены|муж|мужа|брат|брата|сестра|сестры|вдова|вдовы|дядя|дяди|племянник\\p{L}*)',
  ],
  // a journalist's credit before a name: "editing by", a "by" that opens a line, "Penulis:", "Корр. ТАСС"
  creditBefore: 'корр\\.(?:[^\\S\\n]*\\p{L}+)?|(?:автор|фото|текст|редактор)[^\\S\\n]*:',
  signedParticiple: '(?:подписанн\\p{L}*|заключенн\\p{L}*)',
  ordinal: '(?:перв\\p{L}*|втор\\p{L}*|трет\\p{L}*|последн\\p{L}*|\\d+-?(?:й|я|м|ой))',
  reporting: ['сообщает', 'сообщило', 'сообщили', 'по данным', 'по словам', 'передает', 'пишет', 'как сообщает'],
  replace: [
    {
      pattern: `замени${W}|заменя${W}|замене${W}|при(?:шел|шла|шло|шли|дет|дут|ходит|ходят|шедш${W}) на смену|сменил${W}|сменит|сменяет|(?:на|в) смену|(?:на|в) замену|вместо|взамен|(?:занял${W}|занима${W}|занять|займ(?:ет|ут)) место`,
      basis: 'declared',
    },
    {
      // "был отменён ... Договором", "отменяется Соглашением": законная отмена, новый договор идёт после
      pattern: `(?:был|была|было|были|будет|будут) (?:отмен|упраздн)${W}|(?:отмен|упраздн)(?:яется|яются|ялся|ялась|ялось|ялись|ится|ятся|ен|ена|ено|ены)(?![\\p{L}])`,
      basis: 'legal',
      passive: true,
    },
    {
      // "был заменён ... Договором", "уступил место Договору": новый договор идёт после
      // "заменяется Соглашением", "заменён Договором": the reflexive and the short participle are passives too
      pattern: `(?:был|была|было|были|будет|будут) замен${W}|замен(?:яется|яются|ялся|ялась|ялось|ялись|ится|ятся|ился|илась|илось|ились|ен|ена|ено|ены)(?![\\p{L}])|уступ(?:ил|ила|ило|или|ит|ят|ает|ают) место`,
      basis: 'declared',
      passive: true,
    },
    {
      // "признаются утратившими силу": без агента, настоящее соглашение (в его собственном тексте) или новое
      pattern: `(?:призна${W}|счита${W}) утративш${W} силу`,
      basis: 'legal',
      cease: true,
      requires: `вступлени\\p{L}* (?:\\p{L}+ )?в силу|вступил\\p{L}* в силу|вступит в силу|нов\\p{L}* (?:договор|соглашени)`,
      requiresInText: `настоящ\\p{L}* (?:договор|соглашени|конвенци|протокол)`,
    },
    {
      pattern: `утрачива${W} силу|утратил${W} силу|утратит силу|утратят силу`,
      basis: 'legal',
      cease: true,
      requires: `вступлени\\p{L}* (?:\\p{L}+ )?в силу|вступил\\p{L}* в силу|вступит в силу|нов\\p{L}* (?:договор|соглашени)`,
    },
    {
      pattern: `прекращает действие|прекратит действие|прекратил${W} действие|отменя${W}|отмени${W}|отменил${W}|упраздня${W}|упраздни${W}`,
      basis: 'legal',
    },
    { pattern: `преемник${W}`, basis: 'successor' },
    {
      // "переход от X к Y", "замена X на Y": новый договор идёт после старых
      pattern: `переход${W} от [^.;:!?]{3,120}? к|замен(?:а|е|у|ы|ой) [^.;:!?]{3,120}? на|замен(?:ить|ит|ят|ил|ила|или|яет|яют|яя|ив) [^.;:!?]{3,400}? на`,
      basis: 'declared',
      span: true,
    },
  ],
  notReplace: [
    'изменяет',
    'изменил',
    'дополняет',
    'дополнил',
    'продолжает',
    'продлил',
    'продлевает',
    'переименован',
    'следует за',
    'обновляет',
    'обновил',
    'модернизирует',
    'расширяет',
    // a preamble's background treaties: "ссылаясь на Договор ...", "напоминая о Соглашении ..."
    'ссылаясь на',
    'напоминая',
  ],
  protocolNotTreaty: {
    // "санитарный протокол", "протокол заседания", "протокол об административном правонарушении", "протокол лечения"
    before: '(?:санитарн|медицинск|клиническ|лечебн)\\p{L}*',
    after:
      '(?:заседани|совещани|допрос|осмотр|задержани|лечени|вскрыти|об административн|о правонарушени|о задержании)\\p{L}*',
  },
  accessionProtocol: {
    of: `протокол\\p{L}* (?:к (?:[\\p{L}-]+ ){1,6}?)?о (?:присоединении|вступлении|принятии|допуске) `,
    to: `\\s+(?:к|в)\\s+`,
  },
  treatyNouns: [
    // ("договорились", "договорится", "договорюсь": the verb, not the noun)
    { form: 'договор', kind: 'treaty', stem: true, stemNot: 'ияю' },
    { form: 'соглашени', kind: 'agreement', stem: true },
    { form: 'пакт', kind: 'pact', stem: true },
    { form: 'конвенци', kind: 'convention', stem: true },
    { form: 'протокол', kind: 'protocol', stem: true },
    { form: 'декларац', kind: 'declaration', stem: true },
    { form: 'хартия', kind: 'charter' },
    { form: 'хартии', kind: 'charter' },
    { form: 'устав', kind: 'charter', stem: true },
    { form: 'меморандум', kind: 'memorandum', stem: true },
    { form: 'партнерств', kind: 'partnership', stem: true },
    { form: 'сделк', kind: 'agreement', stem: true },
    { form: 'документ', kind: 'agreement', stem: true },
    { form: 'договоренност', kind: 'agreement', stem: true },
  ],
  treatyNounCases: {
    договор: ['договор', 'm'],
    договора: ['договор', 'm'],
    договору: ['договор', 'm'],
    договором: ['договор', 'm'],
    договоре: ['договор', 'm'],
    протокол: ['протокол', 'm'],
    протокола: ['протокол', 'm'],
    протоколу: ['протокол', 'm'],
    протоколом: ['протокол', 'm'],
    протоколе: ['протокол', 'm'],
    пакт: ['пакт', 'm'],
    пакта: ['пакт', 'm'],
    пакту: ['пакт', 'm'],
    пактом: ['пакт', 'm'],
    пакте: ['пакт', 'm'],
    устав: ['устав', 'm'],
    устава: ['устав', 'm'],
    уставу: ['устав', 'm'],
    уставом: ['устав', 'm'],
    уставе: ['устав', 'm'],
    меморандум: ['меморандум', 'm'],
    меморандума: ['меморандум', 'm'],
    меморандуму: ['меморандум', 'm'],
    меморандумом: ['меморандум', 'm'],
    меморандуме: ['меморандум', 'm'],
    соглашение: ['соглашение', 'n'],
    соглашения: ['соглашение', 'n'],
    соглашению: ['соглашение', 'n'],
    соглашением: ['соглашение', 'n'],
    соглашении: ['соглашение', 'n'],
    конвенция: ['конвенция', 'f'],
    конвенции: ['конвенция', 'f'],
    конвенцию: ['конвенция', 'f'],
    конвенциеи: ['конвенция', 'f'],
    декларация: ['декларация', 'f'],
    декларации: ['декларация', 'f'],
    декларацию: ['декларация', 'f'],
    декларациеи: ['декларация', 'f'],
    хартия: ['хартия', 'f'],
    хартии: ['хартия', 'f'],
    хартию: ['хартия', 'f'],
    хартиеи: ['хартия', 'f'],
  },
  determinersBefore: [
    'этот',
    'этого',
    'этому',
    'этим',
    'этом',
    'эта',
    'этой',
    'эту',
    'это',
    'данный',
    'данного',
    'данное',
    'данного',
    'указанный',
    'указанного',
    'новый',
    'нового',
    'новым',
    'новое',
    'нового',
  ],
  determinersAfter: [],
  indefinite: [],
  relativeWords: ['который', 'которая', 'которое', 'которые', 'которого', 'которой'],
  between: ['между'],
  inForce: [
    'действующий',
    'действующего',
    'действующему',
    'действующим',
    'действующем',
    'действующая',
    'действующей',
    'действующую',
    'действующее',
    'нынешний',
    'нынешнего',
    'нынешнему',
    'нынешним',
    'нынешнее',
    'нынешняя',
    'нынешней',
    'нынешнюю',
    'существующий',
    'существующего',
    'существующее',
    'существующая',
    'существующей',
    'существующую',
    'устаревший',
    'устаревшего',
    'устаревшее',
    'устаревшую',
  ],
  untilNot: '(?:^|[,;:(—–]\\s*|до тех пор\\s+)пока',
  treatyStandIns: ['текст'],
  insteadOf: ['вместо того чтобы', 'вместо того, чтобы'],
  replacedPronouns: { before: ['его', 'ее', 'их'], after: ['его', 'ее', 'их'] },
  elidedTreaty:
    '(?:подписанн|заключенн|действовавш|действующ)(?:ый|ого|ому|ым|ом|ая|ой|ую|ое|ые|ых|ым|ыми|ий|его|ему|им|ем|ей|ее|ие|их|ими)(?= (?:в|от|с) \\d)',
  elidedEarlier: '(?:прежн|предыдущ|предшествующ|действующ|действовавш)(?:ий|его|ему|им|ем|ей|ее|ие|их|ими|ая|ую|ое)',
  earlierDatedBy:
    '(?:(?:котор\\p{L}+\\s+(?:(?:был|была|было|были)\\s+)?)?(?:подписан|заключен|ратифицирован|вступ|действ)\\p{L}*(?:\\s+в\\s+силу)?\\s+(?:в|с|от)|от)?',
  previous: [
    // "прежний", "предыдущий", "предшествующий" in every case, gender and number ("всех предыдущих соглашений")
    ...['прежн', 'предыдущ', 'предшествующ'].flatMap((stem) =>
      ['ий', 'его', 'ему', 'им', 'ем', 'ей', 'ее', 'ие', 'их', 'ими'].map((ending) => stem + ending),
    ),
    ...['прежняя', 'прежнюю', 'предыдущая', 'предыдущую', 'предшествующая', 'предшествующую'],
    'старый',
    'старого',
    'ранее',
  ],
  apposition: [
    'обычно',
    'часто',
    'широко',
    'или',
    'также',
    'известный',
    'известен',
    'как',
    'сокращенно',
    'англ',
    'английском',
    'официально',
  ],
  describedAs: [
    'названный',
    'названное',
    'именуемый',
    'именуемое',
    'так называемый',
    'так называемое',
    'который назвали',
    'под названием',
    'известный как',
    'известное как',
    'получивший название',
    'получившее название',
    'далее',
    'далее именуемый',
    'далее именуемое',
  ],
  locative: ['в', 'во'],
  placeNamedNouns: ['саммит', 'конференция', 'процесс', 'формат', 'группа', 'раунд', 'декларация', 'пакет'],
  placeNamedLinks: [],
  pronouns: ['он', 'она'],
  after: [
    'после',
    'после того как',
    'вслед за',
    'последовал за',
    'последовала за',
    'последовало за',
    'последовали за',
    'следует за',
  ],
  linkPrefixes: ['читайте также', 'смотрите также', 'см. также', 'по теме'],
  followedBy: ['за ним последовали', 'за ней последовали', 'за ними последовали', 'затем'],
  respectively: ['соответственно'],
  relativePronouns: [
    'который',
    'которая',
    'которое',
    'которые',
    'которого',
    'которой',
    'которым',
    'которых',
    'которую',
  ],
  successively: ['поочередно', 'по очереди', 'один за другим', 'одного за другим'],
  meetingFrame: ['в ходе', 'во время', 'на'],
  pairWords: ['оба', 'обе', 'два', 'две'],
  pluralSpeakers: [
    'оба министра',
    'министры',
    'главы мид',
    'оба лидера',
    'лидеры',
    'главы государств',
    'оба президента',
    'президенты',
    'главы делегаций',
    'руководители делегаций',
  ],
  earlierSpeech: { auxiliaries: [], adverbs: ['ранее', 'раньше', 'прежде', 'до этого', 'в свое время'] },
  unnamedSpeakers: [
    'аналитик',
    'аналитики',
    'эксперт',
    'эксперты',
    'наблюдатель',
    'наблюдатели',
    'критики',
    'комментаторы',
    'экономист',
    'экономисты',
    'исследователи',
    'источник',
    'источники',
    'жители',
    'очевидцы',
    'свидетели',
    'дипломаты',
    'студенты',
    'демонстранты',
    'протестующие',
    'активисты',
    'собеседник',
    'собеседники',
  ],
  statementAnaphora: ['в заявлении', 'в заявлении также', 'заявление также', 'в сообщении'],
  additive: ['также', 'тоже', 'кроме того', 'помимо этого', 'помимо того'],
  headerTopic: ['о', 'об', 'относительно', 'касательно', 'в связи с', 'по поводу'],
  sinceAct: ['с момента', 'со времени', 'с тех пор как', 'со дня'],
  uponSignature:
    'с (?:момента|даты|дня) (?:его |ее |её |их )?подписания|со дня (?:его |ее |её |их )?подписания|в момент (?:его |ее |её |их )?подписания',
  delegationNouns: [
    'делегация',
    'делегации',
    'делегацию',
    'делегацией',
    'делегаций',
    'делегациям',
    'делегациями',
    'делегациях',
  ],
  eventAnaphora: [
    ...RU_FRAME_BEFORE.flatMap((p) => [...RU_EVENT_GENITIVES, ...RU_EVENT_MODIFIED].map((n) => `${p} ${n}`)),
    ...RU_EVENT_LOCATIVES.map((n) => `на ${n}`),
    ...['этой встрече', 'этих переговорах', 'этом заседании', 'этом совещании'].map((n) => `на ${n}`),
  ],
  orgNouns: [
    'организация',
    'организации',
    'комиссия',
    'комиссии',
    'совет',
    'агентство',
    'комитет',
    'союз',
    'партия',
    'банк',
    'фонд',
    'суд',
    'форум',
    'альянс',
    'фронт',
    'движение',
    'армия',
    'управление',
    'министерство',
    'министерства',
    'институт',
    'университет',
    'собрание',
    'ассамблея',
    'палата',
    'конгресс',
    'парламент',
    'служба',
    'дирекция',
    'секретариат',
    'центр',
    'федерация',
    'коалиция',
    'миссия',
    'полиция',
    'гвардия',
    'департамент',
    'администрация',
    'корпорация',
    'компания',
    'лига',
    'прокуратура',
    'ведомство',
  ],
  orgHeads: [],
  missionHeads: ['посольство', 'генконсульство', 'генеральное консульство', 'консульство'],
  missionGenitives: [],
  stateBodyHeads: [
    'мид',
    'минобороны',
    'минфин\\p{L}*',
    'мвд',
    'минюст\\p{L}*',
    'министерств\\p{L}* (?:иностранных дел|обороны|финансов|юстиции|внутренних дел|экономики|торговли|энергетики|здравоохранения|экономического развития)',
    'вмс',
    'ввс',
    'вооруженн\\p{L}* сил\\p{L}*',
    'военно-морск\\p{L}* сил\\p{L}*',
    'военно-воздушн\\p{L}* сил\\p{L}*',
    'пограничн\\p{L}* войск\\p{L}*',
  ],
  armedBranchHeads: [],
  bodyPlacePrepositions: ['в', 'во', 'у', 'около', 'на', 'возле', 'к', 'ко'],
  connectors: ['о', 'об', 'и', 'между', 'по', 'в', 'на', 'с'],
  grammar: {
    franc: 'rus',
    // no articles; officialese strings nouns in the genitive ("Председатель ... Думы ... с Председателем ...")
    minFunctionShare: 0.05,
    script: 'cyrillic',
    dayFirst: true,
    monthDayYear: false,
    capitalizedMonths: false,
    ambiguousMonths: [],
    weekdayAsWeek: {},
    dayMonthJoin: '',
    daySuffix: '-?го',
    monthYearJoin: '',
    yearSuffix: 'года|г\\.|году',
    yearWord: 'году|года|год|г\\.',
    monthPrefix: '',
    yearRangeStart: 'с',
    yearRangeMid: 'год[ау]?',
    yearRangeSuffix: 'годы|годов|годах|гг\\.?',
    decadeSuffix: 'х|е',
    countNouns: 'человек',
    numberNouns: '№|n|номер|номером|резолюци\\p{L}*|стать\\p{L}*|пункт\\p{L}*',
    planNouns: 'стратеги\\p{L}*|программ\\p{L}*|концепци\\p{L}*|повестк\\p{L}*|план\\p{L}*',
    periodNouns: 'период\\p{L}*|срок\\p{L}*',
    weekdayPastBefore: 'в\\s+(?:прошлую|прошлый|прошлое|минувшую|минувший|минувшее)',
    since: '(?:с тех пор как|начиная с)\\s+',
    until: 'до\\s+(?:конца\\s+)?',
    amount: '(?:[$€]\\s?\\p{N}|\\p{N}[\\p{N}.,\\s]*\\s*(?:млн|млрд|тыс|миллион|миллиард|доллар|евро|рубл|тонн))',
    conjunctions: ['и', 'а'],
    clauseConjunctions: ['а', 'и', 'но'],
    conditionals: ['если'],
    causePrepositions: 'против|из-за|на фоне',
    requestedEvent: `(?<!(?:^|\\s)по )(?:просьб\\p{L}*|запрос\\p{L}*|приглашени\\p{L}*|предложени\\p{L}* провести) (?:\\S+ ){0,4}?(?:о|об|на)`,
    objectDate: 'совершенн\\p{L}*|произошедш\\p{L}*|случивш\\p{L}*|проведенн\\p{L}*|нанесенн\\p{L}*',
    heldRelative: 'которы\\p{L}+\\s+(?:прош\\p{L}*|состоял\\p{L}*|проходил\\p{L}*)',
    // "нанесли удар", "провели переговоры", "совершили нападение", "осуществили запуск"
    supportVerbs:
      'нанес(?:ли|ла|ло|ен|ена|ены|ено)?|нанос(?:ит|ят|ил|или|ила)|провел(?:и|а|о)?|провед(?:ен|ена|ены|ено)|провод(?:ит|ят|ил|или|ила)|осуществ(?:ил|или|ила|ило|лен|лена|лены|лено|ляет|ляют|лял|ляли)|соверш(?:ил|или|ила|ило|ен|ена|ены|ено|ает|ают|ал|али)|предпри(?:нял|няли|няла|нимает|нимают)|устро(?:ил|или|ила)|организова(?:л|ли|ла)|организу(?:ет|ют)|да(?:л|ли|ла|ет|ют)',
    resultVerbs:
      '(?:заверш|увенча|законч)(?:ились|илась|илось|ился|ались|алась|алось|ался)|привел(?:и|а|о)?\\s+к|приводит\\s+к',
    supportGapStops:
      'в|во|на|по|с|со|к|ко|от|из|у|за|под|над|перед|при|о|об|для|после|до|и|или|но|а|что|котор\\p{L}*|когда|где',
    exerciseNouns: 'учени\\p{L}*|манёвр\\p{L}*|маневр\\p{L}*',
    tookPlace: 'состоял(?:ся|ась|ось|ись)|произош(?:ел|ёл|ла|ло|ли)|прош(?:ел|ёл|ла|ло|ли)',
    heldVerbs: 'состоял(?:ся|ась|ось|ись)|прош(?:ел|ёл|ла|ло|ли)|проходил(?:а|о|и)?',
    nominalDateLink: 'от',
    clauseHeads: 'что|чтобы|котор\\p{L}+|где|когда',
    itSubject: ['оно', 'он', 'она'],
    itObject: 'к нему|к ней|из него|в него',
    objectPronouns: 'его|ее|её|их',
    foundingTrigger: 'основа|учре|создан',
    negotiationNouns: 'переговор|членств',
    sanctionsWord: 'санкци',
    intransitiveAfter: 'в|с',
    datedBy: 'от',
    // "выборы 2003 года", "соглашения 2003 года" (not "в конце 2003 года", "после 2003 года", "летом 2003 года")
    nounYear:
      '(?<![\\p{L}])(?!(?:после|около|начала|конца|середины|половины|начале|конце|середине|половине|началу|концу|течение|летом|весной|осенью|зимой|позднее|позже|ранее|раньше|года|лет)(?![\\p{L}]))\\p{L}{3,}\\s+«\\d{4}\\s+года»',
    listWords: ['и', 'или', 'а', 'также', 'в', 'году'],
    participle: 'подписанн\\p{L}*|заключенн\\p{L}*',
    describingParticiple:
      'принят(?:ый|ая|ое|ые|ого|ой|ую|ым|ых|ыми|ом)|открыт(?:ый|ая|ое|ого|ой|ую)\\s+для\\s+подписания',
    reducedRelative: (_before, word) => /^подписанн|^заключенн/u.test(word),
    relativeAfterNoun: '^[^.;:]*,\\s*$',
    // "соглашение о рыболовстве, которое было подписано в 1995 году", "договор, который стороны заключили"
    relativeSigning: '^\\s*,\\s*котор\\p{L}+\\s+(?:\\p{L}+\\s+){0,3}$',
    namePrecedesNoun: true,
    commaInNames: false,
    capitalNounIsReference: false,
    bareNounRefers: true,
    unmarkedNewAgreement: false,
    referenceBySigningDate: true,
    adjectiveAfterNoun: false,
    participleEnding: '',
    genericAgreementForms: [],
    aboutWords: ['о', 'об'],
    partySides: {
      members: 'и (?:его|ее|их) государства\\p{L}*-член\\p{L}*',
      first: 'с одной стороны',
      second: 'с другой стороны',
    },
    purposeWords: ['о', 'об', 'по', 'в области', 'в сфере', 'относительно', 'касательно'],
    numberSign: '№|N\\s?°',
    supplementWords: [
      'дополнительный',
      'дополнительное',
      'дополнительная',
      'дополнительного',
      'дополнительному',
      'дополнительным',
      'дополнительной',
      'дополнительном',
    ],
    genericTreatyWords: [
      'международный',
      'международного',
      'международному',
      'международным',
      'международном',
      'международные',
      'международных',
      'международным',
      'международными',
      'международная',
      'международной',
      'международную',
      'международное',
      'межправительственное',
      'межправительственного',
      'межправительственным',
      'межправительственные',
      'межправительственных',
      'двустороннее',
      'двустороннего',
      'двусторонний',
      'двусторонние',
      'двусторонних',
      'многостороннее',
      'многостороннего',
      'многосторонний',
      'многосторонние',
      'многосторонних',
      'свободной',
      'торговле',
    ],
    nameFieldLinks: ['в отношении', 'в области', 'в сфере', 'в рамках', 'в целях'],
    auxiliaries: ['был', 'была', 'было', 'были', 'будет', 'будут', 'уже', 'официально', 'наконец'],
    pluralNouns: [],
    yearBeforeNoun: false,
    yearOfGap: null,
    yearWhenGap: '(?:^|\\s)(?:в|во|с|до|после|к)\\s',
    yearAfterName: '\\s+',
    signedInYear: 'в\\s+',
    newBefore: 'нов\\p{L}*|будущ\\p{L}*',
    newAfter: null,
    orWords: 'или',
    articles: [],
    similar: [],
    alongside: ['наряду с', 'вместе с', 'а также', 'параллельно с', 'как и', 'помимо'],
    partnerWords: ['с'],
    andYear: ',|и',
    isVerbish,
    nameAfterNoun,
    nameAfterTitleComplement,
    placeAdjectiveBefore: (before) => {
      const adj = PLACE_ADJECTIVE.exec(before);
      return adj && !COMPOUND_DEMONYM.test(adj[1]!) ? adj[0].length : -1;
    },
    shortName: (name) => {
      const m = ADJECTIVE_NOUN_ABOUT.exec(name);
      return m ? m[1]! : null;
    },
    capitalizedSentenceStart: false,
    demonymAfterTitle: false,
    compoundFirstHalf: 'о$',
    nameBeforeTitle: false,
  },
  shared: {
    portfolios: ['mid', 'минобороны', 'минфин', 'минфина', 'мвд', 'минюст', 'минэкономразвития'],
    notNames: [
      // salutations of an address ("Дамы и господа", "Уважаемые коллеги"), no person's name
      'господа',
      'дамы',
      'коллеги',
      'азия',
      'европа',
      'офис',
      'дворец',
      'комитет',
      'комиссия',
      'международный',
      'инициатива',
      'меморандум',
      'хартия',
      // "Указ Президента Номер 12": a number's word
      'номер',
      // a heading's event noun or a sentence's opening adverb before a surname in an oblique case: "Визит Путина",
      // "Встреча Лаврова с ...", "Вчера Шольцу позвонил ..." (in all its cases, by its stem)
      'визит',
      'встреча',
      'переговоры',
      'разговор',
      'телефонный',
      'беседа',
      'звонок',
      'заявление',
      'поздравление',
      'соболезнование',
      'послание',
      'телеграмма',
      'приветствие',
      'интервью',
      'выступление',
      'обращение',
      'вручение',
      'подписание',
      'ратификация',
      'участие',
      'вчера',
      'сегодня',
      'накануне',
      'завтра',
      // a geographic noun before a name ("остров Сахалин", "пролив Ормуз")
      'остров',
      'провинция',
      'пролив',
      'полуостров',
      'океан',
    ],
    institutions: ['министерство', 'министерства', 'правительство'],
    languageWords: [],
    languageNouns: ['язык'],
    abbreviations: ['г', 'гг', 'им', 'т', 'е', 'п', 'тыс', 'млн', 'млрд', 'ст', 'бпк', 'корр', 'спецкорр'],
    clauseBreaks: ['а', 'но', 'однако'],
    titleOf: ['в', 'при'],
    portfolioAnd: ['и'],
    apposedTitleLead: [],
    kinshipArticles: [],
    stateLinks: [],
    genitiveLinks: [],
    bodyAdjectives: [],
    nameLinks: [],
    datelineLinks: [],
    stateNouns: ['республик', 'королевств', 'федераци'],
    compassWords: [
      'северная',
      'северный',
      'северной',
      'северную',
      'северного',
      'южная',
      'южный',
      'южной',
      'южную',
      'южного',
      'восточная',
      'восточный',
      'восточной',
      'западная',
      'западный',
      'западной',
      'западную',
      'центральная',
      'центральной',
      // "New Jersey", "Nueva Jersey", "Новая Зеландия": a new place, named after the old
      'новая',
      'новый',
      'новой',
      'новую',
      'нового',
      'новом',
    ],
    cityNouns: ['г', 'город', 'города', 'городе', 'столица', 'столице', 'столицы'],
    waterNouns: [
      'залив',
      'залива',
      'заливе',
      'заливом',
      'заливу',
      'море',
      'моря',
      'морем',
      'морю',
      'озеро',
      'озера',
      'озере',
      'озером',
      'озеру',
      'река',
      'реки',
      'реке',
      'реку',
      'рекой',
      'пролив',
      'пролива',
      'проливе',
      'проливу',
      'канал',
      'канала',
      'канале',
      'каналу',
      'океан',
      'океана',
      'океане',
      'океану',
      'бассейн',
      'бассейна',
      'бассейне',
      'бассейну',
    ],
    waterNounBlockers: [],
    stateNamedInstitutions: [
      'университет',
      'университета',
      'университете',
      'университетом',
      'радио',
      'музей',
      'музея',
      'музее',
      'стадион',
      'стадиона',
      'кубок',
      'кубка',
    ],
    ownStateWords: [],
  },
};
