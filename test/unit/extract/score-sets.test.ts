import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS, prf, total, type Kind } from '../../../scripts/evaluation';
import { scoreSets, summaryLine } from '../../../scripts/score-extraction';

const root = resolve(__dirname, '../../..');

/**
 * F1 floors per set, just under the scores of the extractor when the floor was last raised: a
 * regression fails here. Raise a floor when a change improves a set; never lower one to let a
 * change through. `split` keeps the articles whose gold names that split.
 */
const FLOORS: { set: string; split?: string; floors: Record<Kind, number> }[] = [
  { set: 'test/fixtures/articles', floors: { actors: 0.96, events: 0.84, treaties: 0.95, lineage: 0.9 } },
  { set: 'test/fixtures/heldout', floors: { actors: 0.92, events: 0.72, treaties: 0.82, lineage: 0.99 } },
  { set: 'test/fixtures/heldout-2', floors: { actors: 0.95, events: 0.79, treaties: 0.87, lineage: 0.99 } },
  // real texts (test/corpus/README.md)
  // 109 texts since the 54 blind texts of the first split moved into dev (test/corpus/README.md, Size): 0.89,
  // 0.60, 0.75, 0.88 when they moved. The floor is for the set, so it went down with the harder texts it took in.
  // Round 3 (statements, the treaty lifecycle and legislative procedure, meetings, military actions, sanctions,
  // accessions, elections, event dates ...): events 0.72, then 0.74 (statements: present and past paradigms,
  // press-release and transcript speakers, speakers outside quotations).
  // Round 3 actors (no person of common words, titled names in headlines and of a country abroad, a bare Senate tied to
  // its state, capitals that name a meeting or a treaty): 0.92.
  // Round 3 treaties (hyphen-joined parties in names, a new treaty and the one it replaces named by description): 0.78,
  // lineage 0.94.
  // Round 4 (6 December 2026): the 55 blind texts scored at the end of rounds 2 and 3 moved into dev (164 texts):
  // 0.89, 0.68, 0.72, 0.82 when they moved.
  // Round 4 meetings (the perfect and present of the news, a guest received, a meeting as the frame of another act,
  // a protocol to a treaty in force signed rather than acceded to): events 0.69; a signing told by its ceremony, as
  // witnessed or welcomed, a guest welcomed, a delegation led, the French imperfect "signaient": 0.71; the Spanish
  // perfect of acts, a missile launch and a terrorist attack told as nouns: 0.72.
  // Round 4 actors (French demonyms, the White House as an organization, regions and sub-national places that hold a
  // country's name, more organizations in five languages, no number read into a name before a date): 0.90; then 0.94
  // with about 300 more officials in persons-more.ts (some of them named in dev: unseen text will gain less), the
  // oblique cases of Cyrillic names the stemmer cuts, organs without their organization, surnames in compounds; 0.95
  // with US departments named "U.S. Department of ..." as the fresh batches' golds write them, legislatures, parties.
  // Round 4 lifecycle steps (initialled, notified, brought into force, approved by a legislature, embassies opened and
  // closed) and the dates of steps told after another: events 0.73 with the meetings and actors above.
  // Round 4 statements (epigraphs and one-label transcripts, first-person singular and past forms, a bare title as the
  // speaker before or after the verb, "according to X", conveyed messages, dates of the object, subjectless verbs
  // going on in the last voice, one statement per speaker in undated text): events 0.78 (0.76 without them).
  // Round 4 dates: a statement about an act dated in its object ("condamne l'attentat d'hier") is of its own day: events
  // 0.78 with the actors and statements above.
  // Round 4 treaties and lineage (agreements the text only describes, named by their words; more replace phrasings in
  // five languages; French names capitalized on their first word; protocols named with their treaty; party lists after
  // "between"; more known treaties in five languages; MOU): treaties 0.81, lineage 0.89.
  // Round 4 French (months marked "dernier"/"pasado"/"lalu", the past historic and more speech verbs, a passive
  // signing dated by its year, a day completing an event noun, French country and organization names): French events
  // 0.61 -> 0.68 with all the round's work; the whole set: actors 0.96, events 0.78.
  // Round 5 (6 December 2026): round 4's fresh batch of 32, scored once at its end, moved into dev (196 texts): 0.95,
  // 0.77, 0.78, 0.81 when they moved.
  // Round 5 lineage (passives with a date before "by", "gave way to", "from X to Y", "the replacement of X with Y" and
  // more verb forms in five languages; "the Samoa Agreement"; a name's own words before "between"): lineage 0.87; a
  // name the text calls a treaty by ("will be known as Y", "X, conocido como Y") is that treaty: treaties 0.79, lineage 0.90;
  // a known bilateral treaty's lowercase words need its parties; Russian names keep adjectives in -нн-/-ющ-: treaties 0.80.
  // Round 5 news register (reporting verbs in every tense, signing periphrases and Latin American verbs, relations
  // broken, attendance in compound tenses, news titles, press briefings as statements, in five languages): events 0.79.
  // Round 5 lifecycle (laws and decrees signed, a withdrawal initiated, a second signing told with "also", agreements
  // struck or sealed, sanctions packages adopted, capitalized passive subjects; five languages) with the round's other
  // work merged: events 0.79.
  // Round 5 French and Indonesian register (pronominal, inverted and quote-closing speech verbs, the day between a verb
  // and its object, statement headers after a topic, honorifics before full names, "Pour le président X, ...", a
  // closing ", Senin (6/5)." dating the main verb) with the round's other work: events 0.79 (French 0.68 -> 0.73).
  // Round 5 statements and meetings (statements issued or published, headers after a topic or an item number, confirm,
  // propose and stances in five languages, first-person meetings, a noun's own date and author, meetings as frames, an
  // epigraph's date line), measured alone on round-start main: French events 0.68 -> 0.72, Indonesian 0.79 -> 0.80.
  // Round 6 (6 December 2026): round 5's fresh batch of 29, scored once at its end, moved into dev (225 texts): 0.94,
  // 0.77, 0.78, 0.87 when they moved.
  // Round 6 treaties and lineage (titles in capitals, numbered instruments "Avenant n°1 du ...", a known name with its
  // parties named, what a treaty between parties is for, a year glued to its preposition): treaties 0.81, lineage 0.93;
  // protocols of accession in lowercase named by their states ("protocoles d'adhésion de la Finlande ... à l'OTAN"): 0.82;
  // a Russian protocol's name holds the treaty it amends, named to its date ("... в Соглашение ... от 20 ноября 2009 года"): 0.83;
  // "new" kept in a described agreement's name ("el nuevo tratado de extradición"): 0.84.
  // Round 6 event recall (readouts, aid in every tense, authorizations of treaty steps, notes, resolutions, troops,
  // appointments, signing nouns that took place, a communiqué's impersonal forms, speeches; five languages), measured
  // alone on round-start main: events 0.77 (recall 0.73 -> 0.74, precision level); the floor stays at 0.76.
  // Round 6 actors (a known actor's aliases carry the gazetteer's names; a title's complement closed by a comma before
  // the name): actors 0.95.
  // Round 6 dates and actors (a month-first day keeps its day, a past act after the publication is last year's, "last
  // week" is its month; national chambers named bare, tied to their state; a surname beside another given name is
  // another person): exact dates 384/394 -> 393/399, national chambers missed 11 -> 4, 3 name variants found as written.
  // Round 7 (6 December 2026): round 6's fresh batch of 30, scored once at its end, moved into dev (255 texts): 0.94,
  // 0.74, 0.81, 0.87 when they moved.
  // Round 7 treaties and lineage (an English signing participle ends a name; "replacing X with Y" only where a treaty
  // follows "with"; a treaty the text calls new goes by that name): treaties 0.82, lineage 0.89; "sustituir X por Y",
  // "remplacer X par Y", "заменить X на Y", "replace X by Y" in preambles: lineage 0.90; a new treaty the text only
  // describes replaces a named one ("cette nouvelle convention de ... destinée à remplacer la convention de X"): 0.91.
  // Round 7 acts of diplomacy and state institutions (relations established, credentials, election results, coups,
  // promulgation, provisional application; five languages) and a treaty's step told without its parties taking its
  // signatories: events 0.74 -> 0.75.
  // Round 7 actors (honorifics and titled surnames of known people, plural titles before lists of names, columns of
  // names in tables, a country's name before a given name or inside a longer name): actors 0.94 -> 0.948; with
  // constitutional councils, courts and electoral commissions and acronyms spelled by lowercase words too: 0.950.
  // Round 7 statements and meetings (readiness is no meeting; first-person recommendations; a signer's voice; received-by
  // passives, calls, attendance and stays for a meeting; a bare title is the person last named with it; an untitled
  // speaker right after a quotation's verb; five languages) with the round's other work merged: events 0.765.
  // Round 8 (6 December 2026): round 7's fresh batch of 28, scored once at its end, moved into dev (283 texts): 0.94,
  // 0.75, 0.81, 0.86 when they moved. Round 8 event recall: a legislature's sitting takes up a bill (the chair's
  // formula, readings) and a report named by who gives it, transcript labels with a title after the name; five languages.
  // Round 8 treaties and lineage (lowercase nouns named by capitalized words beside them, described agreements with
  // the parties they are between, dashed parties and bracketed acronyms, a partnership beside an agreement noun,
  // replaced agreements told apart by their participle clause, bracketed definitions, "X with <partner>"): 0.84, 0.94.
  // Round 8 actors (a state noun before a title's country, link words before places, Russian titles in every case, a
  // country after a lowercase title, state bodies by a generic head and their complement; five languages, French and
  // Russian bodies still to come): actors 0.939 -> 0.942 (recall 0.92 -> 0.93), the floor unchanged at 0.93.
  // Round 8 event recall with the round's other work merged (protests by a crowd's purpose, attendance in the present and
  // in headlines, a government's stance in the third person): events 0.77.
  // Round 9 (6 December 2026): round 8's fresh batch of 42, scored once at its end, moved into dev (325 texts): 0.93,
  // 0.75, 0.83, 0.86 when they moved.
  // Round 9 lineage (a year after a name tells two treaties apart, "Convention 1999", "de 1988", "(2007)"; a treaty
  // introduced by an indefinite article that replaces another is a new one; five languages): lineage 0.89. French and
  // Spanish names by what they are about ("Convention relative à ...", "Convenio relativo a ...") and by their parties'
  // adjective and date ("Convention franco-sénégalaise du 29 mars 1974 sur ..."): treaties fr 0.75 -> 0.78, lineage 0.90.
  // "new" is the nearest treaty noun's (not past a verb or another noun); Russian genitives in -ны inside names:
  // treaties 0.84, lineage 0.91.
  // Round 9 event precision (plans and upcoming acts, trigger verbs in another sense, tallies of signatory states, a
  // treaty negotiated, a law enacted, acts called off; five languages) with the round's other work: events 0.76.
  // Round 9 event recall (meetings held in the passive, a guest received "hoy", a speaker behind a long title, no date
  // from inside a quotation nor from a day before another event noun; es, fr, id, en) with the round's other work
  // merged: events 0.75 -> 0.77.
  // Round 9 event recall (designations under a named sanctions regime, the treaty a text comes back to, an event noun
  // dated by its verb of taking place, "obtuvo sancion" and "1°" in Spanish, a member counted with its day): events 0.76.
  // Round 9 actors (Indonesia's ministries, agencies and armed forces by their Indonesian names, a rank's service and
  // degrees before names, common nouns after Indonesian titles, every state's armed forces by demonym): id actors
  // 0.90 -> 0.94, all actors 0.93 -> 0.94.
  // Round 10 (6 December 2026): round 9's fresh batch of 37, scored once at its end, moved into dev (362 texts): 0.92,
  // 0.74, 0.82, 0.86 when they moved.
  // Round 11 (7 December 2026): round 10's fresh batch of 37, scored once at its end, moved into dev (399 texts): 0.93,
  // 0.74, 0.81, 0.87 when they moved.
  // End of round 11, all eight areas merged (statements, military actions, precision, treaties named by kind and
  // partner, lineage of earlier and elided treaties, bodies of any state, Russian agency copy, speed): 0.94, 0.75,
  // 0.83, 0.92.
  // Round 12 (7 December 2026): round 11's fresh batch of 38, scored once at its end, moved into dev (437 texts): 0.93,
  // 0.75, 0.81, 0.89 when they moved.
  // End of round 12, all eight areas merged (one act one event, non-acts, official and amending treaty names, lineage
  // of future and take-the-place treaties, names in official lists, statements' speakers and earlier speech, other
  // acts and their dates, speed): 0.94, 0.77, 0.83, 0.92.
  // Round 13 (7 December 2026): round 12's fresh batch of 38, scored once at its end, moved into dev (475 texts): 0.93,
  // 0.75, 0.81, 0.91 when they moved.
  // End of round 13, all eight areas merged (meetings typed and found, one act one event, treaties named by their
  // parties and amendments, instruments that extend or amend and lineage of dated treaties, names in lists and
  // bodies, speed, statements' speakers and headings, dates in words and exercises): 0.94, 0.77, 0.84, 0.92.
  // Round 14 (7 December 2026): round 13's fresh batch of 38, scored once at its end, moved into dev (513 texts): 0.94,
  // 0.75, 0.82, 0.89 when they moved.
  // End of round 14, all eight areas merged (statements' speakers and bodies, other acts, Indonesian affixes, Spanish
  // and French verb paradigms, Russian given names and acts, treaty names and lineage, actors, speed): 0.94, 0.77,
  // 0.83, 0.89.
  // Round 15 (7 December 2026): round 14's fresh batch of 38, scored once at its end, moved into dev (551 texts): 0.94,
  // 0.76, 0.83, 0.88 when they moved.
  // End of round 15, all seven areas merged (statements, meetings, other acts and signings, treaties and lineage,
  // actors, dates, speed): 0.94, 0.77, 0.83, 0.89.
  // Round 16 (7 December 2026): round 15's fresh batch of 37, scored once at its end, moved into dev (588 texts): 0.93,
  // 0.76, 0.82, 0.89 when they moved.
  // End of round 16, all seven areas merged (statements, meetings, other acts, signings and treaties, actors, dates,
  // speed): 0.94, 0.76, 0.82, 0.89.
  // Round 17 (7 December 2026): round 16's fresh batch of 36, scored once at its end, moved into dev (624 texts): 0.93,
  // 0.76, 0.81, 0.86 when they moved.
  // End of round 17, all seven areas merged (lineage, treaties, actors, statements and meetings, other acts, near
  // misses, speed): 0.93, 0.76, 0.82, 0.88.
  // Round 18 (7 December 2026): round 17's fresh batch of 36, scored once at its end, moved into dev (660 texts): 0.93,
  // 0.75, 0.81, 0.87 when they moved.
  // End of round 18, all six areas merged (organizations, persons, statements, other acts, treaties, speed): 0.93, 0.76,
  // 0.81, 0.87.
  // Round 19 (8 December 2026): round 18's fresh batch of 36, scored once at its end, moved into dev (696 texts): 0.93,
  // 0.75, 0.80, 0.83 when they moved.
  // End of round 19, all eight areas merged (roles, statements, meetings and signings, other acts, organizations,
  // treaties, lineage, speed): 0.93, 0.75, 0.80, 0.85.
  { set: 'test/corpus/dev', floors: { actors: 0.92, events: 0.74, treaties: 0.79, lineage: 0.82 } },
  // test/corpus/blind holds each round's fresh batch, scored once at the end of the round and never tuned on
  // (test/corpus/README.md, Size). Round 4's batch (2026-12-06c) scored 0.86, 0.57, 0.54, 0.50 with round-start code
  // and 0.89, 0.68, 0.68, 0.50 at the end of round 4, then moved into dev. Round 5's batch (2026-12-06d, 29 texts):
  // round-start code 0.87, 0.60, 0.62, 0.73; end of round 5 0.87, 0.61, 0.65, 0.73, then moved into dev. Round 6's
  // batch (2026-12-06e, 30 texts): round-start code 0.79, 0.53, 0.49, 0.00; end of round 6 0.81, 0.54, 0.57, 0.00.
  // Its lineage floor was 0 because none of its four replacements was found; it then moved into dev. Round 7's batch
  // (2026-12-06f, 28 texts): round-start code 0.81, 0.62, 0.55, 0.00; end of round 7 0.82, 0.62, 0.53, 0.00. Its
  // lineage floor was 0 because neither of its two replacements was found; it then moved into dev. Round 8's batch
  // (2026-12-06g, 42 texts): round-start code 0.81, 0.61, 0.64, 0.31; end of round 8 0.81, 0.62, 0.65, 0.31 (two of
  // its nine replaced treaties found); it then moved into dev. Round 9's batch (2026-12-06h, 37 texts): round-start
  // code 0.79, 0.45, 0.63, 0.22; end of round 9 0.78, 0.45, 0.63, 0.22 (one of its five replaced treaties found); it
  // then moved into dev. Round 10's batch (2026-12-06i, 37 texts): round-start code 0.90, 0.62, 0.53, 0.57; end of
  // round 10 0.90, 0.63, 0.53, 0.57 (es/92's two replaced conventions found, en/87's and fr/90's replacements not); it
  // then moved into dev. Round 11's batch (2026-12-07a, 38 texts): round-start code 0.83, 0.59, 0.54, 0.00; end of
  // round 11 0.84, 0.63, 0.57, 0.33 (es/95's replaced 1933 treaty found, en/95's, fr/99's and ru/95's not); it then
  // moved into dev. Round 12's batch (2026-12-07b, 38 texts): round-start code 0.86, 0.60, 0.57, 0.83; end of round 12
  // 0.87, 0.61, 0.60, 0.83 (five of its seven replaced treaties found; fr/103's and id/103's not); it then moved into
  // dev. Round 13's batch (2026-12-07c, 38 texts): round-start code 0.87, 0.55, 0.59, 0.55; end of round 13 0.88,
  // 0.57, 0.59, 0.55 (three of its seven replaced treaties found); it then moved into dev. Round 14's batch
  // (2026-12-07d, 38 texts): round-start code 0.87, 0.63, 0.71, 0.00; end of round 14 0.88, 0.64, 0.70, 0.00. Its
  // lineage floor was 0 because none of its three replacements was found; it then moved into dev. Round 15's batch
  // (2026-12-07e, 37 texts): round-start code 0.85, 0.65, 0.72, 0.86; end of round 15 0.85, 0.64, 0.70, 0.86 (three
  // of its four replaced treaties found; en/127's not); it then moved into dev. Round 16's batch (2026-12-07f, 36
  // texts): round-start code 0.87, 0.65, 0.56, 0.29; end of round 16 0.87, 0.64, 0.56, 0.29 (one of its five replaced
  // treaties found, id/137's); it then moved into dev. Round 17's batch (2026-12-07g, 36
  // texts): round-start code 0.81, 0.58, 0.67, 0.75; end of round 17 0.81, 0.57, 0.68, 0.75 (three of its four
  // replaced treaties found; en/143's not); it then moved into dev. Round 18's batch (2026-12-07h, 36 texts): round-start
  // code 0.87, 0.59, 0.56, 0.00; end of round 18 0.86, 0.60, 0.56, 0.00. Its lineage floor was 0 because none of its
  // five replacements was found; it then moved into dev. Round 19's batch (2026-12-07i, 35 texts): round-start code
  // 0.83, 0.69, 0.61, 0.29; end of round 19 0.83, 0.69, 0.64, 0.29 (one of its four replaced treaties found).
  { set: 'test/corpus/blind', floors: { actors: 0.82, events: 0.68, treaties: 0.63, lineage: 0.28 } },
];

describe('extraction scores (scripts/evaluation.ts) stay at or above their floors', () => {
  // Every set is in the repository: a set that moves or empties fails here, it is never skipped.
  it.each(FLOORS)(
    'scoreSets($set, $split) reaches its F1 floors',
    ({ set, split, floors }) => {
      expect(existsSync(resolve(root, set)), `${set} is missing`).toBe(true);
      const t = total(scoreSets({ sets: [resolve(root, set)], ...(split ? { split } : {}) }));
      expect(t.articles).toBeGreaterThan(0);
      const summary = summaryLine(t);
      for (const k of KINDS) expect(prf(t[k]).f, `${k} in ${summary}`).toBeGreaterThanOrEqual(floors[k]);
    },
    120_000,
  );
});
