import type { Modality } from './model';

/**
 * One colour per event type, picked to stay distinguishable for the common colour-vision
 * deficiencies (Okabe–Ito first, then Tableau hues), and how each modality is stroked.
 */
export const TYPE_COLORS: Readonly<Record<string, string>> = Object.freeze({
  TREATY_SIGNING: '#0072b2',
  RATIFICATION: '#56b4e9',
  ENTRY_INTO_FORCE: '#009e73',
  WITHDRAWAL: '#d55e00',
  ACCESSION: '#cc79a7',
  MEETING: '#e69f00',
  STATEMENT: '#8c8c8c',
  MILITARY_ACTION: '#b2182b',
  SANCTION: '#6a3d9a',
  AID: '#33a02c',
  PROTEST: '#f0b400',
  ELECTION: '#1f78b4',
  OTHER: '#555555',
});

const FALLBACK = '#555555';

/** The colour of an event type; unknown types share the OTHER grey. */
export function colorOf(type: string): string {
  return TYPE_COLORS[type] ?? FALLBACK;
}

/** A type for people: TREATY_SIGNING → "Treaty signing". */
export function labelOfType(type: string): string {
  const s = type.toLowerCase().replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export interface MarkStyle {
  /** Fill colour, or null for a hollow mark. */
  readonly fill: string | null;
  readonly stroke: string;
  /** Canvas/SVG dash pattern; empty for a solid line. */
  readonly dash: readonly number[];
  readonly opacity: number;
}

/**
 * Asserted events are solid; planned ones hollow; negated ones hollow and dashed (they did not
 * happen, but a source said so); reported ones solid but lighter.
 */
export function markStyle(type: string, modality: Modality): MarkStyle {
  const c = colorOf(type);
  switch (modality) {
    case 'PLANNED':
      return { fill: null, stroke: c, dash: [], opacity: 1 };
    case 'NEGATED':
      return { fill: null, stroke: c, dash: [3, 2], opacity: 0.9 };
    case 'REPORTED':
      return { fill: c, stroke: c, dash: [], opacity: 0.6 };
    default:
      return { fill: c, stroke: c, dash: [], opacity: 1 };
  }
}

/** The legend rows for the types present, in a stable order. */
export function legendEntries(types: Iterable<string>): { type: string; label: string; color: string }[] {
  const order = Object.keys(TYPE_COLORS);
  const rank = (t: string) => (order.indexOf(t) === -1 ? order.length : order.indexOf(t));
  return [...new Set(types)]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((type) => ({ type, label: labelOfType(type), color: colorOf(type) }));
}
