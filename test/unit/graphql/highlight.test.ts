import { describe, expect, it } from 'vitest';
import { createHighlighter } from '../../../server/graphql/highlight';

const highlight = (text: string, terms: readonly string[]) => createHighlighter(terms)(text);

describe('highlight', () => {
  it('highlight marks every matched term «like this», case-insensitively, whole words only', () => {
    expect(highlight('Putin meets Kim; Putinism aside', ['putin', 'kim'])).toBe('«Putin» meets «Kim»; Putinism aside');
  });
  it('highlight cuts a fragment around the first match with ellipses', () => {
    const text = `${'lorem '.repeat(50)}Korut ${'ipsum '.repeat(50)}`;
    const h = highlight(text, ['korut'])!;
    expect(h.startsWith('…')).toBe(true);
    expect(h.endsWith('…')).toBe(true);
    expect(h).toContain('«Korut»');
    expect(h.length).toBeLessThan(200);
  });
  it('highlight returns null when no term occurs, and never emits HTML', () => {
    expect(highlight('nothing here', ['korut'])).toBeNull();
    expect(highlight('<b>Korut</b>', ['korut'])).toBe('<b>«Korut»</b>');
  });
  it('one highlighter serves many texts of a search: each text gets what a fresh one gives', () => {
    const texts = [
      'Putin meets Kim',
      'nothing',
      `${'lorem '.repeat(40)}Kim ${'ipsum '.repeat(40)}`,
      'Kim, then Putin, then Kim again',
      '',
    ];
    const shared = createHighlighter(['putin', 'kim']);
    expect(texts.map((t) => shared(t))).toEqual(texts.map((t) => highlight(t, ['putin', 'kim'])));
    expect(shared('Kim, then Putin, then Kim again')).toBe('«Kim», then «Putin», then «Kim» again');
    expect(createHighlighter([])('Putin')).toBeNull();
  });
});
