import { fromCameo } from './cameo';
import type { EventType } from '../../domain/extraction';

/**
 * GDELT 2.0 events export (`YYYYMMDDHHMMSS.export.CSV`): tab-separated, no header, 61 columns
 * (GDELT 2.0 Event Codebook). Pure: parses one line into the fields we keep.
 */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  'Actor1Code',
  'Actor1Name',
  'Actor1CountryCode',
  'Actor1KnownGroupCode',
  'Actor1EthnicCode',
  'Actor1Religion1Code',
  'Actor1Religion2Code',
  'Actor1Type1Code',
  'Actor1Type2Code',
  'Actor1Type3Code',
  'Actor2Code',
  'Actor2Name',
  'Actor2CountryCode',
  'Actor2KnownGroupCode',
  'Actor2EthnicCode',
  'Actor2Religion1Code',
  'Actor2Religion2Code',
  'Actor2Type1Code',
  'Actor2Type2Code',
  'Actor2Type3Code',
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  'Actor1Geo_Type',
  'Actor1Geo_FullName',
  'Actor1Geo_CountryCode',
  'Actor1Geo_ADM1Code',
  'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat',
  'Actor1Geo_Long',
  'Actor1Geo_FeatureID',
  'Actor2Geo_Type',
  'Actor2Geo_FullName',
  'Actor2Geo_CountryCode',
  'Actor2Geo_ADM1Code',
  'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat',
  'Actor2Geo_Long',
  'Actor2Geo_FeatureID',
  'ActionGeo_Type',
  'ActionGeo_FullName',
  'ActionGeo_CountryCode',
  'ActionGeo_ADM1Code',
  'ActionGeo_ADM2Code',
  'ActionGeo_Lat',
  'ActionGeo_Long',
  'ActionGeo_FeatureID',
  'DATEADDED',
  'SOURCEURL',
] as const;

const COL = Object.fromEntries(GDELT_COLUMNS.map((name, i) => [name, i])) as Record<
  (typeof GDELT_COLUMNS)[number],
  number
>;

export interface GdeltActor {
  /** CAMEO actor code, e.g. "RUSGOV". */
  code: string;
  name: string;
  /** CAMEO country code (ISO 3166 alpha-3 for states), e.g. "RUS". */
  countryCode: string | null;
}

export interface GdeltEvent {
  gdeltId: string;
  /** "YYYY-MM-DD" from SQLDATE. */
  date: string;
  actor1: GdeltActor | null;
  actor2: GdeltActor | null;
  cameo: string;
  type: EventType;
  plover: string;
  quadClass: number | null;
  goldstein: number | null;
  numMentions: number | null;
  avgTone: number | null;
  /** ActionGeo: `countryCode` is FIPS 10-4 (GDELT's geography codes), not ISO; `geoType` 1 = a country, 2–5 = a region or city. */
  place: {
    name: string;
    countryCode: string | null;
    geoType: number | null;
    lat: number | null;
    long: number | null;
  } | null;
  sourceUrl: string | null;
}

export type GdeltLineParse = { ok: true; event: GdeltEvent } | { ok: false; reason: string } | { ok: 'blank' };

function actor(fields: readonly string[], prefix: 'Actor1' | 'Actor2'): GdeltActor | null {
  const code = fields[COL[`${prefix}Code`]]?.trim() ?? '';
  const name = fields[COL[`${prefix}Name`]]?.trim() ?? '';
  const country = fields[COL[`${prefix}CountryCode`]]?.trim() ?? '';
  if (code === '' && name === '') return null;
  return { code, name: name || code, countryCode: country || null };
}

function num(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

export function parseGdeltLine(line: string): GdeltLineParse {
  if (line.trim() === '') return { ok: 'blank' };
  const fields = line.replace(/\r$/, '').split('\t');
  if (fields.length !== GDELT_COLUMNS.length) {
    return {
      ok: false,
      reason: `expected ${GDELT_COLUMNS.length} tab-separated columns (GDELT 2.0 events export), got ${fields.length}`,
    };
  }
  const gdeltId = fields[COL.GLOBALEVENTID]?.trim() ?? '';
  if (!/^\d+$/.test(gdeltId))
    return { ok: false, reason: `invalid GLOBALEVENTID: ${JSON.stringify(gdeltId)} (allowed: digits)` };
  const sqlDate = fields[COL.SQLDATE]?.trim() ?? '';
  const dm = /^(\d{4})(\d{2})(\d{2})$/.exec(sqlDate);
  if (!dm) return { ok: false, reason: `invalid SQLDATE: ${JSON.stringify(sqlDate)} (allowed: YYYYMMDD)` };
  const cameo = fields[COL.EventCode]?.trim() ?? '';
  const mapped = fromCameo(cameo);
  if (!mapped)
    return { ok: false, reason: `invalid EventCode: ${JSON.stringify(cameo)} (allowed: a CAMEO code, 2-4 digits)` };
  const placeName = fields[COL.ActionGeo_FullName]?.trim() ?? '';
  const url = fields[COL.SOURCEURL]?.trim() ?? '';
  return {
    ok: true,
    event: {
      gdeltId,
      date: `${dm[1]}-${dm[2]}-${dm[3]}`,
      actor1: actor(fields, 'Actor1'),
      actor2: actor(fields, 'Actor2'),
      cameo,
      type: mapped.type,
      plover: mapped.plover,
      quadClass: num(fields[COL.QuadClass]),
      goldstein: num(fields[COL.GoldsteinScale]),
      numMentions: num(fields[COL.NumMentions]),
      avgTone: num(fields[COL.AvgTone]),
      place:
        placeName === ''
          ? null
          : {
              name: placeName,
              countryCode: fields[COL.ActionGeo_CountryCode]?.trim() || null,
              geoType: num(fields[COL.ActionGeo_Type]),
              lat: num(fields[COL.ActionGeo_Lat]),
              long: num(fields[COL.ActionGeo_Long]),
            },
      sourceUrl: url || null,
    },
  };
}
