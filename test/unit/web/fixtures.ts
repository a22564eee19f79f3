import type { TimelineItem, TreatySpan } from '../../../web/src/timeline/model';

/** A small, fixed set of events and treaties for the layout and golden tests. */
function item(id: string, date: string, over: Partial<TimelineItem> = {}): TimelineItem {
  const precision = date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
  return {
    id,
    date,
    precision,
    type: 'MEETING',
    modality: 'ASSERTED',
    summary: `event ${id}`,
    confidence: 0.9,
    laneIds: ['RU'],
    actors: ['Russia'],
    actorIds: ['RU'],
    treatyId: null,
    origin: 'ARTICLE',
    gdelt: null,
    ...over,
  };
}

export const ITEMS: TimelineItem[] = [
  item('e1', '1961-07-06', { type: 'TREATY_SIGNING', laneIds: ['RU', 'KP'], actors: ['Soviet Union', 'North Korea'] }),
  item('e2', '1961-07-08', { type: 'STATEMENT', modality: 'PLANNED', laneIds: ['KP'] }),
  item('e3', '1961-09', { type: 'RATIFICATION', laneIds: ['KP'] }),
  item('e4', '1962', {
    type: 'AID',
    modality: 'NEGATED',
    laneIds: ['RU'],
    origin: 'GDELT',
    gdelt: { quadClass: 2, goldsteinScale: 7.4, numMentions: 12, avgTone: -1.25, sourceUrl: '=cmd|example' },
  }),
  item('e5', '1962-03-02', {
    type: 'MILITARY_ACTION',
    modality: 'REPORTED',
    laneIds: ['RU'],
    summary: 'Tanks & "drills" <at> the border',
  }),
];

export const SPANS: TreatySpan[] = [
  {
    id: 't1961',
    name: 'Treaty of Friendship 1961',
    unnamed: false,
    start: Date.UTC(1961, 6, 6),
    inForce: Date.UTC(1961, 8, 10),
    end: Date.UTC(1962, 6, 1),
    status: 'SUPERSEDED',
    replacedBy: ['t2000'],
    replacements: [{ id: 't2000', basis: 'SUCCESSOR', on: Date.UTC(1962, 8, 1) }],
    parties: ['SU', 'KP'],
  },
  {
    id: 't2000',
    name: 'Treaty 2000',
    unnamed: false,
    start: Date.UTC(1962, 8, 1),
    inForce: null,
    end: null,
    status: 'IN_FORCE',
    replacedBy: [],
    replacements: [],
    parties: ['RU', 'KP'],
  },
  {
    id: 'tX',
    name: 'Other',
    unnamed: true,
    start: Date.UTC(1961, 0, 1),
    inForce: null,
    end: Date.UTC(1961, 5, 1),
    status: 'ENDED',
    replacedBy: ['tFuture'],
    replacements: [{ id: 'tFuture', basis: 'DECLARED', on: null }],
    parties: ['US'],
  },
];
