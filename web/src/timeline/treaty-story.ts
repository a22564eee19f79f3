import type { TreatyDetail, TreatyLink } from '../api/types';
import { labelOfType } from './colors';
import { parsePartialInterval } from './partial-time';

/**
 * A treaty's story for the panel, as plain data: its lifecycle as dated steps (signing, each
 * party's ratification, entry into force, suspension, withdrawal, end, replacement) and its
 * lineage as steps between treaties, each with its basis and what states it.
 */
export interface LifecycleStep {
  /** Partial date as text ("2024-06-19"). */
  readonly date: string;
  /** Its first day, for placing it on the mini timeline. */
  readonly time: number;
  readonly label: string;
  /** Who took that step (a party's ratification), when known. */
  readonly who: string | null;
  /** The event behind it, when there is one. */
  readonly eventId: string | null;
  readonly kind: string;
}

const PARTY_STEPS = new Set(['RATIFICATION', 'ACCESSION', 'WITHDRAWAL']);

/** The lifecycle, oldest first; the treaty's own dates fill in steps no event records. */
export function lifecycleSteps(t: TreatyDetail): LifecycleStep[] {
  const steps: LifecycleStep[] = [];
  const has = (type: string) => t.events.some((e) => e.type === type && e.modality === 'ASSERTED');
  for (const e of t.events) {
    const d = e.date ? parsePartialInterval(e.date) : null;
    if (!d || !e.date) continue;
    // A party's step names the party (Russia), not every participant (its president, its parliament).
    const partyIds = new Set(t.parties.map((p) => p.actor.id));
    const named = e.participants.filter((p) => partyIds.has(p.actor.id));
    const parties = (named.length ? named : e.participants).map((p) => p.actor.name);
    steps.push({
      date: e.date,
      time: d.start,
      label: `${labelOfType(e.type)}${e.modality !== 'ASSERTED' ? ` (${e.modality.toLowerCase()})` : ''}`,
      who: PARTY_STEPS.has(e.type) && parties.length ? [...new Set(parties)].join(', ') : null,
      eventId: e.id,
      kind: e.type,
    });
  }
  const own = (date: string | null, label: string, kind: string, unless: string | null) => {
    const d = date ? parsePartialInterval(date) : null;
    if (d && date && (unless === null || !has(unless)))
      steps.push({ date, time: d.start, label, who: null, eventId: null, kind });
  };
  own(t.signedOn, 'Signed', 'TREATY_SIGNING', 'TREATY_SIGNING');
  own(t.inForceFrom, 'Entered into force', 'ENTRY_INTO_FORCE', 'ENTRY_INTO_FORCE');
  for (const r of t.replacedBy)
    own(r.effectiveOn, `Replaced by ${r.treaty.name} (${r.basis.toLowerCase()})`, 'REPLACED', null);
  if (!t.replacedBy.some((r) => r.effectiveOn === t.endedOn)) own(t.endedOn, 'Ended', 'ENDED', null);
  return steps.sort((a, b) => a.time - b.time || a.label.localeCompare(b.label));
}

/** A number label under the mini timeline: the steps (1-based) whose dots it stands for. */
export interface StepLabel {
  readonly x: number;
  readonly text: string;
}

/**
 * Labels for the dots at `xs` (sorted): steps whose dots lie closer than `minGap` to the previous
 * one share one label, centred under the run ("1–2" for a signing and an entry into force on the
 * same day), so that no two numbers are drawn on top of each other.
 */
export function stepLabels(xs: readonly number[], minGap: number): StepLabel[] {
  const runs: number[][] = [];
  xs.forEach((x, i) => {
    const run = runs[runs.length - 1];
    if (run && x - xs[run[run.length - 1]!]! < minGap) run.push(i);
    else runs.push([i]);
  });
  return runs.map((run) => {
    const first = run[0]!;
    const last = run[run.length - 1]!;
    return {
      x: (xs[first]! + xs[last]!) / 2,
      text: first === last ? String(first + 1) : `${first + 1}${last === first + 1 ? ',' : '–'}${last + 1}`,
    };
  });
}

export interface LineageStep {
  readonly from: { readonly id: string; readonly name: string };
  readonly to: { readonly id: string; readonly name: string };
  readonly basis: string;
  readonly effectiveOn: string | null;
  /** The sentences that state it, one per article, with the article. */
  readonly quotes: readonly {
    readonly quote: string;
    readonly title: string;
    readonly url: string | null;
    readonly language: string | null;
  }[];
  /** Articles that state it but where no sentence naming either treaty was kept. */
  readonly articles: readonly { readonly title: string; readonly url: string | null }[];
  /** Reference works (the seed gazetteer) that state it. */
  readonly references: readonly { readonly title: string; readonly path: string | null }[];
}

/** The sentence of `text` around [start, end): from after the previous ". " (or line break) to the next. */
export function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !(/[.!?]/.test(text[a - 1]!) && /\s/.test(text[a] ?? ' ')) && text[a - 1] !== '\n') a--;
  let b = end;
  while (b < text.length && !(/[.!?]/.test(text[b]!) && /\s|$/.test(text[b + 1] ?? '')) && text[b] !== '\n') b++;
  return text.slice(a, Math.min(text.length, b + 1)).trim();
}

/**
 * The sentence of an article that states a step: one that names both treaties, else one that
 * names the older treaty (an article about the newer one names the older where it says what
 * happens to it), else one naming the newer.
 */
function quoteFor(article: TreatyLink['sources'][number], olderId: string, newerId: string): string | null {
  const text = article.text ?? '';
  const sentences = (id: string) =>
    article.mentions
      .filter((m) => m.treaty?.id === id)
      .map((m) => (text.slice(m.start, m.end) === m.quote ? sentenceAround(text, m.start, m.end) : m.quote));
  const older = sentences(olderId);
  const newer = new Set(sentences(newerId));
  return older.find((q) => newer.has(q)) ?? older[0] ?? [...newer][0] ?? null;
}

/** Every replacement step that touches the treaty, oldest first, with what states each one. */
export function lineageSteps(t: TreatyDetail): LineageStep[] {
  const self = { id: t.id, name: t.name };
  const step = (l: TreatyLink, from: { id: string; name: string }, to: { id: string; name: string }): LineageStep => {
    const quotes: LineageStep['quotes'][number][] = [];
    const articles: LineageStep['articles'][number][] = [];
    for (const a of l.sources) {
      const q = quoteFor(a, from.id, to.id);
      if (q) quotes.push({ quote: q, title: a.title, url: a.url, language: a.language });
      else articles.push({ title: a.title, url: a.url });
    }
    return {
      from,
      to,
      basis: l.basis,
      effectiveOn: l.effectiveOn,
      quotes,
      articles,
      references: l.references.map((r) => ({ title: r.title, path: r.path })),
    };
  };
  const start = (id: string) => {
    const m = t.lineage.find((x) => x.id === id);
    const d = m ? (m.signedOn ?? m.inForceFrom) : null;
    return d ? (parsePartialInterval(d)?.start ?? 0) : 0;
  };
  // Every step of the lineage, both directions from this treaty: the lineage lists each treaty
  // with the treaties that replaced it.
  const members = new Map(t.lineage.map((m) => [m.id, { id: m.id, name: m.name }]));
  members.set(t.id, self);
  const steps: LineageStep[] = [];
  const seen = new Set<string>();
  const add = (l: TreatyLink, from: { id: string; name: string }, to: { id: string; name: string }) => {
    const key = `${from.id}>${to.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    steps.push(step(l, from, to));
  };
  for (const l of t.replaces) add(l, { id: l.treaty.id, name: l.treaty.name }, self);
  for (const l of t.replacedBy) add(l, self, { id: l.treaty.id, name: l.treaty.name });
  for (const m of t.lineage)
    for (const l of m.replacedBy) {
      const to = members.get(l.treaty.id);
      if (to) add(l, { id: m.id, name: m.name }, to);
    }
  return steps.sort((a, b) => start(a.to.id) - start(b.to.id) || start(a.from.id) - start(b.from.id));
}
