/**
 * The event types, in their documented order (schema.graphql `enum EventType`): the order of
 * timeline lanes by type and of TimelineBin.byType. Stored and served UPPER_CASE; the
 * extraction contract spells them lower_case (domain/extraction.ts).
 */
export const EVENT_TYPE_VALUES = [
  'TREATY_SIGNING',
  'RATIFICATION',
  'ENTRY_INTO_FORCE',
  'WITHDRAWAL',
  'ACCESSION',
  'MEETING',
  'STATEMENT',
  'MILITARY_ACTION',
  'SANCTION',
  'AID',
  'PROTEST',
  'ELECTION',
  'OTHER',
] as const;

export type EventTypeValue = (typeof EVENT_TYPE_VALUES)[number];

/** Event types in their documented order (unknown types last, by name). */
export function compareEventTypes(a: string, b: string): number {
  const rank = (t: string) => {
    const i = (EVENT_TYPE_VALUES as readonly string[]).indexOf(t);
    return i < 0 ? EVENT_TYPE_VALUES.length : i;
  };
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
