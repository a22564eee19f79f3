import { describe, expect, it } from 'vitest';
import { fipsToIso2, toGdeltActorRow, toGdeltPlaceRow } from '../../../server/ingest/import-gdelt';

describe('GDELT codes to our ids', () => {
  it('fipsToIso2 reads FIPS 10-4, not ISO: RS is Russia, KN North Korea, KS South Korea, UP Ukraine, GM Germany', () => {
    expect(['RS', 'KN', 'KS', 'UP', 'GM', 'CH', 'WE', 'GZ'].map(fipsToIso2)).toEqual([
      'RU',
      'KP',
      'KR',
      'UA',
      'DE',
      'CN',
      'PS',
      'PS',
    ]);
  });

  it('fipsToIso2 resolves the codes GDELT writes that the FIPS table lacks (from the real seed export): AE, VM, YI', () => {
    expect(['AE', 'VM', 'YI', 'TC'].map(fipsToIso2)).toEqual(['AE', 'VN', 'RS', 'AE']);
  });

  it('fipsToIso2 returns null for codes it does not know (oceans, blanks, junk)', () => {
    expect([null, '', 'OS', 'rs', 'RUS'].map(fipsToIso2)).toEqual([null, null, null, null, null]);
  });

  it('toGdeltPlaceRow(a city) keeps its name and FIPS code and adds the ISO code', () => {
    expect(
      toGdeltPlaceRow({
        name: "Pyongyang, P'yongyang-si, North Korea",
        countryCode: 'KN',
        geoType: 4,
        lat: 39.0194,
        long: 125.755,
      }),
    ).toEqual({
      id: 'place:pyongyang-p-yongyang-si-north-korea',
      name: "Pyongyang, P'yongyang-si, North Korea",
      fips: 'KN',
      iso2: 'KP',
      latitude: 39.0194,
      longitude: 125.755,
    });
  });

  it('toGdeltPlaceRow(a country) takes the canonical country name, whatever GDELT calls it', () => {
    expect(toGdeltPlaceRow({ name: 'Burma', countryCode: 'BM', geoType: 1, lat: 22, long: 98 })).toMatchObject({
      id: 'place:myanmar',
      name: 'Myanmar',
      iso2: 'MM',
      fips: 'BM',
    });
    expect(toGdeltPlaceRow({ name: 'Russia', countryCode: 'RS', geoType: 1, lat: 60, long: 100 })).toMatchObject({
      id: 'place:russia',
      name: 'Russia',
      iso2: 'RU',
    });
  });

  it('toGdeltActorRow maps CAMEO country codes, including the ones that are not ISO alpha-3', () => {
    expect(toGdeltActorRow({ code: 'RUSGOV', name: 'RUSSIA', countryCode: 'RUS' })).toMatchObject({
      id: 'country:RU',
      name: 'Russia',
    });
    expect(toGdeltActorRow({ code: 'ROM', name: 'ROMANIA', countryCode: 'ROM' })).toMatchObject({
      id: 'country:RO',
      kind: 'COUNTRY',
    });
    expect(toGdeltActorRow({ code: 'ZAR', name: 'CONGO', countryCode: 'ZAR' })).toMatchObject({
      id: 'country:CD',
      kind: 'COUNTRY',
    });
    expect(toGdeltActorRow({ code: 'IGOUNO', name: 'UNITED NATIONS', countryCode: null })).toMatchObject({
      id: 'gdelt:igouno',
      kind: 'ORGANIZATION',
    });
  });

  it('toGdeltActorRow keeps two actors apart that share a role code without a country (real rows: GOV, MNC)', () => {
    const finance = toGdeltActorRow({ code: 'GOV', name: 'MINIST OF FINANCE', countryCode: null });
    const home = toGdeltActorRow({ code: 'GOV', name: 'MINIST OF HOME AFFAIRS', countryCode: null });
    expect(finance).toMatchObject({ id: 'gdelt:gov-minist-of-finance', name: 'Minist Of Finance', gdeltCode: 'GOV' });
    expect(home.id).toBe('gdelt:gov-minist-of-home-affairs');
    expect(toGdeltActorRow({ code: 'MNC', name: 'CORELOGIC', countryCode: null }).id).not.toBe(
      toGdeltActorRow({ code: 'MNC', name: 'OCCIDENTAL PETROLEUM', countryCode: null }).id,
    );
    // A named organisation keeps one id whatever the row calls it; a region code is its own country code.
    expect(toGdeltActorRow({ code: 'IGOEUREEC', name: 'THE EU', countryCode: 'EUR' }).id).toBe('gdelt:igoeureec');
    expect(toGdeltActorRow({ code: 'IGOEUREEC', name: 'EUROPEAN UNION', countryCode: 'EUR' }).id).toBe(
      'gdelt:igoeureec',
    );
    expect(toGdeltActorRow({ code: 'EUR', name: 'EUROPE', countryCode: 'EUR' }).id).toBe('gdelt:eur');
  });
});
