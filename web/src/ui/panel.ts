import type { EventDetail, GdeltDetail, SourceDetail, TreatyDetail, TreatyLink } from '../api/types';
import { colorOf, labelOfType } from '../timeline/colors';
import {
  lifecycleSteps,
  lineageSteps,
  stepLabels,
  type LifecycleStep,
  type LineageStep,
} from '../timeline/treaty-story';
import { describePartial, parsePartialInterval } from '../timeline/partial-time';
import { absoluteHref, element, safeHref } from './element';
import { quoteContext } from './quote-context';

/**
 * The side panel: an event (participants, place, treaty, every source sentence with its article,
 * conflicting date claims side by side, GDELT's own row for an imported GDELT event) or a treaty
 * (lifecycle and lineage). Text only.
 */
export interface PanelHandlers {
  close(): void;
  openEvent(id: string): void;
  openTreaty(id: string): void;
  showTreaty(t: TreatyDetail): void;
}

const lower = (s: string) => s.toLowerCase().replace(/_/g, ' ');
const date = (d: string | null) => (d ? describePartial(d) : 'unknown');

/** Dates claimed for one fact, side by side: each date with the quotes (and their articles) that state it. */
function claimCards(
  conflicts: readonly {
    date: string | null;
    sources: readonly { quote: string; article: { title: string; language?: string | null } }[];
  }[],
): HTMLDivElement {
  return element(
    'div',
    { className: 'claims' },
    ...conflicts.map((c) =>
      element(
        'div',
        { className: 'claim' },
        element('h4', {}, date(c.date)),
        element(
          'ul',
          {},
          ...c.sources.map((src) =>
            element(
              'li',
              {},
              element('q', { lang: src.article.language ?? undefined }, src.quote),
              element('div', { className: 'muted' }, src.article.title),
            ),
          ),
        ),
      ),
    ),
  );
}
const PRECISION_NAME: Record<string, string> = { YEAR: 'year', MONTH: 'month', DAY: 'day' };
const QUAD_CLASS_NAME: Record<number, string> = {
  1: 'verbal cooperation',
  2: 'material cooperation',
  3: 'verbal conflict',
  4: 'material conflict',
};
const signed = (n: number, digits: number) => `${n > 0 ? '+' : ''}${n.toFixed(digits)}`;

export function createPanel(root: HTMLElement, h: PanelHandlers) {
  root.classList.add('panel');
  root.setAttribute('role', 'region');
  root.setAttribute('aria-label', 'Details');
  root.hidden = true;

  function frame(title: string, ...body: (Node | null)[]): void {
    const close = element(
      'button',
      { className: 'close', type: 'button', 'aria-label': 'Close details', onclick: () => h.close() },
      '×',
    );
    const heading = element('h2', { id: 'panel-title', tabindex: -1 }, title);
    root.replaceChildren(element('header', {}, heading, close), ...body.filter((b): b is Node => b !== null));
    root.hidden = false;
    heading.focus({ preventScroll: true });
  }

  function field(label: string, ...value: (Node | string)[]): HTMLElement {
    return element('div', { className: 'field' }, element('dt', {}, label), element('dd', {}, ...value));
  }

  function loading(what: string): void {
    frame(what, element('p', { className: 'muted', role: 'status' }, 'Loading…'));
  }

  function error(message: string): void {
    frame('Could not load details', element('p', { className: 'error', role: 'alert' }, message));
  }

  function source(s: SourceDetail): HTMLElement {
    const parts = quoteContext(s.article.text ?? '', s.quote, s.start, s.end);
    const href = safeHref(s.article.url);
    const title = href
      ? element(
          'a',
          { href, target: '_blank', rel: 'noopener noreferrer' },
          s.article.title || s.article.url || 'article',
        )
      : element('span', {}, s.article.title || 'article');
    const lang = s.article.language ?? undefined;
    return element(
      'li',
      { className: 'source' },
      element('blockquote', { lang }, parts.before, element('mark', {}, parts.quote), parts.after),
      element(
        'div',
        { className: 'source-meta' },
        title,
        element('span', { className: 'badge', title: 'language' }, (s.article.language ?? '?').toUpperCase()),
        s.article.source ? element('span', { className: 'muted' }, s.article.source) : null,
        s.article.publishedAt
          ? element('span', { className: 'muted' }, `published ${date(s.article.publishedAt)}`)
          : null,
        s.claimedDate ? element('span', { className: 'claimed' }, `claims ${date(s.claimedDate)}`) : null,
      ),
    );
  }

  /** Where a GDELT event comes from and what GDELT scored it; the source is a link only when it is an absolute http(s) URL. */
  function gdelt(g: GdeltDetail): HTMLElement {
    const href = absoluteHref(g.sourceUrl);
    const story = href
      ? element('a', { href, target: '_blank', rel: 'noopener noreferrer' }, g.sourceUrl ?? href)
      : element('span', {}, g.sourceUrl ?? 'not given');
    const none = '–';
    return element(
      'section',
      { className: 'gdelt', 'aria-label': 'GDELT record' },
      element('h3', {}, `GDELT event ${g.globalEventId}`),
      element(
        'p',
        { className: 'muted' },
        'Imported from a GDELT 2.0 events export, not extracted from an article here.',
      ),
      element(
        'dl',
        {},
        field('Source', story),
        field(
          'Goldstein scale',
          g.goldsteinScale === null ? none : signed(g.goldsteinScale, 1),
          element('span', { className: 'muted' }, ' (-10 to +10)'),
        ),
        field(
          'Tone',
          g.avgTone === null ? none : signed(g.avgTone, 2),
          element('span', { className: 'muted' }, ' (average, -100 to +100)'),
        ),
        field('Mentions', g.numMentions === null ? none : String(g.numMentions)),
        field(
          'QuadClass',
          g.quadClass === null ? none : `${g.quadClass} · ${QUAD_CLASS_NAME[g.quadClass] ?? 'unknown'}`,
        ),
      ),
    );
  }

  function showEvent(e: EventDetail): void {
    const swatch = element('span', { className: 'swatch' });
    swatch.style.background = colorOf(e.type);
    const precision = e.datePrecision ? (PRECISION_NAME[e.datePrecision] ?? lower(e.datePrecision)) : 'unknown';
    const conflicts =
      e.conflicts.length > 1
        ? element(
            'section',
            { className: 'conflicts', 'aria-label': 'Conflicting claims' },
            element('h3', {}, `Sources disagree on the date (${e.conflicts.length} claims)`),
            claimCards(e.conflicts),
          )
        : null;
    frame(
      labelOfType(e.type),
      element(
        'p',
        { className: 'kind' },
        swatch,
        labelOfType(e.type),
        e.modality !== 'ASSERTED'
          ? element('span', { className: `badge modality-${e.modality.toLowerCase()}` }, lower(e.modality))
          : null,
      ),
      e.summary ? element('p', { className: 'summary' }, e.summary) : null,
      element(
        'dl',
        {},
        field(
          'Date',
          `${date(e.date)}${e.endDate ? ` – ${date(e.endDate)}` : ''}`,
          element('span', { className: 'muted' }, ` (${precision} precision)`),
        ),
        field('Place', e.place ? e.place.name : 'unknown'),
        field(
          'Participants',
          e.participants.length
            ? element(
                'ul',
                { className: 'participants' },
                ...e.participants.map((p) =>
                  element('li', {}, p.actor.name, element('span', { className: 'role' }, lower(p.role))),
                ),
              )
            : 'none recorded',
        ),
        e.treaty
          ? field(
              'Treaty',
              element(
                'button',
                { type: 'button', className: 'link', onclick: () => e.treaty && h.openTreaty(e.treaty.id) },
                e.treaty.name,
              ),
            )
          : null,
        field(
          'Codes',
          `PLOVER ${e.plover ?? '–'} · CAMEO ${e.cameo ?? '–'} · confidence ${e.confidence === null ? '–' : e.confidence.toFixed(2)}`,
        ),
      ),
      e.gdelt ? gdelt(e.gdelt) : null,
      conflicts,
      element(
        'section',
        { className: 'sources', 'aria-label': 'Sources' },
        element('h3', {}, `Sources (${e.sources.length})`),
        element('ol', {}, ...e.sources.map(source)),
      ),
    );
  }

  function link(l: TreatyLink, verb: string): HTMLElement {
    return element(
      'li',
      {},
      `${verb} `,
      element('button', { type: 'button', className: 'link', onclick: () => h.openTreaty(l.treaty.id) }, l.treaty.name),
      element(
        'span',
        { className: 'muted' },
        ` (${lower(l.basis)}${l.effectiveOn ? `, effective ${date(l.effectiveOn)}` : ''})`,
      ),
      ...l.sources.slice(0, 3).map((s) => {
        const href = safeHref(s.url);
        return element(
          'span',
          { className: 'muted' },
          ' · ',
          href ? element('a', { href, target: '_blank', rel: 'noopener noreferrer' }, s.title) : s.title,
        );
      }),
      ...l.references.map((r) => element('span', { className: 'muted reference', title: r.path }, ' · ', r.title)),
    );
  }

  const SVG = 'http://www.w3.org/2000/svg';
  function svgEl(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** The lifecycle as a small timeline: the span (hatched until entry into force) and a dot per step. */
  function miniTimeline(t: TreatyDetail, steps: readonly LifecycleStep[]): SVGElement | null {
    const times = steps.map((x) => x.time);
    if (!times.length) return null;
    const W = 320;
    const H = 34;
    const lo = Math.min(...times);
    const hi = Math.max(...times, lo + 86_400_000 * 30);
    const pad = (hi - lo) * 0.06;
    const x = (v: number) => 8 + ((v - lo + pad) / (hi - lo + 2 * pad)) * (W - 16);
    const at = (d: string | null) => (d ? (parsePartialInterval(d)?.start ?? null) : null);
    const signed = at(t.signedOn) ?? at(t.inForceFrom);
    const inForce = at(t.inForceFrom);
    const ended = at(t.endedOn);
    const svg = svgEl('svg', { class: 'mini-timeline', width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: 'img' });
    svg.setAttribute('aria-label', `Lifecycle of ${t.name}`);
    const defs = svgEl('defs', {});
    const pat = svgEl('pattern', {
      id: 'mini-hatch',
      width: 4,
      height: 4,
      patternUnits: 'userSpaceOnUse',
      patternTransform: 'rotate(45)',
    });
    pat.append(
      svgEl('rect', { width: 4, height: 4, fill: '#fff' }),
      svgEl('line', { x1: 0, y1: 0, x2: 0, y2: 4, stroke: '#34495e', 'stroke-width': 2 }),
    );
    defs.append(pat);
    svg.append(defs, svgEl('line', { x1: 4, x2: W - 4, y1: 14, y2: 14, stroke: '#d9dee7' }));
    if (signed !== null) {
      const end = ended ?? hi + pad;
      if (inForce !== null && inForce > signed)
        svg.append(
          svgEl('rect', {
            x: x(signed),
            y: 10,
            width: Math.max(1, x(inForce) - x(signed)),
            height: 8,
            fill: 'url(#mini-hatch)',
            stroke: '#34495e',
          }),
        );
      const from = inForce !== null && inForce > signed ? inForce : signed;
      svg.append(
        svgEl('rect', {
          x: x(from),
          y: 10,
          width: Math.max(1, Math.min(W - 4, x(end)) - x(from)),
          height: 8,
          fill: '#34495e',
          'fill-opacity': ended === null ? 0.55 : 1,
        }),
      );
    }
    steps.forEach((st) => {
      const dot = svgEl('circle', {
        cx: x(st.time),
        cy: 14,
        r: 4.5,
        fill: colorOf(st.kind),
        stroke: '#fff',
        'stroke-width': 1.5,
      });
      dot.append(svgEl('title', {}, `${date(st.date)}: ${st.label}${st.who ? ` (${st.who})` : ''}`));
      svg.append(dot);
    });
    // Step numbers under the dots tie them to the list below; steps drawn on one spot share a label.
    for (const label of stepLabels(
      steps.map((st) => x(st.time)),
      14,
    ))
      svg.append(
        svgEl(
          'text',
          { x: label.x, y: 30, 'text-anchor': 'middle', 'font-size': 9, fill: '#4b5563', class: 'step-number' },
          label.text,
        ),
      );
    return svg;
  }

  function stepQuote(q: LineageStep['quotes'][number]): HTMLElement {
    return element(
      'blockquote',
      { className: 'step-quote', lang: q.language ?? undefined },
      q.quote,
      element('div', { className: 'muted' }, '— ', q.title),
    );
  }

  function lineageStep(st: LineageStep, current: string): HTMLElement {
    const other = st.to.id === current ? st.from : st.to;
    const verb = st.to.id === current ? 'Replaces' : st.from.id === current ? 'Replaced by' : `${st.to.name} replaces`;
    return element(
      'div',
      { className: 'lineage-step' },
      element(
        'div',
        { className: 'step-head' },
        element('span', { className: 'arrow', 'aria-hidden': 'true' }, '↳ '),
        `${verb} `,
        element('button', { type: 'button', className: 'link', onclick: () => h.openTreaty(other.id) }, other.name),
        element(
          'span',
          { className: 'basis' },
          ` ${lower(st.basis)}${st.effectiveOn ? ` · effective ${date(st.effectiveOn)}` : ''}`,
        ),
      ),
      ...st.quotes.slice(0, 2).map(stepQuote),
      st.quotes.length > 2
        ? element(
            'details',
            {},
            element('summary', {}, `${st.quotes.length - 2} more sentence${st.quotes.length > 3 ? 's' : ''}`),
            ...st.quotes.slice(2).map(stepQuote),
          )
        : null,
      ...st.articles.map((a) => element('div', { className: 'muted' }, 'Stated by ', a.title)),
      st.quotes.length === 0 && st.articles.length === 0 && st.references.length
        ? element(
            'div',
            { className: 'muted reference' },
            'No article states this step; the reference: ',
            st.references.map((r) => `${r.title}${r.path ? ` (${r.path})` : ''}`).join(', '),
          )
        : null,
    );
  }

  /** Other names, once each whatever their case, the name itself left out; at most four. */
  function aliasLine(t: TreatyDetail): HTMLElement | null {
    const seen = new Set([t.name.toLowerCase()]);
    const other = t.aliases.filter((a) => !seen.has(a.toLowerCase()) && seen.add(a.toLowerCase()));
    return other.length
      ? element('p', { className: 'muted' }, `Also: ${other.slice(0, 4).join(' · ')}${other.length > 4 ? ' …' : ''}`)
      : null;
  }

  function showTreaty(t: TreatyDetail): void {
    const steps = lifecycleSteps(t);
    const lineage = lineageSteps(t);
    const conflicting = t.events.filter((e) => e.conflicts.length > 1);
    frame(
      t.name,
      element(
        'p',
        { className: 'kind' },
        element('span', { className: `badge status-${t.status.toLowerCase()}` }, lower(t.status)),
        t.kind ? ` ${t.kind}` : '',
      ),
      aliasLine(t),
      t.unnamed
        ? element(
            'p',
            { className: 'muted unnamed' },
            'No text names this treaty: its name is made up from its kind, parties, year or description.',
          )
        : null,
      element(
        'dl',
        {},
        field('Signed', date(t.signedOn)),
        field('In force', date(t.inForceFrom)),
        field('Ended', t.endedOn ? date(t.endedOn) : '—'),
        field(
          'Parties',
          t.parties.length
            ? element(
                'ul',
                { className: 'parties' },
                ...t.parties.map((p) =>
                  element(
                    'li',
                    {},
                    p.actor.name,
                    p.since || p.until
                      ? element(
                          'span',
                          { className: 'muted' },
                          ` ${p.since ? `since ${date(p.since)}` : ''}${p.until ? ` until ${date(p.until)}` : ''}`,
                        )
                      : null,
                  ),
                ),
              )
            : 'none recorded',
        ),
      ),
      element('button', { type: 'button', className: 'action', onclick: () => h.showTreaty(t) }, 'Show on timeline'),
      element(
        'section',
        { className: 'lifecycle', 'aria-label': 'Lifecycle' },
        element('h3', {}, 'Lifecycle'),
        miniTimeline(t, steps),
        steps.length
          ? element(
              'ol',
              { className: 'lifecycle-steps' },
              ...steps.map((st) =>
                element(
                  'li',
                  { className: `step kind-${st.kind.toLowerCase()}` },
                  element('span', { className: 'date' }, date(st.date)),
                  ' ',
                  st.eventId
                    ? element(
                        'button',
                        { type: 'button', className: 'link', onclick: () => st.eventId && h.openEvent(st.eventId) },
                        st.label,
                      )
                    : element('span', {}, st.label),
                  st.who ? element('span', { className: 'muted' }, ` · ${st.who}`) : null,
                ),
              ),
            )
          : element('p', { className: 'muted' }, 'No lifecycle events recorded.'),
      ),
      element(
        'section',
        { className: 'lineage', 'aria-label': 'Lineage' },
        element('h3', {}, 'Lineage'),
        element(
          'ol',
          { className: 'lineage-list' },
          ...t.lineage.map((l) =>
            element(
              'li',
              { className: l.id === t.id ? 'current' : '' },
              l.id === t.id
                ? element('strong', {}, l.name)
                : element('button', { type: 'button', className: 'link', onclick: () => h.openTreaty(l.id) }, l.name),
              element(
                'span',
                { className: 'muted' },
                ` ${date(l.signedOn ?? l.inForceFrom)}–${l.endedOn ? date(l.endedOn) : ''} · ${lower(l.status)}`,
              ),
              ...lineage
                .filter((st) => st.to.id === l.id)
                .map((st) => element('div', { className: 'lineage-steps' }, lineageStep(st, l.id))),
            ),
          ),
        ),
        t.replaces.length || t.replacedBy.length
          ? element(
              'ul',
              { className: 'supersession' },
              ...t.replaces.map((l) => link(l, 'Replaces')),
              ...t.replacedBy.map((l) => link(l, 'Replaced by')),
            )
          : element('p', { className: 'muted' }, 'No replacement recorded.'),
      ),
      conflicting.length
        ? element(
            'section',
            { className: 'conflicts', 'aria-label': 'Conflicting claims' },
            element('h3', {}, 'Sources disagree'),
            ...conflicting.map((e) =>
              element(
                'div',
                {},
                element('h4', {}, `${labelOfType(e.type)}: ${e.conflicts.length} dates claimed`),
                claimCards(e.conflicts),
              ),
            ),
          )
        : null,
    );
  }

  return {
    loading,
    error,
    showEvent,
    showTreaty,
    hide: () => {
      root.hidden = true;
      root.replaceChildren();
    },
  };
}
