import { plane } from './bmp-patterns';
/** Ids from names: ASCII, lowercase, hyphens; Cyrillic is transliterated. */
const CYR: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** A stable slug for an id: "Vladimir Putin" → "vladimir-putin", "Ицхака Рабина" → "itskhaka-rabina". */
export function toSlug(s: string): string {
  const lower = s.toLowerCase();
  let out = '';
  for (const c of lower) out += CYR[c] ?? c;
  return (
    out
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'unnamed'
  );
}

const COMPILED_RULES = new WeakMap<readonly [string, string][], [RegExp, string][]>();

const WORD_INITIAL = plane(/(^|[\s-])(\p{L})/gu);
/**
 * A Cyrillic name in a language's own transcription: its ordered replacement rules on the lowercase
 * name, then the letters left as in ids, each word capitalized ("Сергей Лавров" → "Sergueï Lavrov").
 */
export function transcribeCyrillic(name: string, rules: readonly [string, string][]): string {
  let compiled = COMPILED_RULES.get(rules);
  if (!compiled) {
    compiled = rules.map(([p, r]) => [plane(new RegExp(p, 'gu')), r]);
    COMPILED_RULES.set(rules, compiled);
  }
  let out = name.toLowerCase();
  for (const [re, r] of compiled) out = out.replace(re, r);
  let latin = '';
  for (const c of out) latin += CYR[c] ?? c;
  return latin.replace(WORD_INITIAL, (_, before: string, c: string) => before + c.toUpperCase());
}
