/** A letter or digit: a match glued to one does not start a word. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * A global scan's matches that start a word (a glued one is passed over from its next character), as [start, length]:
 * how find-triggers ran every rule before gates gave offsets, the reference the gated and rewritten scans are tested
 * against.
 */
export function wordStartScan(re: RegExp, text: string): [number, number][] {
  const out: [number, number][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > 0 && WORD_CHAR.test(text.charAt(m.index - 1))) {
      re.lastIndex = m.index + 1;
      continue;
    }
    out.push([m.index, m[0].length]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}
