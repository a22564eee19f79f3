/**
 * One treaty, one entry: the names a text gives one treaty in other words ("la Convención de Lomé ... el Convenio
 * Lomé", "a free trade agreement ... the UK-India Free Trade Agreement") made one treaty, after the mentions are
 * resolved (`link-treaties.ts`).
 */
import type { LinkInput, TreatyMention } from './link-treaties';
import { nameKeys } from './fold-text';
import { mergeTreaty, type Resolution } from './resolve-treaty-mentions';
import { nounOf } from './treaty-patterns';

const DIGIT = /\d/u;
const YEAR = /^\d{4}$/u;

/** Kinds of treaty noun that the press and translators use for one another ("Tratado"/"Acuerdo de Libre Comercio"). */
const MAIN_KINDS = new Set(['treaty', 'agreement', 'accord', 'pact', 'convention']);

/** A treaty of the text as `mergeNameVariants` sees it: its kinds of noun and the content words of each of its names. */
interface NameVariants {
  id: string;
  known: boolean;
  /** Named only by what the text says it is about ("signed a free trade agreement"): it goes into a named one. */
  described: boolean;
  kinds: Set<string>;
  names: VariantName[];
}

/** A name's content words, and whether it holds a second treaty noun (a protocol or amendment to a treaty it names). */
interface VariantName {
  words: Set<string>;
  nested: boolean;
}

/**
 * "la Convención de Lomé ... el Convenio Lomé", "l'Amendement de la Convention ... l'amendement à la Convention", "the
 * Interim Agreement on Trade between the EU and the Republic of Chile ... and Republic of Chile", "signed a free trade
 * agreement ... the UK-India Free Trade Agreement": one treaty written with other function words, another noun of its
 * kind, its parties or its year, or first described in lowercase. A treaty whose name's content words (neither treaty
 * nouns nor function words, one of them neither a party's nor generic) are all among those of a name of exactly one
 * other treaty of its kind, that adds at most its parties and a year, is that treaty. More words of its own make
 * another treaty ("the Agreement on Cooperation| in Health|"); two known treaties, and a treaty and one it replaces
 * where the names differ, stay apart. A known treaty keeps its name, else the fuller one, else the first.
 */
export function mergeNameVariants(input: LinkInput, mentions: TreatyMention[], resolution: Resolution): void {
  const { text, gazetteer } = input;
  const byId = new Map<string, NameVariants>();
  // an old and a new treaty of one name stay apart: those a replace verb relates
  const lineage = new Set<string>();
  for (const rec of resolution.treaties.values()) for (const r of rec.replaces) lineage.add(r.id).add(rec.id);
  for (const mm of mentions) if (mm.treatyId && mm.replacedObject) lineage.add(mm.treatyId);
  for (const mm of mentions) {
    const id = mm.treatyId;
    // ("signed a free trade agreement on Thursday": a made-up name from its kind and year is a description too)
    const described = !!mm.byDescription || (!!id && !!resolution.treaties.get(id)?.unnamed);
    if (!id || !mm.noun || !(mm.kind === 'name' || mm.kind === 'named' || described)) continue;
    const rec = resolution.treaties.get(id);
    if (!rec) continue;
    let v = byId.get(id);
    if (!v) byId.set(id, (v = { id, known: gazetteer.treaties.has(id), described, kinds: new Set(), names: [] }));
    v.kinds.add(mm.noun.kind);
    const name = variantName(text.slice(mm.start, mm.end), input.lexicon);
    if (name.words.size) v.names.push(name);
  }
  if (byId.size < 2) return;
  const all = [...byId.values()];
  const order = new Map(all.map((v, i) => [v.id, i]));
  const partyWords = partyKeys(input);
  const generic = new Set(input.lexicon.grammar.genericTreatyWords);
  for (const a of all)
    a.names = a.names.filter((n) => [...n.words].some((w) => !partyWords.has(w) && !generic.has(w) && !DIGIT.test(w)));
  for (const a of all.sort((x, y) => fewestWords(x) - fewestWords(y))) {
    if (!a.names.length) continue;
    let into: NameVariants | undefined;
    let extraOfInto: Set<string> | undefined;
    let count = 0;
    for (const b of all) {
      if (b.id === a.id || !b.names.length || b.described || (a.known && b.known) || !kindsMeet(a.kinds, b.kinds))
        continue;
      const extra = wordsBeyond(a.names, b.names);
      if (!extra) continue;
      if (extra.size && (lineage.has(a.id) || lineage.has(b.id))) continue;
      if (![...extra].every((w) => partyWords.has(w) || YEAR.test(w))) continue;
      into = b;
      extraOfInto = extra;
      count++;
    }
    if (count !== 1 || !into || replaceEither(resolution, a.id, into.id)) continue;
    // a known treaty keeps its name; else the longer name names the treaty, or the first of two that say the same
    const keepA = a.known || (!a.described && !extraOfInto!.size && order.get(a.id)! < order.get(into.id)!);
    const [from, to] = keepA ? [into, a] : [a, into];
    mergeTreaty(mentions, resolution, from.id, to.id, !from.described);
    to.names.push(...from.names);
    for (const k of from.kinds) to.kinds.add(k);
    from.names = [];
  }
}

function fewestWords(v: NameVariants): number {
  return Math.min(...v.names.map((n) => n.words.size));
}

/** Whether two treaties' nouns name one kind of treaty. */
function kindsMeet(a: Set<string>, b: Set<string>): boolean {
  for (const k of a) if (b.has(k) || (MAIN_KINDS.has(k) && [...b].some((x) => MAIN_KINDS.has(x)))) return true;
  return false;
}

/**
 * The words of the fullest of `longer`'s names beyond those of a name of `shorter` that they all hold (an empty set
 * where the two say the same), or null where no name of one holds a name of the other. A name that holds a treaty
 * it amends meets only the same words ("the Agreement amending the Open Skies Agreement" is not the Open Skies
 * Agreement).
 */
function wordsBeyond(shorter: VariantName[], longer: VariantName[]): Set<string> | null {
  let best: Set<string> | null = null;
  for (const s of shorter)
    for (const l of longer) {
      if (s.nested !== l.nested || l.words.size < s.words.size || ![...s.words].every((w) => l.words.has(w))) continue;
      if (s.nested && l.words.size !== s.words.size) continue;
      const extra = new Set([...l.words].filter((w) => !s.words.has(w)));
      if (!best || extra.size < best.size) best = extra;
    }
  return best;
}

/** A name's keys that are neither treaty nouns nor function words of the language, and whether it has two nouns. */
function variantName(name: string, lex: LinkInput['lexicon']): VariantName {
  const g = lex.grammar;
  const words = new Set<string>();
  let nouns = 0;
  for (const k of nameKeys(name))
    if (nounOf(lex, k)) nouns++;
    // ("СНВ-1", "Protocol 2", "Lomé IV": a number says which)
    else if (
      (k.length > 1 || DIGIT.test(k)) &&
      !lex.stopwords.includes(k) &&
      !g.articles.includes(k) &&
      !g.conjunctions.includes(k)
    )
      words.add(k);
  return { words, nested: nouns > 1 };
}

/** The keys of the words of the article's actor mentions (states and bodies that may be a treaty's parties). */
function partyKeys(input: LinkInput): Set<string> {
  const out = new Set<string>();
  for (const a of input.actorMentions) for (const k of nameKeys(input.text.slice(a.start, a.end))) out.add(k);
  return out;
}

/** Whether one of two treaties replaces the other. */
export function replaceEither(resolution: Resolution, a: string, b: string): boolean {
  const ra = resolution.treaties.get(a);
  const rb = resolution.treaties.get(b);
  return !!ra?.replaces.some((r) => r.id === b) || !!rb?.replaces.some((r) => r.id === a);
}
