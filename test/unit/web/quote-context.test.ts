import { describe, expect, it } from 'vitest';
import { quoteContext } from '../../../web/src/ui/quote-context';

const text =
  'Moscow, 19 June. Putin and Kim signed a comprehensive strategic partnership treaty in Pyongyang. It replaces the 1961 treaty.';
const quote = 'Putin and Kim signed a comprehensive strategic partnership treaty in Pyongyang.';
const start = text.indexOf(quote);

describe('quoteContext', () => {
  it('quoteContext(text, quote, start, end) returns the quote with the text around it', () => {
    expect(quoteContext(text, quote, start, start + quote.length)).toEqual({
      before: 'Moscow, 19 June. ',
      quote,
      after: ' It replaces the 1961 treaty.',
    });
  });
  it('quoteContext cuts long context at word boundaries with ellipses', () => {
    const p = quoteContext(text, quote, start, start + quote.length, 8);
    expect(p.before).toBe('…June. ');
    expect(p.after).toBe(' It…');
  });
  it('quoteContext finds the quote when the offsets are wrong', () => {
    expect(quoteContext(text, quote, 0, 5).quote).toBe(quote);
  });
  it('quoteContext returns the quote alone when the article text lacks it', () => {
    expect(quoteContext('other', 'missing', 0, 7)).toEqual({ before: '', quote: 'missing', after: '' });
  });
});
