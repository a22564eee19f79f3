import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The shape of every text and gold of the real-text corpus (test/corpus/COLLECTING.md): a batch added with a
 * malformed gold, a type outside the ten, a date the scorer cannot read or a `replaces` naming no treaty of the list
 * fails here, before it can skew a score.
 */
const corpus = resolve(__dirname, '../../corpus');
const LANGUAGES = ['en', 'es', 'fr', 'id', 'ru'];
const TYPES = new Set([
  'treaty_signing',
  'meeting',
  'statement',
  'sanction',
  'military_action',
  'protest',
  'election',
  'accession',
  'withdrawal',
  'other',
]);
const KINDS = new Set(['country', 'person', 'organization']);
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const KEYS = ['language', 'published', 'source', 'url', 'title', 'licence', 'attribution', 'split'];
const TAIL = ['events', 'actors', 'treaties', 'notes'];

interface Gold {
  language: string;
  published: string | null;
  split: string;
  batch?: string;
  events: { type: string; date: string | null; alt_dates?: string[]; actors: string[] }[];
  actors: { name: string; kind: string; aliases_in_text?: string[] }[];
  treaties: { name: string; signed?: string | null; replaces?: string[]; replaces_optional?: string[] }[];
}

const splits = ['dev', 'blind'].filter((s) => existsSync(join(corpus, s)));
const files = splits.flatMap((split) =>
  readdirSync(join(corpus, split))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ split, stem: f.replace(/\.txt$/, '') })),
);

/** What is wrong with one text and its gold, as readable lines ([] when nothing). */
function problems(split: string, stem: string): string[] {
  const out: string[] = [];
  const name = /^(\d+)-([a-z]{2})-[a-z0-9-]+$/.exec(stem);
  if (!name) return [`${stem}: the name is not NN-<lang>-<slug>`];
  const lang = name[2]!;
  if (!LANGUAGES.includes(lang)) out.push(`${stem}: language ${lang} is not one of ${LANGUAGES.join(', ')}`);
  const lines = readFileSync(join(corpus, split, `${stem}.txt`), 'utf8').split(/\r?\n/);
  if (!/^https?:\/\//.test(lines[0] ?? '')) out.push(`${stem}: line 1 is not the source URL`);
  if ((lines[1] ?? '').trim() !== lang) out.push(`${stem}: line 2 is not "${lang}"`);
  if ((lines[2] ?? '').trim() !== '') out.push(`${stem}: line 3 is not blank`);
  const goldPath = join(corpus, split, `${stem}.gold.json`);
  if (!existsSync(goldPath)) return [...out, `${stem}: no gold`];
  const raw = JSON.parse(readFileSync(goldPath, 'utf8')) as Record<string, unknown>;
  const keys = Object.keys(raw);
  const expected = [...KEYS, ...(keys.includes('batch') ? ['batch'] : []), ...TAIL];
  if (keys.join() !== expected.join()) out.push(`${stem}: keys ${keys.join(', ')}; expected ${expected.join(', ')}`);
  const gold = raw as unknown as Gold;
  if (gold.language !== lang) out.push(`${stem}: gold language ${gold.language}`);
  if (gold.split !== split) out.push(`${stem}: gold split ${gold.split} in ${split}/`);
  if (gold.published !== null && !DATE.test(gold.published)) out.push(`${stem}: published ${gold.published}`);
  const actors = new Set(gold.actors.map((a) => a.name));
  const treaties = new Set(gold.treaties.map((t) => t.name));
  for (const a of gold.actors) if (!KINDS.has(a.kind)) out.push(`${stem}: actor ${a.name} of kind ${a.kind}`);
  for (const e of gold.events) {
    if (!TYPES.has(e.type)) out.push(`${stem}: event type ${e.type}`);
    for (const d of [e.date, ...(e.alt_dates ?? [])])
      if (d !== null && !DATE.test(d)) out.push(`${stem}: event date ${d}`);
    for (const a of e.actors) if (!actors.has(a)) out.push(`${stem}: event actor ${a} is not in actors`);
  }
  for (const t of gold.treaties) {
    if (t.signed != null && !DATE.test(t.signed)) out.push(`${stem}: treaty ${t.name} signed ${t.signed}`);
    for (const r of [...(t.replaces ?? []), ...(t.replaces_optional ?? [])])
      if (!treaties.has(r)) out.push(`${stem}: ${t.name} replaces ${r}, which is not in treaties`);
  }
  return out;
}

describe('test/corpus texts and golds (test/corpus/COLLECTING.md)', () => {
  it('test/corpus holds at least the 731 texts of round 19', () => {
    expect(files.length).toBeGreaterThanOrEqual(731);
  });
  it('every text has its header and every gold its keys, types, dates, event actors and replaced treaties', () => {
    expect(files.flatMap((f) => problems(f.split, f.stem))).toEqual([]);
  });
  it('no number is used twice in a language', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const { stem } of files) {
      const key = stem.split('-').slice(0, 2).join('-');
      if (seen.has(key)) twice.push(`${seen.get(key)} and ${stem}`);
      seen.set(key, stem);
    }
    expect(twice).toEqual([]);
  });
});
