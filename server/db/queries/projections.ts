import { originIs, REL } from '../model';

/**
 * Map projections shared by the read builders. Dates leave Neo4j as ISO text (`toString`), so
 * the repository never sees driver temporal types. Variables inside pattern comprehensions get
 * names (`pc*`) that cannot capture a variable of the surrounding query.
 */
function eventProjection(e: string): string {
  return `${e} {.id, .type, .plover, .cameo, .modality, .summary, .confidence, .datePrecision, date: toString(${e}.date), endDate: toString(${e}.endDate), treatyId: head([(${e})-[:${REL.CONCERNS}]->(pcT:Treaty) | pcT.id]), placeId: head([(${e})-[:${REL.TOOK_PLACE_IN}]->(pcP:Place) | pcP.id]), origin: ${originOf(e)}}`;
}

/** ARTICLE or GDELT as a Cypher value (see EventOrigin and originIs in model.ts). */
export function originOf(e: string): string {
  return `CASE WHEN ${originIs(e, 'ARTICLE')} THEN 'ARTICLE' ELSE 'GDELT' END`;
}

/** The event plus its participants (role and actor), so a page of events needs no second query for them. */
export function eventWithParticipantsProjection(e: string): string {
  return `${eventProjection(e).slice(0, -1)}, participants: [(pcA:Actor)-[pcR:${REL.PARTICIPATED_IN}]->(${e}) | {role: pcR.role, actor: ${actorProjection('pcA')}}]}`;
}

/** GDELT's own columns of an imported event (see schema.graphql GdeltRecord). */
export function gdeltProjection(e: string): string {
  return `${e} {.gdeltId, .sourceUrl, .quadClass, .goldstein, .numMentions, .avgTone}`;
}

/** The event with its participants and, for an event imported from GDELT, its GDELT columns (null otherwise). */
export function eventWithGdeltProjection(e: string): string {
  return `${eventWithParticipantsProjection(e).slice(0, -1)}, gdelt: CASE WHEN ${originIs(e, 'ARTICLE')} THEN null ELSE ${gdeltProjection(e)} END}`;
}

export function actorProjection(a: string): string {
  return `${a} {.id, .name, .kind, .aliases, .iso2, .wikidata}`;
}

export function treatyProjection(t: string): string {
  return `${t} {.id, .name, .unnamed, .aliases, .kind, .status, .signedPrecision, .inForcePrecision, .endedPrecision, signedOn: toString(${t}.signedOn), inForceFrom: toString(${t}.inForceFrom), endedOn: toString(${t}.endedOn)}`;
}

/** Articles without their text (lists, sources); the text comes with articleById. */
export function articleProjection(a: string): string {
  return `${a} {.id, .url, .title, .source, .language, publishedAt: toString(${a}.publishedAt), ingestedAt: toString(${a}.ingestedAt)}`;
}

export function articleWithTextProjection(a: string): string {
  return `${articleProjection(a).slice(0, -1)}, .text}`;
}

export function placeProjection(p: string): string {
  return `${p} {.id, .name, .iso2}`;
}
