// Time spent per regex source during extraction of the bench's composed articles (run from a worktree root).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LANGUAGES } from './server/domain/extraction';
import { extractArticle } from './server/extract/extract-article';
import { createGazetteer } from './server/extract/gazetteer';
import { loadGazetteerData } from './seed/gazetteer';
import { createSeededRandom } from './test/support/seeded-random';
const root = resolve('.');
function textFiles(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(textFiles(p));
    else if (name.endsWith('.txt')) out.push(p);
  }
  return out;
}
const by = new Map<string, string[]>();
for (const dir of ['test/fixtures/articles', 'seed/datasets']) {
  for (const file of textFiles(join(root, dir))) {
    const lines = readFileSync(file, 'utf8').split(/\r?\n/);
    const lang = (lines[1] ?? '').trim();
    if (!(LANGUAGES as readonly string[]).includes(lang)) continue;
    const list = by.get(lang) ?? [];
    for (const s of lines.slice(3).join('\n').split(/(?<=[.!?])\s+|\n+/)) if (s.split(/\s+/).length >= 5) list.push(s.trim());
    by.set(lang, list);
  }
}
const langs = [...by.keys()].sort();
const random = createSeededRandom(20240619);
const arts: string[] = [];
for (let i = 0; i < 800; i++) {
  const pool = by.get(langs[i % langs.length]!)!;
  const parts: string[] = [];
  let words = 0;
  while (words < 400) { const s = pool[Math.floor(random() * pool.length)]!; parts.push(s); words += s.split(/\s+/).length; }
  arts.push(parts.join(random() < 0.3 ? '\n\n' : ' '));
}
const gazetteer = createGazetteer(loadGazetteerData());
for (const a of arts.slice(0, 200)) extractArticle(a, { gazetteer });
import { datePatterns } from './server/extract/resolve-dates';
import { LEXICONS } from './server/extract/lexicons/index';
import { foldText } from './server/extract/fold-text';
import { detectLanguage } from './server/extract/detect-language';
import { wordStartMatches, anchoredMatches } from './server/extract/word-start-matches';
const byLang = new Map<string, string[]>();
for (const a of arts) { const f = foldText(a); const l = detectLanguage(a, f).language; if (!l) continue; (byLang.get(l) ?? byLang.set(l, []).get(l)!).push(f); }
const rows: [number, string][] = [];
for (const [l, texts] of byLang) {
  const lex = LEXICONS[l]!;
  for (const p of datePatterns(lex)) {
    if (p.gate && !/^\d/.test(p.gate[0]!.literal) && !p.gate.some((g) => /^\d/.test(g.literal))) continue; // gated sticky
    const re = new RegExp(p.source, 'gu');
    const sticky = new RegExp(p.source, 'uy');
    for (const t of texts.slice(0, 5)) { if (p.reach !== null && p.required) anchoredMatches(sticky, t, p.required, p.reach); else wordStartMatches(re, t); }
    const t0 = process.hrtime.bigint(); let n = 0;
    for (const t of texts) { if (p.required && !t.includes(p.required)) continue; n += (p.reach !== null && p.required ? anchoredMatches(sticky, t, p.required, p.reach) : wordStartMatches(re, t)).length; }
    rows.push([Number(process.hrtime.bigint() - t0) / 1e6, `${l} ${p.gate ? 'G' : '-'} ${p.required ?? '-'} ${p.reach ?? '-'} n=${n} ${p.source.slice(0, 90)}`]);
  }
}
rows.sort((a, b) => b[0] - a[0]);
console.log('total', rows.reduce((x, r) => x + r[0], 0).toFixed(0), 'ms');
for (const [t, s] of rows.slice(0, 25)) console.log(t.toFixed(1), s);
