/**
 * Datelines: the places where a story was filed ("Seoul (ANTARA) -", "SEÚL, 20 jun (EFE).",
 * "МОСКВА, 19 июня. /ТАСС/."), which are never actors of its events.
 */
import { sharedAlternation } from '../patterns';

const DL_WORD = "\\p{Lu}[\\p{L}\\p{M}.'’-]*";
const DL_LINK = `(?:${sharedAlternation('datelineLinks')})`;
/** "MOSCÚ/KIEV", "SANTIAGO DE CHILE", "AUCKLAND (Nueva Zelanda)", "НЬЮ-ЙОРК": the places a dateline names */
const DATELINE_PLACE = new RegExp(
  `^[ \\t]*(${DL_WORD}(?:(?:[ \\t]+(?:${DL_LINK}[ \\t]+)?|[ \\t]*/[ \\t]*)${DL_WORD}){0,3}(?:[ \\t]*\\((?!\\p{Lu}+\\))[^()\\n]{2,40}\\))?)` +
    // then an agency or a date and a dash: ", 20 jun (EFE).", ", 19 июня. /ТАСС/.", " (ANTARA) -", ", June 19 —"
    `(?=[ \\t]*(?:,[^\\n]{1,40}?(?:\\(\\p{Lu}[\\p{L}-]+\\)|/\\p{Lu}[\\p{L}-]+/|[ \\t][-–—][ \\t])|\\(\\p{Lu}[\\p{L}-]+\\)[ \\t]*[-–—:]))`,
  'u',
);

/**
 * Dateline regions near the start of an article: the places where the news was filed, never actors
 * of its events ("Seoul (ANTARA) -", "SEÚL, 20 jun (EFE).", "МОСКВА, 19 июня. /ТАСС/.").
 */
export function datelineRegions(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const first = text.search(/\S/);
  if (first < 0) return out;
  let lineStart = text.lastIndexOf('\n', first) + 1;
  while (lineStart < text.length && lineStart <= first + 600) {
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    const m = DATELINE_PLACE.exec(line);
    if (m) {
      const lead = m[0].length - m[1]!.length;
      out.push({ start: lineStart + lead, end: lineStart + m[0].length });
    }
    if (lineEnd < 0) break;
    lineStart = lineEnd + 1;
  }
  return out;
}
