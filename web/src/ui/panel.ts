import type { EventDetail, GdeltDetail, SourceDetail, TreatyDetail, TreatyLink } from '../api/types';
import { colorOf, labelOfType } from '../timeline/colors';
import { describePartial } from '../timeline/partial-time';
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
            element(
              'div',
              { className: 'claims' },
              ...e.conflicts.map((c) =>
                element(
                  'div',
                  { className: 'claim' },
                  element('h4', {}, date(c.date)),
                  element(
                    'ul',
                    {},
                    ...c.sources.map((s) =>
                      element(
                        'li',
                        {},
                        element('q', {}, s.quote),
                        element('div', { className: 'muted' }, s.article.title),
                      ),
                    ),
                  ),
                ),
              ),
            ),
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

  function showTreaty(t: TreatyDetail): void {
    frame(
      t.name,
      element(
        'p',
        { className: 'kind' },
        element('span', { className: `badge status-${t.status.toLowerCase()}` }, lower(t.status)),
        t.kind ? ` ${t.kind}` : '',
      ),
      t.aliases.length ? element('p', { className: 'muted' }, `Also: ${t.aliases.slice(0, 6).join(' · ')}`) : null,
      element(
        'dl',
        {},
        field('Signed', date(t.signedOn)),
        field('In force', date(t.inForceFrom)),
        field('Ended', t.endedOn ? date(t.endedOn) : '—'),
        field('Parties', t.parties.map((p) => p.actor.name).join(', ') || 'none recorded'),
      ),
      element('button', { type: 'button', className: 'action', onclick: () => h.showTreaty(t) }, 'Show on timeline'),
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
      element(
        'section',
        { className: 'lifecycle', 'aria-label': 'Lifecycle' },
        element('h3', {}, 'Lifecycle'),
        t.events.length
          ? element(
              'ol',
              {},
              ...t.events.map((ev) =>
                element(
                  'li',
                  {},
                  element('span', { className: 'date' }, date(ev.date)),
                  ' ',
                  element(
                    'button',
                    { type: 'button', className: 'link', onclick: () => h.openEvent(ev.id) },
                    labelOfType(ev.type),
                  ),
                  ev.modality !== 'ASSERTED' ? element('span', { className: 'badge' }, lower(ev.modality)) : null,
                  ev.summary ? element('div', { className: 'muted' }, ev.summary) : null,
                ),
              ),
            )
          : element('p', { className: 'muted' }, 'No lifecycle events recorded.'),
      ),
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

export type Panel = ReturnType<typeof createPanel>;
