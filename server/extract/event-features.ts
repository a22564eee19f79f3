/**
 * The features of an event candidate for the learned event scorer (event-scorer.ts): what the rules
 * already know about it (its rule's family, type, modality, why the rules dropped it, where its date
 * came from, how many actors of which kinds, where its sentence stands), never a word of the article
 * other than its trigger's, so that a model trained on the development texts can carry over to others.
 */
import type { ArticleScope, Draft } from './event-draft';
import { quotedSpans } from './event-statements';

/** A bucket for a count: 0, 1, 2, 3-4, 5-8, 9+. */
function bucket(n: number): string {
  return n <= 2 ? String(n) : n <= 4 ? '3-4' : n <= 8 ? '5-8' : '9+';
}

/** The first word of the trigger as folded (lowercase, no accents), at most eight letters. */
function triggerWord(folded: string, d: Draft): string {
  const w = folded.slice(d.start, d.end).trim().split(/\s+/)[0] ?? '';
  return w.slice(0, 8);
}

/** Where the date of a draft came from: none, its own clause, the article's day, or another event. */
function dateSource(a: ArticleScope, d: Draft): string {
  if (!d.date) return 'none';
  if (d.ownDate) return 'own';
  const p = a.input.publicationDay;
  if (p && p.year === d.date.year && p.month === d.date.month && p.day === d.date.day) return 'pub';
  return 'carried';
}

/** How far the event's year is from the publication's: same, last, older, none. */
function age(a: ArticleScope, d: Draft): string {
  const p = a.input.published;
  if (!d.date || !p) return 'unknown';
  const diff = p.year - d.date.year;
  return diff <= 0 ? 'same' : diff === 1 ? 'last' : diff <= 5 ? 'recent' : 'old';
}

/**
 * The features of a candidate. `source` is `kept` for an event the rules keep, else why they dropped it;
 * `events` the events the rules keep in the article.
 */
export function candidateFeatures(a: ArticleScope, d: Draft, source: string, events: Draft[]): string[] {
  const { input } = a;
  const { actors, folded, text } = input;
  const rule = d.rule;
  const type = d.type;
  const kinds = new Set(d.actors.map((id) => actors.get(id)?.kind ?? 'unknown'));
  const n = d.actors.length;
  const sentences = input.sentences.length;
  const si = d.sentence.index;
  const hits = input.triggers.filter((h) => h.sentence === si);
  const quoted = quotedSpans(text, d.sentence.start, d.sentence.end).some(([x, y]) => d.start >= x && d.end <= y);
  const src = dateSource(a, d);
  const sameType = events.filter((e) => e !== d && e.type === type).length;
  const sameDay = events.some(
    (e) =>
      e !== d &&
      e.type === type &&
      !!e.date &&
      !!d.date &&
      e.date.year === d.date.year &&
      e.date.month === d.date.month &&
      e.date.day === d.date.day,
  );
  const flags = (
    [
      'nominal',
      'needsTreaty',
      'amend',
      'needsSanctions',
      'firstPerson',
      'lifecycle',
      'now',
      'heading',
      'stance',
      'speakerAfter',
      'frame',
    ] as const
  ).filter((k) => rule[k]);
  const f = [
    'bias',
    `src:${source}`,
    `type:${type}`,
    `src*type:${source}*${type}`,
    `lang:${input.language}`,
    `lang*type:${input.language}*${type}`,
    `lang*src:${input.language}*${source}`,
    `code:${rule.plover}/${rule.cameo}`,
    `ruletype:${rule.type}>${type}`,
    `word:${input.language}:${triggerWord(folded, d)}`,
    `mod:${d.modality}`,
    `date:${src}`,
    `prec:${d.date?.precision ?? 'none'}`,
    `type*date:${type}*${src}`,
    `age:${age(a, d)}`,
    `type*age:${type}*${age(a, d)}`,
    `actors:${bucket(n)}`,
    `type*actors:${type}*${bucket(n)}`,
    `treaty:${d.treaty ? 1 : 0}`,
    `type*treaty:${type}*${d.treaty ? 1 : 0}`,
    `place:${d.place ? 1 : 0}`,
    `speaker:${d.speaker ? 1 : 0}`,
    `newsday:${d.newsDay ? 1 : 0}`,
    `sent:${bucket(si)}`,
    `sentpos:${sentences > 1 ? Math.min(4, Math.floor((5 * si) / sentences)) : 0}`,
    `headline:${si === 0 ? 1 : 0}`,
    `para:${d.sentence.paragraphStart ? 1 : 0}`,
    `sentlen:${bucket(Math.floor((d.sentence.end - d.sentence.start) / 60))}`,
    `quoted:${quoted ? 1 : 0}`,
    `type*quoted:${type}*${quoted ? 1 : 0}`,
    `hits:${bucket(hits.length)}`,
    `firsthit:${hits[0]?.start === d.start ? 1 : 0}`,
    `stmt-here:${hits.some((h) => h.start !== d.start && h.rule.type === 'statement') ? 1 : 0}`,
    `events:${bucket(events.length)}`,
    `sametype:${bucket(sameType)}`,
    `sameday:${sameDay ? 1 : 0}`,
    `src*sameday:${source}*${sameDay ? 1 : 0}`,
    `published:${input.publicationDay?.day != null ? 1 : 0}`,
  ];
  // the kept event of its type nearest before it, if any: a merged or dropped draft may repeat it or tell another event
  const twin = events
    .filter((e) => e !== d && e.type === type && e.sentence.index <= si)
    .sort((x, y) => y.sentence.index - x.sentence.index)[0];
  if (twin) {
    f.push(
      `twin:dist:${bucket(si - twin.sentence.index)}`,
      `twin:date:${!d.date ? 'none' : !twin.date ? 'undated' : sameDay || twin.date.precision === d.date.precision ? 'same' : 'other'}`,
      `twin:speaker:${!d.speaker || !twin.speaker ? 'none' : d.speaker === twin.speaker ? 'same' : 'other'}`,
      `twin:actors:${d.actors.every((x) => twin.actors.includes(x)) ? 'subset' : d.actors.some((x) => twin.actors.includes(x)) ? 'overlap' : 'apart'}`,
      `src*twin:${source}*${si - twin.sentence.index <= 2 ? 'near' : 'far'}`,
    );
  } else f.push('twin:none', `src*twin:${source}*none`);
  for (const k of ['person', 'country', 'organization']) f.push(`has:${k}:${kinds.has(k as never) ? 1 : 0}`);
  for (const k of flags) f.push(`flag:${k}`, `flag*src:${k}*${source}`);
  return f;
}
