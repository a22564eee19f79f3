/**
 * One trigger becomes a draft event: filters (a word of a treaty's name, a description of a
 * treaty, a missing object), its date, participants, treaty and type, or nothing.
 */
import { uniformRule } from './trigger-rule';
import type { EventType } from '../domain/extraction';
import { createPartialDate, formatPartialDate, type PartialDate } from '../domain/calendar';
import { tokensBefore } from './fold-text';
import { clauseAt, type Sentence } from './split-sentences';
import type { DateMention } from './resolve-dates';
import { uniformDraft, type ArticleScope, type Draft, type SentenceScope } from './event-draft';
import { nounsOwnDate, pickDate, sameDate } from './event-dates';
import { announcedAsFuture, modalityOf } from './event-modality';
import { describesTreaty, hasObject } from './event-objects';
import { requiresRe, requiresTest, type EventPatterns } from './event-patterns';
import {
  bodySpeakerOf,
  hasSpeaker,
  pluralSpeakersOf,
  subjectSpeakersOf,
  quotedSpans,
  reportedUntil,
  speakerOf,
  speaksOnNewsDay,
  spokenInMeeting,
} from './event-statements';
import { voiceStatement } from './article-voice';
import type { TriggerHit } from './find-triggers';
import { LEXICONS, type TriggerRule } from './lexicons';
import { B, words } from './patterns';
import { hasTreatyNoun } from './treaty-patterns';
import type { WordTest } from './word-start-matches';
import { plane } from './bmp-patterns';

/** Taking part in a military exercise: the exercise (a movement of forces), not a meeting. */
const EXERCISE_RULE: TriggerRule = uniformRule({
  pattern: '',
  type: 'military_action',
  plover: 'MOBILIZE',
  cameo: '150',
});
/** How far after "taking part in" the exercise noun may stand ("in the NATO Allied Maritime Command-led exercise"). */
const EXERCISE_REACH = 80;
/** How far before a signing verb the treaty its relative clause describes may end. */
const RELATIVE_REACH = 60;
/** How far after an entry into force "upon signature" may stand. */
const UPON_REACH = 60;

/** Acts that a dated article reports without a date of their own as the news of its day. */
const NEWS_OF_THE_DAY = new Set<EventType>([
  'statement',
  'treaty_signing',
  'ratification',
  'sanction',
  'other',
  'meeting',
  'accession',
]);

/** Whether two dates are one day. */
function sameDay(a: PartialDate | null, b: PartialDate | null | undefined): boolean {
  return !!a && !!b && a.day != null && b.day != null && a.year === b.year && a.month === b.month && a.day === b.day;
}

/** A lede: its first two sentences of prose, after a title, a dateline and a date on lines of their own. */
const LEDE_SENTENCES = 2;
const LEDE_REACH = 6;
const PROSE = 80;
/** How far after a signing verb its tally of states may stand: "firmado acuerdos de este tipo con un centenar de otros Estados". */
const TALLY_AFTER = 70;

function inLede(sentences: readonly Sentence[], s: Sentence): boolean {
  if (s.index > LEDE_REACH) return false;
  let prose = 0;
  for (let k = 0; k < s.index; k++) if (sentences[k]!.end - sentences[k]!.start >= PROSE) prose++;
  return prose < LEDE_SENTENCES;
}

/** What a trigger gave: its draft (kept or not), or null when it was dropped as no event. */
export interface TriggerOutcome {
  draft: Draft | null;
  h: TriggerHit;
}

/**
 * Classifies one trigger of a sentence: pushes its draft unless negated or planned. Returns the
 * outcome, or undefined when the trigger is no event at all (it leaves the last outcome as it was).
 */
export function classifyTrigger(a: ArticleScope, sc: SentenceScope, h: TriggerHit): TriggerOutcome | undefined {
  const { input, c, excluded, articleActors, mainTreaty } = a;
  const { folded, lexicon: lex, actors, gazetteer } = input;
  const { mentionsOf } = a.index;
  const { s, sText, treatyHere, participants, pronoun, prevSentence, carried, placeHere } = sc;
  const rule = h.rule;
  if (rule.needsSanctions && !c.sanctions.test(sText)) return;
  if (rule.requires && !requiresTest(rule.requires).test(sText)) return;
  if (rule.named && !namedBeside(input.text, input.dates, s, h)) return;
  let modality = modalityOf(c, input.text, folded, s, sText, h, sc.hits);
  // "le projet de loi autorisant la ratification", "законопроект о ратификации", "RUU pengesahan": the ratification a bill
  // names is that bill's step (its vote, its transmittal), told by the bill's own verb, not an act of its own
  if (
    rule.nominal &&
    rule.type === 'ratification' &&
    c.ratificationBill?.test(`${tokensBefore(folded, s.start, h.start, 5)} ${folded.slice(h.start, h.end)}`)
  )
    return { draft: null, h };
  // "Пхеньянскую декларацию", "Kigali Amendment": a word in a treaty's name is no event
  if (
    treatyHere.some(
      (m) =>
        (m.kind === 'name' || m.kind === 'named' || m.kind === 'descriptive') && m.start <= h.start && h.end <= m.end,
    )
  )
    return;
  // "the 2023 Amended Compact", "the Second Protocol Amending the Treaty": a verb capitalized inside a sentence is a word of a title
  // (not a passive that opens with its capitalized subject: "el Embajador de ... fue convocado", "the Embassy ... was closed")
  if (!rule.nominal && !rule.heading && inTitle(input.text, s.start, h.start) && !endsLowercase(input.text, h)) return;
  // "pasca-Perang Dunia II", "since World War II", "la Guerre froide": a war named with capitals is a period of history
  // (not when the clause gives it a year of its own: "вступивший в 1973 году в Войну Судного дня" is the war fought then;
  // nor an exercise capitalized with its code name: "membuka Latihan Eagle Indopura")
  if (
    rule.nominal &&
    rule.type === 'military_action' &&
    !rule.named &&
    namedInSentence(input.text, s.start, h.start) &&
    !YEAR_BEFORE.test(input.text.slice(Math.max(s.start, h.start - YEAR_REACH), h.start))
  )
    return;
  // "the earthquake that struck Haiti", "le séisme qui a frappé", "gempa yang melanda": a natural disaster's blow
  if (rule.type === 'military_action' && c.disaster && struckByDisaster(c, c.disaster, folded, s, h)) return;
  // "the Atomic Energy Act (as amended)", "tel que modifié par": the citation of a text in its current form
  if (rule.amend && c.asAmended?.test(folded.slice(Math.max(s.start, h.start - 30), h.start))) return;
  // "The Second Protocol amends the Treaty", "l'avenant modifie la convention": what an instrument is, told in the present
  if (
    rule.amend &&
    !rule.nominal &&
    c.instrumentAmend?.test(folded.slice(h.start, h.end)) &&
    hasTreatyNoun(folded.slice(s.start, h.start), lex)
  )
    return { draft: null, h };
  // "we condemn" inside a quotation is the quoted speaker's, whose own verb of saying stands outside it
  if (rule.firstPerson)
    return quotedSpans(input.text, s.start, s.end).some(([x, y]) => h.start >= x && h.end <= y)
      ? undefined
      : voiceStatement(a, sc, h, modality);
  // "“Kegagalan mendukung Ukraina ... tidak akan terlupakan. Ini adalah saatnya ...," kata Presiden Biden": a verb of saying
  // inside a quotation that runs on over sentences is what its speaker says, whose own verb closes the quotation
  if (rule.type === 'statement' && (inRunningQuote(a, s, h) || quotedBeside(a, sc, h) || quoteRunsOn(a, s, h))) return;
  if (rule.nominal && rule.type === 'treaty_signing' && !treatyHere.some((m) => m.treatyId)) return;
  // "the North Atlantic Treaty, signed in Washington in 1949": a description, not news
  if (describesTreaty(lex, c, folded, s, h, treatyHere, mainTreaty)) {
    a.backgroundUntil = h.end + 40;
    return;
  }
  // "El convenio firmado entre Chile y Perú entró en vigor el martes": the treaty described by its signing, then the act
  if (describedBeforeAct(a, sc, h)) return;
  // "kemudian Afrika Selatan bergabung pada 2010", "X joined in 2010": no object, so the organization or treaty just named
  const intransitive =
    ((rule.type === 'accession' || rule.type === 'withdrawal') &&
      c.intransitive.test(folded.slice(h.end, Math.min(s.end, h.end + 12)) || '.') &&
      [...mentionsOf(s).filter((m) => m.end <= h.start), ...(prevSentence ? mentionsOf(prevSentence) : [])].some(
        (m) => actors.get(m.actorId)?.kind === 'organization' && !actors.get(m.actorId)?.media,
      )) ||
    ((rule.type === 'accession' || rule.type === 'withdrawal') &&
      c.intransitive.test(folded.slice(h.end, Math.min(s.end, h.end + 12)) || '.') &&
      input.treatyMentions.some(
        (m) => m.treatyId && (m.sentence === s.index || m.sentence === s.index - 1) && m.end <= h.start,
      ));
  if (
    rule.needsTreaty &&
    rule.type !== 'ratification' &&
    !hasObject(input, lex, s, sText, h, treatyHere, () => mentionsOf(s)) &&
    !intransitive
  ) {
    return { draft: null, h };
  }
  let d = pickDate(input, s, h, excluded, c);
  // "condenó el 3 de mayo el ataque", "a signé lundi l'accord": a date right after a verb is that verb's, not the noun's after it
  if (d && rule.nominal && d.end <= h.start && verbRightBefore(folded, sc, h, d.start)) d = null;
  // "I transmit herewith the Treaty ..., signed at Vilnius on October 23, 2001": the date of the signing participle between
  if (d && d.start > h.end && rule.type !== 'treaty_signing' && c.participleWord.test(folded.slice(h.end, d.start)))
    d = dateBeforeTrigger(input, s, h, excluded, c);
  // a date far after "said" belongs to what was said, except a relative day ("kata ... dalam keterangan tertulis, kemarin")
  // or one after the speaker named right after the verb ("ujar Heather Nauert, Juru Bicara ..., pada 30 September")
  if (
    d &&
    rule.type === 'statement' &&
    d.start > h.end &&
    !nounsOwnDate(c, folded, h, d) &&
    !closesSentence(folded, s, d) &&
    ((d.start > h.end + 30 &&
      !(d.kind === 'relative' && d.value?.precision === 'day') &&
      !(!rule.nominal && d.start - h.end <= 100 && speakerRightAfter(a, s, h, d.start))) ||
      // "condena los hechos ocurridos ayer": the day of what is spoken about
      c.heldBefore.test(folded.slice(Math.max(h.end, d.start - 40), d.start)) ||
      // "condemns the attack of yesterday", "el atentado perpetrado ayer", "l'attaque d'hier soir": the day of the object
      (!rule.nominal && c.objectDate.test(folded.slice(Math.max(h.end, d.start - 30), d.start))) ||
      // "condena el acto que ha supuesto el lanzamiento, ayer", "said that on Monday ...": a date in a clause under the verb
      (!rule.nominal && c.clauseHead.test(folded.slice(h.end, d.start))) ||
      // "condamnent l'attaque d'hier soir", "condena el atentado perpetrado ayer": the date of the act named between
      actBetween(sc, h, d.start))
  )
    d = dateBeforeTrigger(input, s, h, excluded, c);
  // "condemns the attack carried out yesterday, expresses its solidarity and urges ...": a date in the clause of an
  // earlier speech verb of the sentence that did not take it is the date of what that verb spoke of
  if (d?.value && rule.type === 'statement' && d.end <= h.start && dateOfEarlierObject(a, sc, d)) d = null;
  // "Le président a obtenu la majorité le 27 décembre, a déclaré le chef de l'Autorité": a date in the words that a
  // speech verb closing its sentence reports is the date of what it reports, not of the report, which is the news of
  // the article's day (nor does it take the day of the act it reports); with no day of publication, the date it
  // reports is the best the text gives
  const reportsDated =
    !!d &&
    rule.type === 'statement' &&
    input.publicationDay?.day != null &&
    d.end <= h.start &&
    d.end <= reportedUntil(a, s, h);
  if (reportsDated) d = null;
  // (an undated noun a copula restates is the act told before, "C'était sa première visite officielle au ministre X":
  // it names that act's participants)
  if (rule.nominal && (!d || !d.value) && !(restated(c, folded, s, h) && a.drafts.some((x) => x.type === rule.type))) {
    return { draft: null, h };
  }
  // "the tax treaty with Australia, which was concluded in 1982": a signing told in a relative clause on another treaty
  // than the article's says which treaty that is, unless it dates it in the year of the news ("cet accord, qui a été
  // signé au mois de septembre")
  if (relativeSigning(a, sc, h) && !(d?.value && input.published && d.value.year >= input.published.year))
    return { draft: null, h };
  // "yesterday marked the third anniversary of the signing": the act is older than the date before it
  if ((!d || d.start < h.start) && c.anniversary?.test(tokensBefore(folded, s.start, h.start, 6)))
    return { draft: null, h };
  // "Eight years after the signing of the peace agreement, ..., the minister said on Monday": an act a time older than
  // the date of its sentence (unless it is dated on its own, "eight years after the signing in 2016")
  if (!(d?.value && d.value.day == null) && c.elapsedSince?.test(tokensBefore(folded, s.start, h.start, 6)))
    return { draft: null, h };
  // "since his election", "sejak dilantik", "depuis son adhésion": an act that a state dates from is where that state
  // began, not the news of the day, unless its own words date it ("since the outbreak of fighting in Sudan on April 15")
  if (
    c.sinceAct?.test(folded.slice(Math.max(s.start, h.start - SINCE_REACH), h.start)) &&
    !(d?.value && d.start >= h.end && !SINCE_PHRASE_BREAK.test(folded.slice(h.end, d.start)))
  )
    return { draft: null, h };
  // the subject carries over only for acts that continue the previous sentence ("Perjanjian itu ditandatangani ...")
  // and for the steps of a treaty's life told of "the delegations", "the President" ("The President signed the instrument")
  const carries =
    rule.type === 'treaty_signing' ||
    rule.type === 'meeting' ||
    rule.type === 'statement' ||
    rule.type === 'ratification' ||
    !!rule.lifecycle;
  let ids = participants.length ? sc.regionActors(h) : rule.nominal || !carries ? [] : carried;
  // "The embassy said ...": a body's noun as the subject is the speaker, not the actors of the sentence before
  if (rule.type === 'statement' && !participants.length && ids.length && bodySubjectIn(a, sc)) ids = [];
  if (rule.signatory && !ids.length) ids = signatoryAfter(a, s);
  if (pronoun && a.lastPerson && participants[0] === a.lastPerson && !ids.includes(a.lastPerson))
    ids = [a.lastPerson, ...ids];
  if (rule.type === 'statement' && !hasSpeaker(a, sc, h, ids)) {
    reject(a, sc, h, 'speaker', rule.type, d?.value ?? null, ids, modality, null);
    return { draft: null, h };
  }
  // "The embassy said ...": the body a bare noun stands for is the statement's actor
  if (rule.type === 'statement' && !ids.length) {
    const body = bodySpeakerOf(a, sc, h);
    if (body) ids = [body];
  }

  let date = d?.value ?? null;
  let ownDate = !!date;
  // the day a next sentence says the act was held on (`dayHeld`): its own, as written
  let heldOn: PartialDate | null = null;
  // "had said", "Sebelumnya, ... mengatakan", "Ранее ... заявил": speech told as earlier than the news, undated
  const earlier =
    !d &&
    rule.type === 'statement' &&
    !rule.nominal &&
    (toldEarlier(c, folded, s, h) || (!!a.lastEarlier && speakerOf(a, sc, h) === a.lastSpeaker));
  if (!d && !earlier) {
    const narrative =
      rule.type === 'statement' ||
      rule.type === 'meeting' ||
      rule.type === 'military_action' ||
      rule.type === 'protest';
    const spokeOn = rule.type === 'statement' ? speakersDay(a, sc, h) : null;
    const framed = c.eventAnaphora.test(sText) ? frameDate(a, s) : null;
    heldOn = rule.type !== 'statement' && !rule.nominal ? dayHeld(a, c, s) : null;
    if (heldOn) {
      date = heldOn;
    } else if (framed) {
      date = framed;
    } else if (spokeOn) {
      date = spokeOn;
    } else if (
      narrative &&
      !reportsDated &&
      !speaksOnNewsDay(a, sc, h) &&
      a.lastDated?.date?.day != null &&
      s.index - a.lastDated.sentence.index <= 15 &&
      a.isNews(a.lastDated.date)
    ) {
      date = a.lastDated.date;
    }
    ownDate = !!heldOn;
  }
  // "is now in force", "est désormais en vigueur": the article's day
  if (!date && rule.now && input.publicationDay?.day != null) date = input.publicationDay;
  // the nearest treaty mention, preferring one after a verb (its object)
  const tm = treatyHere
    .filter((m) => m.treatyId)
    .sort((a, b) => Math.abs(a.start - h.end) - Math.abs(b.start - h.end))[0];
  // "It was signed in Moscow on 24 May 2002": "it" opening the sentence is the treaty the article is about
  const treaty =
    tm?.treatyId ??
    ((rule.type === 'treaty_signing' || rule.type === 'entry_into_force') && c.itSubject.test(sText)
      ? mainTreaty
      : null);
  let type: EventType = rule.type;
  // "forces from ten nations are participating in the exercise Dynamic Mongoose", "participan en el ejercicio UNITAS",
  // "ikut serta dalam latihan Garuda Shield", "участвуют в учениях": taking part in an exercise is the exercise
  const exercise =
    type === 'meeting' &&
    !rule.nominal &&
    !!c.exerciseObject?.test(folded.slice(h.end, Math.min(s.end, h.end + EXERCISE_REACH)));
  if (exercise) type = 'military_action';
  // "signed the ratification law", "подписал закон о ратификации": legislation, a ratification at most; so is "the executive
  // order signed by", "El decreto, firmado por", "Указ, подписанный"
  if (type === 'treaty_signing' && !rule.nominal && c.lawObject) {
    const after = folded.slice(h.end, Math.min(s.end, h.end + 80));
    const before = tokensBefore(folded, s.start, h.start, 9);
    const afterHead = after.split(/\s+/).filter(Boolean).slice(0, 7).join(' ');
    if (
      c.ratificationLaw?.test(afterHead) ||
      (c.ratificationLaw?.test(before) && !/[,;]/.test(before.slice(c.ratificationLaw.exec(before)!.index)))
    )
      type = 'ratification';
    else if (
      c.lawObject.test(after) ||
      // (a law named after the treaty that is the verb's subject is no law signed: "les accords qui sont l'objet du présent
      // projet de loi ont été signés")
      (!!c.lawSubject?.test(before) && !treatyHere.some((m) => m.end <= h.start)) ||
      // "Дума приняла закон о денонсации ..., а Путин подписал его": the pronoun stands for the law
      (c.objectPronoun.test(after) &&
        !!lex.lawNouns &&
        new RegExp(`(?<![\\p{L}])${lex.lawNouns}(?![\\p{L}])`, 'u').test(folded.slice(s.start, h.start)))
    ) {
      return { draft: null, h };
    }
  }
  // "firmaron el Acta de depósito", "esta presentación fue suscrita por": a document signed that is no agreement
  if (type === 'treaty_signing' && !rule.nominal && signsDocument(c, folded, s, h)) return { draft: null, h };
  if (rule.needsTreaty && rule.type === 'treaty_signing' && !treaty) {
    reject(a, sc, h, 'treaty', type, date, ids, modality, null);
    return { draft: null, h };
  }
  // a signature after the treaty entered into force is an accession, unless what is signed is a protocol to
  // it ("ont signé le protocole au Traité de l'Atlantique Nord", "Protocol to the ASEAN Charter"): a new instrument.
  // No state accedes to a bilateral treaty nor to one that has ended: a signature then is of another instrument
  // that the mention resolved to the known treaty ("the new START treaty" read as START I, ended 2009)
  if (type === 'treaty_signing' && treaty && date && !(tm && protocolBefore(folded, s.start, tm.start))) {
    const g = gazetteer.treaties.get(treaty);
    const inForce = g?.inForce ? Number(g.inForce.slice(0, 4)) : null;
    const ended = g?.ended ? Number(g.ended.slice(0, 4)) : null;
    const bilateral = g?.parties.length === 2;
    if (inForce !== null && date.year > inForce && !bilateral && !(ended !== null && date.year > ended))
      type = 'accession';
  }
  // "118 countries have signed", "de los cuales ya lo han firmado 194, y ratificado por 147": undated, a tally of the
  // states that have signed or ratified tells how far the treaty has got, not an act of the day
  if (
    !date &&
    (type === 'treaty_signing' || type === 'ratification' || type === 'accession') &&
    c.tally?.test(folded.slice(Math.max(s.start, h.start - 60), Math.min(s.end, h.end + TALLY_AFTER)))
  )
    return { draft: null, h };
  // an undated "other" is too vague to keep, except a recall or an expulsion of diplomats between named states, a
  // suspension by a named party, or an act that a dated article reports as the news of its day ("the United States published ...")
  // (not one in a relative clause: "perjanjian yang sudah habis masa berlakunya" describes the old treaty)
  // "The new agreement entered into force upon signature": an entry into force told without its parties or its day is
  // that of the parties who signed the treaty in the article (the treaty named there, else the last signed), on their
  // day when it took effect upon signature
  if (type === 'entry_into_force' && !ids.length && !date) {
    const signed = signingOf(a, treaty);
    if (signed) {
      ids = signed.actors.slice();
      if (c.uponSignature?.test(folded.slice(h.end, Math.min(s.end, h.end + UPON_REACH)))) date = signed.date;
    }
  }
  const relative = inRelativeClause(c, folded, s, h);
  const newsOfTheDay = input.publicationDay?.day != null && ids.length > 0 && !relative;
  // a treaty's own lifecycle act between named parties is news even undated ("Россия и Китай продлили договор")
  const treatyAct = (rule.needsTreaty || rule.lifecycle) && !!treaty && ids.length > 0 && !relative;
  if (
    (!ids.length && !date) ||
    (type === 'other' &&
      !date &&
      !((rule.cameo === '161' || rule.cameo === '160') && ids.length) &&
      !newsOfTheDay &&
      !treatyAct)
  ) {
    reject(a, sc, h, date ? 'actors' : 'undated', type, date, ids, modality, treaty);
    return { draft: null, h };
  }
  // an event dated after the publication has not happened yet, unless told in the past with a day and month whose year
  // came from the publication: "signed on 20 June" in a 10 June article is last year's
  if (
    date &&
    input.published &&
    formatPartialDate(date) > formatPartialDate(input.published).slice(0, formatPartialDate(date).length) &&
    d &&
    !d.hasYear &&
    d.kind === 'context' &&
    date.day !== null &&
    date.year === input.published.year &&
    modality === 'asserted' &&
    rule.type !== 'statement' &&
    toldInPast(c, folded, s, h)
  )
    date = createPartialDate(date.year - 1, date.month, date.day) ?? date;
  if (
    date &&
    input.published &&
    formatPartialDate(date) > formatPartialDate(input.published).slice(0, formatPartialDate(date).length)
  ) {
    if (rule.type !== 'statement') {
      return { draft: null, h };
    }
    date = null;
  }
  // the parties of a known treaty that the article names also signed it
  if ((type === 'treaty_signing' || type === 'entry_into_force') && treaty) {
    for (const p of gazetteer.treaties.get(treaty)?.parties ?? [])
      if (articleActors.has(p) && !ids.includes(p)) ids = [...ids, p];
  }
  if (
    type !== 'treaty_signing' &&
    type !== 'accession' &&
    type !== 'withdrawal' &&
    type !== 'ratification' &&
    type !== 'meeting'
  )
    ids = ids.slice();
  const draft: Draft = uniformDraft({
    type,
    rule: exercise ? EXERCISE_RULE : rule,
    date,
    endDate: d?.endValue ?? null,
    actors: ids,
    place: placeHere?.name ?? null,
    treaty: ['statement', 'military_action', 'sanction', 'aid', 'protest', 'election', 'meeting'].includes(type)
      ? null
      : treaty,
    modality,
    sentence: s,
    start: h.start,
    end: h.end,
    confidence: 0.5 + (date ? 0.2 : 0) + (ids.length ? 0.15 : 0) + (ownDate ? 0.1 : 0),
    ownDate,
  });
  // "akan meresmikan KTT ... pada hari Kamis", "will open the summit today": a meeting the page dates on its own day is
  // the news of that day, whatever the tense it was announced in
  if (
    modality === 'planned' &&
    type === 'meeting' &&
    ownDate &&
    sameDay(date, input.publicationDay) &&
    announcedAsFuture(c, input.text, folded, s, h)
  )
    draft.modality = modality = 'asserted';
  if (modality === 'negated' || modality === 'planned') {
    a.rejected?.push({ draft, why: modality });
    return { draft, h };
  }
  // "this visit", "pertemuan tersebut" is the act of its kind told before (a statement's words go on by other rules)
  if (restated(c, folded, s, h)) draft.restates = true;
  else if (type !== 'statement' && anaphoric(c, folded, s, h)) draft.retells = true;
  a.drafts.push(draft);
  if (d && REPEATED_ACTS.has(type)) repeatedOn(a, s, draft, d);
  // a document recalled by its own date ("la déclaration ... du 7 août") dates nothing told after it
  if (date && ownDate && !(d && nounsOwnDate(c, folded, h, d))) a.lastDated = draft;
  // a remark or act reported without a date in a dated article is the news of its publication day
  // (a signing only in a main clause: "the accord, which was signed by ..." describes the accord)
  if (
    !date &&
    !rule.nominal &&
    !earlier &&
    NEWS_OF_THE_DAY.has(rule.type) &&
    !(rule.type === 'treaty_signing' && relative)
  )
    draft.newsDay = true;
  // a military act told in the lede's main clause is the news too ("North Korea has carried out a nuclear test");
  // later in the text an undated one is background ("the 2014 annexation", "the war it waged")
  if (!date && !rule.nominal && rule.type === 'military_action' && !relative && inLede(input.sentences, s))
    draft.newsDay = true;
  if (type === 'statement') {
    const together = pluralSpeakersOf(a, sc, h);
    draft.speaker = together[0] ?? speakerOf(a, sc, h);
    if (together.length) draft.coSpeakers = together.slice(1);
    const subject = draft.speaker && !together.length ? subjectSpeakersOf(a, sc, h, draft.speaker) : [];
    if (subject.length) draft.subjectSpeakers = subject;
    for (const p of together.slice(1)) if (!draft.actors.includes(p)) draft.actors.unshift(p);
    if (draft.speaker) a.lastSpeaker = draft.speaker;
    a.lastEarlier = earlier;
    if (earlier) draft.earlier = true;
    if (spokenInMeeting(a, sc, h)) draft.inMeeting = true;
    // "«...», dijo": the speaker carried over from the sentence before is one of the statement's actors
    if (draft.speaker && !draft.actors.includes(draft.speaker)) draft.actors.unshift(draft.speaker);
    // "«...», añadió", "..., she added" in the voice of an earlier speaker: the actors carried in from the sentence
    // before or for the pronoun (the person last named) are not in it
    if (draft.speaker && a.lastPerson && draft.speaker !== a.lastPerson && (pronoun || !participants.length))
      draft.actors = namedOrSpeaker(a, s, draft);
  }
  if (draft.newsDay && draft.speaker) a.newsDaySpeakers.add(draft.speaker);
  return { draft, h };
}

/** Whether a verb of saying of the sentence has a body's noun as its subject ("The embassy said it was concerned ..."). */
function bodySubjectIn(a: ArticleScope, sc: SentenceScope): boolean {
  return sc.hits.some((x) => x.rule.type === 'statement' && bodySpeakerOf(a, sc, x) !== undefined);
}

/** Whether what a verb of signing signs is a document that is no agreement: its object after it, or its passive subject. */
function signsDocument(c: EventPatterns, folded: string, s: Sentence, h: TriggerHit): boolean {
  if (!c.signedDocumentObject) return false;
  return (
    c.signedDocumentObject.test(folded.slice(h.end, Math.min(s.end, h.end + 60))) ||
    !!c.signedDocumentSubject?.test(tokensBefore(folded, s.start, h.start, 4))
  );
}

/** A quotation mark that opens a quotation (a straight one opens or closes). */
const OPENING_MARK = /["“«„‹]/u;
/** How far after the quotation mark that closes a quotation its verb of saying may stand. */
const CLOSING_VERB_REACH = 40;

/**
 * Whether a trigger stands inside a quotation that is still open at its sentence's end and closes in the next
 * sentence, where a verb of saying follows the closing mark ('..." kata Presiden Biden', '...», a-t-il ajouté').
 */
function inRunningQuote(a: ArticleScope, s: Sentence, h: TriggerHit): boolean {
  const { text, sentences, triggers } = a.input;
  const spans = quotedSpans(text, s.start, s.end);
  const last = spans[spans.length - 1];
  if (!last || last[1] !== s.end || last[0] > h.start || !OPENING_MARK.test(text.charAt(last[0]))) return false;
  const next = sentences[s.index + 1];
  if (!next) return false;
  const closes = quotedSpans(text, next.start, next.end)[0];
  if (!closes || closes[0] !== next.start) return false;
  const closedAt = closes[1];
  return triggers.some(
    (t) =>
      t.sentence === next.index &&
      t.rule.type === 'statement' &&
      t.start >= closedAt &&
      t.start - closedAt <= CLOSING_VERB_REACH,
  );
}

/**
 * Whether a trigger stands inside a quotation whose verb of saying stands outside it in the sentence ('"We condemn
 * ...," the minister said'): that verb tells the statement.
 */
function quotedBeside(a: ArticleScope, sc: SentenceScope, h: TriggerHit): boolean {
  const spans = quotedSpans(a.input.text, sc.s.start, sc.s.end);
  if (!spans.some(([x, y]) => h.start >= x && h.end <= y)) return false;
  return sc.hits.some(
    (t) => t !== h && t.rule.type === 'statement' && !spans.some(([x, y]) => t.start >= x && t.end <= y),
  );
}

/** Whether a trigger stands in the end of a quotation opened in an earlier sentence ('Esa responsabilidad exige todo de nosotros”.'). */
function quoteRunsOn(a: ArticleScope, s: Sentence, h: TriggerHit): boolean {
  const first = quotedSpans(a.input.text, s.start, s.end)[0];
  return !!first && first[0] === s.start && !OPENING_MARK.test(a.input.text.charAt(s.start)) && h.end <= first[1];
}

/** A draft's actors named in its sentence, and its speaker. */
function namedOrSpeaker(a: ArticleScope, s: Sentence, draft: Draft): string[] {
  const named = a.index.mentionsOf(s);
  return draft.actors.filter((x) => x === draft.speaker || named.some((m) => m.actorId === x));
}

/** How many sentences back a speaker's dated statement still dates their undated words. */
const SPEAKER_DAY_REACH = 15;

/**
 * The day a statement's speaker spoke on in a statement of their own told shortly before ("X today congratulated ..."
 * then "“...,” said Minister X"): their undated words go on on that day, whatever event was dated since. Null when the
 * speaker made no statement with a day in the sentences before.
 */
function speakersDay(a: ArticleScope, sc: SentenceScope, h: TriggerHit): PartialDate | null {
  const speaker = speakerOf(a, sc, h);
  if (!speaker) return null;
  for (let i = a.drafts.length - 1; i >= 0; i--) {
    const x = a.drafts[i]!;
    if (sc.s.index - x.sentence.index > SPEAKER_DAY_REACH) return null;
    if (x.type !== 'statement' || !spokeIn(a, x, speaker)) continue;
    return x.date?.precision === 'day' ? x.date : null;
  }
  return null;
}

/**
 * Whether a person spoke in a statement: its speaker, one who speaks with them, or a person named in the subject before
 * its verb ("Minister X and Minister Y today congratulated ...", where the nearest is the speaker).
 */
function spokeIn(a: ArticleScope, x: Draft, person: string): boolean {
  if (x.speaker === person || !!x.coSpeakers?.includes(person)) return true;
  if (x.rule.nominal || !x.actors.includes(person)) return false;
  const from = x.sentence.clauses[clauseAt(x.sentence, x.start)]!;
  return a.index.mentionsOf(x.sentence).some((m) => m.actorId === person && m.start >= from && m.end <= x.start);
}

/**
 * "Presiden melepas bantuan kemanusiaan ... Pelepasan bantuan oleh Presiden dilakukan di Halim, pada Senin (8/7/2024)",
 * "X signed the agreement. The ceremony took place in Jakarta on Monday": the next sentence opens on the act's noun and
 * its verb of being held; the first date after that verb (a day, not excluded, within a week of the news) is the act's.
 */
function dayHeld(a: ArticleScope, c: EventPatterns, s: Sentence): PartialDate | null {
  const next = a.input.sentences[s.index + 1];
  if (!next || !c.openingHeld) return null;
  const m = c.openingHeld.exec(a.input.folded.slice(next.start, next.end));
  if (!m) return null;
  const from = next.start + m[0].length;
  for (const d of a.input.dates) {
    if (d.start < from) continue;
    if (d.end > next.end) break;
    return newsDay(a, d);
  }
  return null;
}

/** A date that is one day of the news (not a span, not excluded as background, within the news's reach), or null. */
function newsDay(a: ArticleScope, d: DateMention): PartialDate | null {
  return d.value?.precision === 'day' && !d.endValue && !a.excluded(d) && a.isNews(d.value) ? d.value : null;
}

/** How many sentences before a frame ("during the visit") the day of the act it names may stand. */
const FRAME_REACH = 2;

/**
 * The date of the act a frame names ("during the visit", "dans cette rencontre", "dalam kunjungan tersebut", "в ходе
 * визита"): the last dated event, or a later day written in the sentences just before when the act was told by a verb
 * that is no event ("arrived in Beijing on 3 July. During the visit, ..."); `null` for none.
 */
function frameDate(a: ArticleScope, s: Sentence): PartialDate | null {
  const last = a.lastDated;
  if (last && s.index - last.sentence.index <= FRAME_REACH) return last.date;
  const sentences = a.input.sentences;
  const from = sentences[Math.max(0, s.index - FRAME_REACH)]!.start;
  const dates = a.input.dates;
  for (let i = dates.length - 1; i >= 0; i--) {
    const d = dates[i]!;
    if (d.start >= s.start) continue;
    if (d.start < from || (last && d.start < last.end)) break;
    const day = newsDay(a, d);
    if (day) return day;
  }
  return last?.date ?? null;
}

/** How far before an act the word "since" that governs it may stand ("since I was sworn in"). */
const SINCE_REACH = 40;
/** What ends the phrase an act opens after "since": a clause's punctuation or a quotation mark. */
const SINCE_PHRASE_BREAK = /[,;:.!?"“”«»()]/u;

/**
 * "On December 4, the delegations agreed on the text of an amendment to the 2008 agreement", "Pada 4 Desember, X
 * mengatakan bahwa perjanjian yang ditandatangani pada 2008 ...": when the date after a trigger is that of what it
 * speaks of or of a participle after it, a date before the trigger in its sentence is still the trigger's own.
 */
function dateBeforeTrigger(
  input: ArticleScope['input'],
  s: Sentence,
  h: TriggerHit,
  excluded: (d: DateMention) => boolean,
  c: EventPatterns,
): DateMention | null {
  return pickDate(input, s, h, (d) => d.end > h.start || excluded(d), c);
}

/** How far before a speech verb an adverb of an earlier time may stand ("Sebelumnya, Menteri Pertahanan X mengatakan"). */
const EARLIER_BEFORE = 80;
/** How far after a speech verb an adverb of an earlier time may stand ("said earlier", "заявлял ранее"). */
const EARLIER_AFTER = 25;

/** Whether a speech verb is told in the pluperfect or with an adverb of an earlier time in its reach. */
function toldEarlier(c: EventPatterns, folded: string, s: Sentence, h: TriggerHit): boolean {
  // the auxiliary before the verb or inside the trigger ("habia dicho"), the verb's text closed by a space
  if (c.earlierAuxiliary?.test(folded.slice(Math.max(s.start, h.start - 30), h.end) + ' ')) return true;
  if (!c.earlierAdverb) return false;
  if (c.earlierAdverb.test(folded.slice(Math.max(s.start, h.start - EARLIER_BEFORE), h.end))) return true;
  // "said earlier", not "menyebut bahwa sebelumnya ...": an adverb in the clause the verb reports is what is said
  const after = folded.slice(h.end, Math.min(s.end, h.end + EARLIER_AFTER));
  return !c.clauseHead.test(after) && c.earlierAdverb.test(after);
}

/** Whether a statement of the sentence, told before a date, stands undated or on another day: the date is its object's. */
function dateOfEarlierObject(a: ArticleScope, sc: SentenceScope, d: DateMention): boolean {
  for (let i = a.drafts.length - 1; i >= 0; i--) {
    const x = a.drafts[i]!;
    if (x.sentence !== sc.s) return false;
    if (x.type === 'statement' && !x.rule.nominal && x.end <= d.start)
      return !x.date || !d.value || !sameDate(x.date, d.value);
  }
  return false;
}

/** Acts that one side repeats day after day: strikes, raids and rallies told with two days are two acts. */
const REPEATED_ACTS = new Set<EventType>(['military_action', 'protest']);

/**
 * "two airstrikes Sept. 14 and yesterday", "des frappes les 3 et 4 mai": the act's day coordinated with another day of its
 * sentence is the same act again on that day.
 */
function repeatedOn(a: ArticleScope, s: Sentence, draft: Draft, d: DateMention): void {
  if (d.value?.precision !== 'day' || d.endValue) return;
  const { folded, dates } = a.input;
  for (const next of dates) {
    if (next.start < d.end || next.end > s.end) continue;
    const gap = folded.slice(d.end, next.start);
    if (gap.length > 8 || !a.c.coordinated.test(gap)) return;
    if (next.value?.precision === 'day' && !next.endValue && !a.excluded(next) && !sameDate(next.value, d.value))
      a.drafts.push({ ...draft, date: next.value, start: next.start, end: next.end });
    return;
  }
}

/**
 * Records a trigger the rules drop as a candidate the learned event scorer may keep (only when a
 * scorer asks for candidates): undated, it takes the article's day as the news of the day would.
 */
/** The article's last told signing of a treaty (of this one when named) that names its parties. */
function signingOf(a: ArticleScope, treaty: string | null): Draft | undefined {
  for (let i = a.drafts.length - 1; i >= 0; i--) {
    const d = a.drafts[i]!;
    if (d.type === 'treaty_signing' && d.treaty && (!treaty || d.treaty === treaty) && d.actors.length) return d;
  }
  return undefined;
}

function reject(
  a: ArticleScope,
  sc: SentenceScope,
  h: TriggerHit,
  why: string,
  type: EventType,
  date: Draft['date'],
  ids: string[],
  modality: Draft['modality'],
  treaty: string | null,
): void {
  if (!a.rejected) return;
  const day = a.input.publicationDay?.day != null ? a.input.publicationDay : null;
  a.rejected.push({
    why,
    draft: uniformDraft({
      type,
      rule: h.rule,
      date: date ?? (NEWS_OF_THE_DAY.has(type) ? day : null),
      endDate: null,
      actors: ids,
      place: sc.placeHere?.name ?? null,
      treaty: ['statement', 'military_action', 'sanction', 'aid', 'protest', 'election', 'meeting'].includes(type)
        ? null
        : treaty,
      modality,
      sentence: sc.s,
      start: h.start,
      end: h.end,
      confidence: 0.3,
      ownDate: !!date,
    }),
  });
}

/**
 * Whether a natural disaster stands among the six words before a trigger in its clause, or in the clause before
 * when a relative pronoun opens the trigger's ("землетрясения, которое нанесло удар"): the subject of its verb.
 */
function struckByDisaster(c: EventPatterns, disaster: WordTest, folded: string, s: Sentence, h: TriggerHit): boolean {
  const k = clauseAt(s, h.start);
  let from = Math.max(s.start, s.clauses[k]! - 1);
  if (k > 0 && inRelativeClause(c, folded, s, h)) from = Math.max(s.start, s.clauses[k - 1]! - 1);
  return disaster.test(tokensBefore(folded, from, h.start, 6));
}

/** Whether an event noun is the predicate or the subject of a copula in its clause: "was his first visit", "Kunjungan ini merupakan". */
function restated(c: EventPatterns, folded: string, s: Sentence, h: TriggerHit): boolean {
  if (!c.restatedAfter || !c.restatedBefore) return false;
  const from = Math.max(s.start, s.clauses[clauseAt(s, h.start)]! - 1);
  return (
    c.restatedAfter.test(tokensBefore(folded, from, h.start, 5)) ||
    c.restatedBefore.test(folded.slice(h.end, Math.min(s.end, h.end + 40)))
  );
}

/**
 * Whether a demonstrative stands by an event noun in its clause: "this visit", "cette rencontre" (a noun that a verb
 * pattern may take, "rencontre"), "pertemuan tersebut" (after a noun only: "menandatangani perjanjian itu" is an act).
 */
function anaphoric(c: EventPatterns, folded: string, s: Sentence, h: TriggerHit): boolean {
  const k = clauseAt(s, h.start);
  const from = Math.max(s.start, s.clauses[k]! - 1);
  if (c.anaphoricBefore?.test(tokensBefore(folded, from, h.start, 3))) return true;
  const clauseEnd = s.clauses[k + 1] ?? s.end;
  if (h.rule.nominal) return !!c.anaphoricAfter?.test(folded.slice(h.end, Math.min(clauseEnd, h.end + 60)));
  return !!h.rule.requires && anaphoricSubject(c, folded, s.start, clauseEnd, h);
}

/**
 * Whether the noun a verb of taking place requires is a demonstrative's, before the verb in its sentence: "This meeting,
 * which took place", "Cette rencontre s'est tenue", "Pertemuan yang berlangsung selama 30 menit itu": the meeting told before.
 */
function anaphoricSubject(c: EventPatterns, folded: string, from: number, clauseEnd: number, h: TriggerHit): boolean {
  const noun = requiresRe(h.rule.requires!).exec(folded.slice(from, h.start));
  if (!noun) return false;
  const start = from + noun.index;
  if (c.anaphoricBefore?.test(tokensBefore(folded, from, start, 3))) return true;
  const end = start + noun[0].length;
  return !!c.anaphoricAfter?.test(folded.slice(end, Math.min(clauseEnd, end + 60)));
}

let PROTOCOL: RegExp | null = null;
/**
 * Whether a protocol noun of any lexicon (treaty titles are often quoted in another language) is among
 * the five words before a treaty mention: "Protocol to the ASEAN Charter", "протокола к Договору".
 */
function protocolBefore(folded: string, sentenceStart: number, at: number): boolean {
  PROTOCOL ??= plane(
    new RegExp(
      `${B}(?:${words(
        Object.values(LEXICONS).flatMap((l) => l.treatyNouns.filter((n) => n.kind === 'protocol').map((n) => n.form)),
      )})`,
      'u',
    ),
  );
  return PROTOCOL.test(tokensBefore(folded, sentenceStart, at, 5));
}

const SHORT_WORD_GAP = plane(/^\s*(?:\p{L}{1,5}\s+)?$/u);
/** Whether another kind of event's trigger stands between a speech verb and a date: that act's date. */
/**
 * Whether another trigger, a verb, ends right before a date that stands before the nominal trigger `h` (not a verb its
 * sentence does not make an act: "iniciaron el 11 de marzo el ejercicio naval", where "iniciaron" needs a process).
 */
function verbRightBefore(folded: string, sc: SentenceScope, h: TriggerHit, dateStart: number): boolean {
  return sc.hits.some(
    (x) =>
      x !== h &&
      !x.rule.nominal &&
      x.end <= dateStart &&
      SHORT_WORD_GAP.test(folded.slice(x.end, dateStart)) &&
      (!x.rule.requires || requiresTest(x.rule.requires).test(sc.sText)),
  );
}

/**
 * Whether a signing participle right after its treaty ("the agreement signed between Chile and Peru", "la convention,
 * signée par les deux pays,") only says which treaty another act of the sentence, told after it, is about ("... entered
 * into force on Tuesday"), with no date of its own before that act: the sentence's date is the act's, not the signing's.
 */
function describedBeforeAct(a: ArticleScope, sc: SentenceScope, h: TriggerHit): boolean {
  const { c, input } = a;
  const { folded, lexicon: lex } = input;
  if (h.rule.type !== 'treaty_signing' || h.rule.nominal || !c.participle.test(folded.slice(h.start, h.end)))
    return false;
  const m = sc.treatyHere.filter((x) => x.end <= h.start && h.start - x.end < 60).pop();
  if (!m) return false;
  const before = folded.slice(Math.max(sc.s.start, h.start - 60), h.start);
  if (
    !c.relativeAfterNoun.test(folded.slice(m.end, h.start)) &&
    !lex.grammar.reducedRelative(before, folded.slice(h.start, h.end))
  )
    return false;
  const next = sc.hits.find(
    (x) => x.start >= h.end && !x.rule.nominal && x.rule.type !== 'statement' && x.rule.type !== 'treaty_signing',
  );
  return !!next && !input.dates.some((d) => d.start >= h.end && d.start < next.start);
}

/**
 * Whether a signing verb stands in a relative clause on a treaty just named, other than the article's own ("the treaty
 * with Australia, which was concluded in 1982", "el acuerdo, que fue firmado en 1995", "соглашение, которое было
 * подписано"): the clause describes that treaty.
 */
function relativeSigning(a: ArticleScope, sc: SentenceScope, h: TriggerHit): boolean {
  const re = a.c.relativeSigning;
  if (!re || h.rule.type !== 'treaty_signing' || h.rule.nominal) return false;
  const m = sc.treatyHere.filter((x) => x.end <= h.start && h.start - x.end < RELATIVE_REACH).pop();
  return (
    !!m &&
    m.kind !== 'bare' &&
    m.kind !== 'indefinite' &&
    m.treatyId !== a.mainTreaty &&
    re.test(a.input.folded.slice(m.end, h.start))
  );
}

function actBetween(sc: SentenceScope, h: TriggerHit, dateStart: number): boolean {
  return sc.hits.some((x) => x.rule.type !== 'statement' && x.start >= h.end && x.end <= dateStart);
}

/**
 * Whether a trigger is the verb of a relative clause: a relative pronoun right before it ("yang
 * ditandatangani", "который подписали") or opening its clause ("the accord, which was signed by",
 * "l'accord, qui a été signé"). Such an act describes a noun; it is not the news of the day.
 */
function inRelativeClause(c: EventPatterns, folded: string, s: Sentence, h: TriggerHit): boolean {
  if (!c.relativePronoun) return false;
  if (c.relativePronoun.test(tokensBefore(folded, s.start, h.start, 2))) return true;
  const from = s.clauses[clauseAt(s, h.start)]!;
  const head = folded.slice(from, h.start).replace(/^[\s,;:"“”«»(—-]+/u, '');
  const first = head.slice(0, head.search(/\s|$/u));
  return first.length > 0 && c.relativePronoun.test(first);
}

const LETTER_OR_DIGIT = plane(/[\p{L}\p{N}]/u);
/**
 * Whether the word at `at` is capitalized inside a sentence, after a word rather than after
 * punctuation that opens a new unit (a colon, a quote, a bracket, a dash): a word of a title.
 * All-capitals words (a heading, an acronym) are not judged.
 */
function inTitle(text: string, sentenceStart: number, at: number): boolean {
  const first = text.charAt(at);
  const second = text.charAt(at + 1);
  if (first === first.toLowerCase() || second !== second.toLowerCase() || second === second.toUpperCase()) return false;
  let i = at - 1;
  while (i > sentenceStart && /\s/u.test(text.charAt(i))) if (text.charAt(i--) === '\n') return false;
  return i > sentenceStart && LETTER_OR_DIGIT.test(text.charAt(i));
}

/** A year written shortly before a named war, with no clause break between: the war's own date. */
const YEAR_BEFORE = plane(/(?<![\p{L}\p{N}])(?:1[5-9]\d\d|20\d\d)(?![\p{L}\p{N}])[^,;:.!?]*$/u);
const YEAR_REACH = 40;

/** Whether the word at `at` is capitalized after a word or a hyphen of its sentence ("World War II", "pasca-Perang"). */
function namedInSentence(text: string, sentenceStart: number, at: number): boolean {
  const first = text.charAt(at);
  const second = text.charAt(at + 1);
  if (first === first.toLowerCase() || second !== second.toLowerCase() || second === second.toUpperCase()) return false;
  let i = at - 1;
  while (i > sentenceStart && /\s/u.test(text.charAt(i))) if (text.charAt(i--) === '\n') return false;
  return i > sentenceStart && (LETTER_OR_DIGIT.test(text.charAt(i)) || text.charAt(i) === '-');
}

const LAST_WORD = plane(/[\p{L}\p{N}]+\S*$/u);
/** Whether a trigger of several words ends with a lowercase word: a clause, not a title whose every word is capitalized. */
function endsLowercase(text: string, h: TriggerHit): boolean {
  const last = text.slice(h.start, h.end).search(LAST_WORD);
  if (last <= 0) return false;
  const ch = text.charAt(h.start + last);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/**
 * Whether a person named right after a verb of saying ("ujar Heather Nauert", "said Blinken") ends before `until`, or
 * the speaker's whole noun phrase stands between the verb and `until` ("dijo el canciller mexicano, Juan Pérez, el
 * 3 de mayo", "expresó el jefe de Estado mexicano el lunes"): its mentions follow one another from the verb, with
 * only title words and commas between them, and the date comes right after the last.
 */
function speakerRightAfter(a: ArticleScope, s: Sentence, h: TriggerHit, until: number): boolean {
  const { actors, folded } = a.input;
  const after = a.index.mentionsOf(s).filter((m) => m.start >= h.end && m.end <= until);
  if (after.some((m) => m.start - h.end <= 6 && actors.get(m.actorId)?.kind === 'person')) return true;
  let pos = h.end;
  for (const m of after.sort((x, y) => x.start - y.start)) {
    if (m.start - pos > 40) break;
    const gap = folded.slice(pos, m.start);
    if (/[;:"“”«»()]/u.test(gap) || (pos === h.end && gap.includes(',')) || a.c.clauseHead.test(gap)) break;
    if (actors.get(m.actorId)?.media) break;
    pos = m.end;
  }
  // "kata Menteri Luar Negeri Retno Marsudi pada Senin (1/10)": the words that lead to the date may stand between
  const gap = folded.slice(pos, until);
  return pos > h.end && (until - pos <= 6 ? !/[;:"“”«»()]/u.test(gap) : until - pos <= 30 && a.c.dateLead.test(gap));
}

const COMMA_WORD_BEFORE = plane(/,\s*(?:\p{L}+\s*\(?\s*)?$/u);
/**
 * A day set off by a comma at the very end of its sentence ("..., kata Menlu di Jakarta, Senin (6/5).", "..., a-t-il
 * ajouté, lundi."): the agencies' place for the day of the sentence's main verb, not of a noun before it.
 */
function closesSentence(folded: string, s: Sentence, d: DateMention): boolean {
  return (
    d.value?.precision === 'day' &&
    COMMA_WORD_BEFORE.test(folded.slice(Math.max(s.start, d.start - 16), d.start)) &&
    /^[\s).!?"”»]*$/u.test(folded.slice(d.end, s.end))
  );
}

/** Whether a verbal trigger is told in the past: its first word a past form, or a past auxiliary right before it. */
function toldInPast(c: EventPatterns, folded: string, s: Sentence, h: TriggerHit): boolean {
  if (!c.pastForm || h.rule.nominal) return false;
  const first = folded.slice(h.start, h.end).split(/\s+/)[0]!;
  return c.pastForm.test(first) || c.pastForm.test(tokensBefore(folded, s.start, h.start, 1));
}

const NAME_AFTER = plane(/^[\s"“”«‘'’]*(\p{Lu})/u);
const WORD_BEFORE = plane(/(\p{L}[\p{L}\p{N}'’-]*)\s+$/u);
/**
 * Whether a proper name stands right beside a `named` noun: after it, capitalized or quoted and not a date ("the exercise
 * Cobra Gold", "l'exercice « Varuna »", not "the exercise Monday"), or before it inside the sentence ("the RIMPAC exercise",
 * not the capital of its first word: "Exercises were held").
 */
function namedBeside(text: string, dates: readonly DateMention[], s: Sentence, h: TriggerHit): boolean {
  const after = NAME_AFTER.exec(text.slice(h.end, Math.min(s.end, h.end + 6)));
  if (after) {
    const at = h.end + after.index + after[0].length - after[1]!.length;
    if (!dates.some((d) => d.start <= at && at < d.end)) return true;
  }
  // the noun is the hit's last word (a support verb may open the hit: "menggelar latihan")
  const noun = h.start + text.slice(h.start, h.end).search(LAST_WORD);
  const before = WORD_BEFORE.exec(text.slice(Math.max(s.start, noun - 40), noun));
  if (!before) return false;
  const at = noun - before[0].length;
  const ch = before[1]!.charAt(0);
  return (
    ch !== ch.toLowerCase() &&
    text.slice(s.start, at).trim().length > 0 &&
    !dates.some((d) => d.start <= at && at < d.end)
  );
}

/** The signatory of a closing formula: the states and people named in the (at most three) short lines after it. */
function signatoryAfter(a: ArticleScope, s: Sentence): string[] {
  const { sentences } = a.input;
  const ids: string[] = [];
  for (let k = s.index + 1; k < Math.min(sentences.length, s.index + 4); k++) {
    const next = sentences[k]!;
    if (next.end - next.start > 120) break;
    for (const id of a.index.participantsOf(next)) if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}
