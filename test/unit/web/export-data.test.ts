import { describe, expect, it } from 'vitest';
import { csvCell, exportFileName, toCsv, toJson } from '../../../web/src/export/export-data';
import { ITEMS } from './fixtures';

describe('export-data', () => {
  it('csvCell quotes commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(0.5)).toBe('0.5');
    expect(csvCell(null)).toBe('');
  });
  it('csvCell defuses spreadsheet formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe("'-1");
  });
  it('toCsv returns a header and one row per distinct event sorted by date', () => {
    const csv = toCsv([...ITEMS, ITEMS[0]!]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'id,date,precision,type,modality,confidence,origin,actors,summary,quadClass,goldsteinScale,numMentions,avgTone,sourceUrl',
    );
    expect(lines).toHaveLength(6);
    expect(lines[1]).toBe(
      'e1,1961-07-06,day,TREATY_SIGNING,ASSERTED,0.9,ARTICLE,Soviet Union; North Korea,event e1,,,,,',
    );
    // GDELT's scores, and a source that looks like a formula defused.
    expect(lines[4]).toBe("e4,1962,year,AID,NEGATED,0.9,GDELT,Russia,event e4,2,7.4,12,-1.25,'=cmd|example");
    expect(lines[5]).toContain('"Tanks & ""drills"" <at> the border"');
  });
  it('toJson returns the same events with actors as arrays', () => {
    const doc = JSON.parse(toJson(ITEMS, { from: '1961-01-01', to: '1962-12-31' }));
    expect(doc.count).toBe(5);
    expect(doc.events[0]).toEqual({
      id: 'e1',
      date: '1961-07-06',
      precision: 'day',
      type: 'TREATY_SIGNING',
      modality: 'ASSERTED',
      confidence: 0.9,
      origin: 'ARTICLE',
      actors: ['Soviet Union', 'North Korea'],
      summary: 'event e1',
      quadClass: null,
      goldsteinScale: null,
      numMentions: null,
      avgTone: null,
      sourceUrl: null,
    });
    expect(doc.events[3]).toMatchObject({
      id: 'e4',
      origin: 'GDELT',
      quadClass: 2,
      goldsteinScale: 7.4,
      numMentions: 12,
      avgTone: -1.25,
      sourceUrl: '=cmd|example',
    });
  });
  it('exportFileName returns a safe file name', () => {
    expect(exportFileName('1961-01-01', '1962/12/31', 'csv')).toBe('pactline-1961-01-01_1962_12_31.csv');
  });
});
