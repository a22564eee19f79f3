import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTextArticle } from '../../../server/ingest/formats/text-article';
import { DATASETS_DIR, TEAM_WRITTEN_DIR } from '../../../server/ingest/seed-datasets';
import { toIsoDay } from '../../../server/ingest/validate-article';

/**
 * Every seed article says where it comes from: its URL, its publication date, its publisher and
 * the licence under which it may be here (and the attribution the licence asks for). Real
 * articles live at their real addresses under a licence that allows redistribution; the
 * team-written ones say they are the team's.
 */
function articlesIn(root: string): { dataset: string; path: string }[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(root, d.name))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => ({ dataset: d.name, path: join(root, d.name, f) })),
    );
}

const REAL = articlesIn(DATASETS_DIR);
const TEAM = articlesIn(TEAM_WRITTEN_DIR);

/** The licences the real datasets may use (see seed/datasets/README.md): each allows redistribution with attribution. */
const REDISTRIBUTABLE = [
  /^Public domain \(/,
  /^CC BY(-SA)? \d\.\d/,
  /^Open Government Licence v3\.0/,
  /^Licence Ouverte \/ Etalab 2\.0/,
  /^Términos de Libre Uso MX/,
  /^Indonesian government publication \(UU 28\/2014 Pasal 43 huruf b\)/,
  /^Reuse authorised with attribution/,
  /^© European Union; reuse authorised/,
];

function parse(path: string) {
  const parsed = parseTextArticle(readFileSync(path, 'utf8').split('\n'));
  if (!parsed.ok) throw new Error(`${path}: ${parsed.reason}`);
  return parsed;
}

describe('seed article front matter', () => {
  it('the real datasets and the team-written ones are both there', () => {
    expect(REAL.length).toBeGreaterThan(20);
    expect(TEAM.length).toBe(68);
    expect(new Set(REAL.map((a) => a.dataset))).toEqual(new Set(TEAM.map((a) => a.dataset)));
  });

  it.each([...REAL, ...TEAM].map((a) => [basename(a.path), a] as const))(
    '%s has a URL, a date, a publisher, a licence and an attribution, and no unknown key',
    (name, { path }) => {
      const { fields, warnings } = parse(path);
      expect(warnings).toEqual([]);
      expect(fields.url).toMatch(/^https?:\/\/\S+$/);
      expect(fields.publishedAt && toIsoDay(fields.publishedAt)).toBe(fields.publishedAt);
      expect(fields.source?.trim()).toBeTruthy();
      expect(fields.publisher?.trim()).toBeTruthy();
      expect(fields.licence?.trim()).toBeTruthy();
      expect(fields.attribution?.trim()).toBeTruthy();
      expect(name).toMatch(/^\d{2}-(en|id|ru|es)-[a-z0-9-]+\.txt$/);
      expect(fields.language).toBe(name.slice(3, 5));
    },
  );

  it('real articles live at real addresses under a licence that allows redistribution, and their README lists them', () => {
    for (const { dataset, path } of REAL) {
      const { fields } = parse(path);
      expect(fields.url, path).not.toMatch(/pactline\.example/);
      expect(
        REDISTRIBUTABLE.some((re) => re.test(fields.licence ?? '')),
        `${path}: ${fields.licence}`,
      ).toBe(true);
      const readme = readFileSync(join(DATASETS_DIR, dataset, 'README.md'), 'utf8');
      expect(readme, `${dataset}/README.md lists ${basename(path)}`).toContain(basename(path));
      expect(readme).toContain(fields.url as string);
    }
  });

  it('team-written articles say so: their own domain, the team as publisher', () => {
    for (const { path } of TEAM) {
      const { fields } = parse(path);
      expect(fields.url, path).toMatch(/^https:\/\/pactline\.example\//);
      expect(fields.publisher).toMatch(/^Pactline team/);
    }
  });
});
