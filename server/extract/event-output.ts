/**
 * A merged draft as the extraction result gives it: names, roles, a summary and its sentence.
 */
import type { EventType, ExtractedEvent } from '../domain/extraction';
import { formatPartialDate } from '../domain/calendar';
import type { ActorRecord } from './recognize-actors';
import type { TreatyRecord } from './link-treaties';
import type { Draft } from './event-draft';

const TYPE_LABEL: Record<EventType, string> = {
  treaty_signing: 'signing',
  ratification: 'ratification',
  entry_into_force: 'entry into force',
  withdrawal: 'withdrawal',
  accession: 'accession',
  meeting: 'meeting',
  statement: 'statement',
  military_action: 'military action',
  sanction: 'sanctions',
  aid: 'aid',
  protest: 'protest',
  election: 'election',
  other: 'event',
};

/** The event as the extraction result gives it. */
export function toEvent(
  d: Draft,
  text: string,
  actors: Map<string, ActorRecord>,
  treaties: Map<string, TreatyRecord>,
): ExtractedEvent {
  const names = d.actors.map((id) => actors.get(id)?.name ?? id);
  const roles: Record<string, string> = {};
  for (const id of d.actors) {
    const a = actors.get(id);
    if (!a) continue;
    roles[a.name] =
      d.type === 'treaty_signing' || d.type === 'accession' || d.type === 'ratification'
        ? 'SIGNATORY'
        : d.type === 'statement'
          ? a.kind === 'person' || Object.keys(roles).length === 0
            ? 'SPEAKER'
            : 'TARGET'
          : 'PARTICIPANT';
  }
  const treatyName = d.treaty ? (treaties.get(d.treaty)?.name ?? null) : null;
  const quote = text.slice(d.sentence.start, d.sentence.end);
  return {
    type: d.type,
    plover: d.rule.plover,
    cameo: d.rule.cameo,
    date: d.date ? formatPartialDate(d.date) : null,
    datePrecision: d.date ? d.date.precision : null,
    endDate: d.endDate ? formatPartialDate(d.endDate) : null,
    place: d.place,
    actors: names,
    roles,
    treaty: d.treaty,
    modality: d.modality,
    summary: `${TYPE_LABEL[d.type]}${names.length ? `: ${names.join(', ')}` : ''}${treatyName ? ` (${treatyName})` : ''}${d.date ? `, ${formatPartialDate(d.date)}` : ''}`,
    quote,
    start: d.sentence.start,
    end: d.sentence.end,
    confidence: Math.round(d.confidence * 100) / 100,
  };
}
