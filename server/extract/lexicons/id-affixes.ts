/**
 * Indonesian (and Malay) words are built by affixes on a root: the active meN- with its nasal that takes the root's
 * first sound ("tolak" → "menolak", "kirim" → "mengirim", "sambut" → "menyambut", "pakai" → "memakai"), the passive
 * di-, the stative ter-, the intransitive ber-, the causative and locative -kan and -i, the nouns peN-...-an,
 * per-...-an, ke-...-an and -an, and the object-focus bare root after a pronoun ("yang kami sampaikan"). A trigger
 * written as one form misses the others; these helpers write the forms of a root the language allows.
 */

/** One derivation of a root. */
export type IdAffix =
  /** "menolak", "mengirimkan", "menemui" */
  | 'meN'
  | 'meN-kan'
  | 'meN-i'
  /** "ditolak", "dikirimkan", "ditemui" */
  | 'di'
  | 'di-kan'
  | 'di-i'
  /** "terpilih" */
  | 'ter'
  /** "bertemu", "berunding" */
  | 'ber'
  /** "memperpanjang", "diperpanjang", "memperingati" */
  | 'memper'
  | 'memper-kan'
  | 'memper-i'
  /** "penolakan", "pengiriman", "penyerahan" */
  | 'peN-an'
  /** "pertemuan", "perpanjangan" */
  | 'per-an'
  /** "kesepakatan", "kunjungan" (-an) */
  | 'ke-an'
  | 'an'
  /** the object-focus form after a pronoun or a modal: "(yang kami) sampaikan", "(akan kami) kirimkan" */
  | 'root'
  | 'root-kan'
  | 'root-i';

const VOWEL = /^[aeiou]/u;
const VOWELS = /[aeiou]+/gu;
/** Two consonants opening a root (a loanword: "protes", "kritik", "transfer", "sponsor", "klaim") keep their first. */
const CLUSTER = /^[bcdfghjklmnpqrstvwxyz][bcdfghjklmnpqrstvwxyz]/u;

/** meN- or peN- (`head` "me" or "pe") before a root: the nasal that takes the root's first sound. */
export function nasalPrefixed(head: 'me' | 'pe', root: string): string {
  // one syllable: "bom" → "mengebom", "cek" → "pengecekan"
  if ((root.match(VOWELS) ?? []).length === 1) return `${head}nge${root}`;
  if (VOWEL.test(root)) return `${head}ng${root}`;
  const first = root[0]!;
  const cluster = CLUSTER.test(root) && !root.startsWith('ny') && !root.startsWith('ng') && !root.startsWith('sy');
  switch (first) {
    case 'k':
      return cluster ? `${head}ng${root}` : `${head}ng${root.slice(1)}`;
    case 'g':
    case 'h':
      return `${head}ng${root}`;
    case 'p':
      return cluster ? `${head}m${root}` : `${head}m${root.slice(1)}`;
    case 'b':
    case 'f':
    case 'v':
      return `${head}m${root}`;
    case 't':
      return cluster ? `${head}n${root}` : `${head}n${root.slice(1)}`;
    case 's':
      return cluster ? `${head}n${root}` : `${head}ny${root.slice(1)}`;
    case 'c':
    case 'd':
    case 'j':
    case 'z':
      return `${head}n${root}`;
    default:
      // l, m, n, r, w, y, ny, ng
      return `${head}${root}`;
  }
}

/** ber- or ter- before a root: "be"/"te" before an r or a first syllable that ends in "er" ("bekerja", "berunding"). */
function rPrefixed(head: 'be' | 'te', root: string): string {
  return root.startsWith('r') || /^[^aeiou]er[^aeiou]/u.test(root) ? `${head}${root}` : `${head}r${root}`;
}

/** per- before a root: "pe" before an r ("perundingan", "memperingan"). */
function perPrefixed(root: string): string {
  return root.startsWith('r') ? `pe${root}` : `per${root}`;
}

/** The form of a root with one derivation. */
export function idForm(root: string, affix: IdAffix): string {
  switch (affix) {
    case 'meN':
      return nasalPrefixed('me', root);
    case 'meN-kan':
      return `${nasalPrefixed('me', root)}kan`;
    case 'meN-i':
      return `${nasalPrefixed('me', root)}i`;
    case 'di':
      return `di${root}`;
    case 'di-kan':
      return `di${root}kan`;
    case 'di-i':
      return `di${root}i`;
    case 'ter':
      return rPrefixed('te', root);
    case 'ber':
      return rPrefixed('be', root);
    case 'memper':
      return `mem${perPrefixed(root)}`;
    case 'memper-kan':
      return `mem${perPrefixed(root)}kan`;
    case 'memper-i':
      return `mem${perPrefixed(root)}i`;
    case 'peN-an':
      return `${nasalPrefixed('pe', root)}an`;
    case 'per-an':
      return `${perPrefixed(root)}an`;
    case 'ke-an':
      return `ke${root}an`;
    case 'an':
      return `${root}an`;
    case 'root':
      return root;
    case 'root-kan':
      return `${root}kan`;
    case 'root-i':
      return `${root}i`;
  }
}

/** The forms of roots with their derivations, as a pattern alternation (longest first). */
export function idForms(roots: readonly string[], affixes: readonly IdAffix[]): string {
  const forms = new Set<string>();
  for (const root of roots) for (const affix of affixes) forms.add(idForm(root, affix));
  return [...forms].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|');
}
