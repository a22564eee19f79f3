/**
 * Datelines: the places where a story was filed ("Seoul (ANTARA) -", "SEÚL, 20 jun (EFE).",
 * "МОСКВА, 19 июня. /ТАСС/."), which are never actors of its events.
 */
import { sharedAlternation } from '../patterns';
import { plane } from '../bmp-patterns';

const DL_WORD = "\\p{Lu}[\\p{L}\\p{M}.'’-]*";
const DL_LINK = `(?:${sharedAlternation('datelineLinks')})`;
/** "MOSCÚ/KIEV", "SANTIAGO DE CHILE", "AUCKLAND (Nueva Zelanda)", "НЬЮ-ЙОРК": the places a dateline names */
const DATELINE_PLACE = plane(
  new RegExp(
    `^[ \\t]*(${DL_WORD}(?:(?:[ \\t]+(?:${DL_LINK}[ \\t]+)?|[ \\t]*/[ \\t]*)${DL_WORD}){0,3}(?:[ \\t]*\\((?!\\p{Lu}+\\))[^()\\n]{2,40}\\))?)` +
      // then an agency or a date and a dash: ", 20 jun (EFE).", ", 19 июня. /ТАСС/.", " (ANTARA) -", ", June 19 —"
      `(?=[ \\t]*(?:,[^\\n]{1,40}?(?:\\(\\p{Lu}[\\p{L}-]+\\)|/\\p{Lu}[\\p{L}-]+/|[ \\t][-–—][ \\t])|\\(\\p{Lu}[\\p{L}-]+\\)[ \\t]*[-–—:]))`,
    'u',
  ),
);

/** "November 30, 2018 - Buenos Aires, Argentina –": a date, a dash, the places, a dash (the date first, as press releases write it). */
const DATED_DATELINE = plane(
  new RegExp(
    `^[ \\t]*[\\p{L}\\p{N}., \\t]{0,24}\\d{4}[ \\t]*[-–—][ \\t]*(${DL_WORD}(?:[ \\t]+${DL_WORD}){0,3}(?:,[ \\t]*${DL_WORD}(?:[ \\t]+${DL_WORD}){0,3})?)(?=[ \\t]+[-–—][ \\t])`,
    'u',
  ),
);

/** "Liputan6.com, Jakarta -", "REPUBLIKA.CO.ID, JAKARTA --": a news site's domain, a comma, the places, a dash. */
const SITE_DATELINE = plane(
  new RegExp(
    `^[ \\t]*[\\p{L}\\p{N}-]+(?:\\.[\\p{L}]{2,4}){1,3},[ \\t]*(${DL_WORD}(?:[ \\t]+${DL_WORD}){0,2})(?=[ \\t]*[-–—])`,
    'u',
  ),
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
    const m = SITE_DATELINE.exec(line) ?? DATELINE_PLACE.exec(line) ?? DATED_DATELINE.exec(line);
    if (m) {
      const lead = m[0].length - m[1]!.length;
      out.push({ start: lineStart + lead, end: lineStart + m[0].length });
    }
    if (lineEnd < 0) break;
    lineStart = lineEnd + 1;
  }
  return out;
}

/** A line that reads as a sentence: it ends with sentence punctuation, or it is long. */
const SENTENCE_LINE = /[.!?…:;"»”)]\s*$|(?:\S+\s+){20}/u;

/**
 * Where the masthead of a press release ends: the short lines at the start of a text that are no
 * sentences ("Государственный департамент США", "Oficina del Portavoz", a title, a date), up to the
 * first line that reads as a sentence. 0 when the text opens with a sentence.
 */
export function mastheadEnd(text: string): number {
  let lineStart = 0;
  let end = 0;
  for (let lines = 0; lines < 8 && lineStart < text.length; lines++) {
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    if (line.trim() !== '') {
      if (SENTENCE_LINE.test(line.trim())) return end;
      end = lineEnd < 0 ? text.length : lineEnd;
    }
    if (lineEnd < 0) break;
    lineStart = lineEnd + 1;
  }
  return end;
}
