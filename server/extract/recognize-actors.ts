/**
 * Mentions of persons, countries and organizations: the gazetteer (with Russian stems and
 * capitals used for their country), title patterns for people not in it ("Perdana Menteri Jepang
 * Fumio Kishida"), and "Name (ACRONYM)" organizations. Each pass lives in recognize-actors/, in the
 * order below; they share one scan of the text.
 */
import {
  createActorScan,
  type ActorScan,
  type ActorMention,
  type ActorRecord,
  type PlaceMention,
  type RecognizeInput,
  type TreatyNameMatch,
} from './recognize-actors/actor-scan';
import { mastheadEnd } from './recognize-actors/dateline-regions';
import {
  recognizeAdjectivedOrganizations,
  recognizeHeadFinalOrganizations,
} from './recognize-actors/head-final-organizations';
import { recognizeGazetteerMentions } from './recognize-actors/gazetteer-mentions';
import {
  recognizeAcronymOrganizations,
  recognizeHeadedOrganizations,
  resolveOrgans,
  withoutParentsOfOrgans,
  withoutUntiedOrgans,
} from './recognize-actors/organizations';
import {
  mergeShortenedPersons,
  mergeSurnameOnlyPersons,
  recognizePersonNames,
  registerSurnames,
  withoutCreditMentions,
  withoutKinMentions,
} from './recognize-actors/person-names';
import { recognizeStateBodies } from './recognize-actors/state-bodies';
import { recognizeTitledPersons } from './recognize-actors/titled-persons';
import { plane } from './bmp-patterns';
import { sharedAlternation } from './patterns';
import { isUpper } from './fold-text';

// patterns of the functions below, compiled once here: a transpiler targeting Node writes a `\p{..}` literal as
// `new RegExp(..)`, which a function would then run on every call
const LETTER_RUNS = plane(/\p{L}+/gu);
/** A capitalized institution's noun (every language's) and a genitive link right before a state's name: "University of". */
const INSTITUTION_BEFORE = plane(
  new RegExp(
    `(?:^|[^\\p{L}])(${sharedAlternation('stateNamedInstitutions')})[^\\S\\n]+(?:(?:${sharedAlternation('genitiveLinks')})[^\\S\\n]+)?$`,
    'u',
  ),
);
/** The same right after it: "Japan Times", "Indonesia Convention". */
const INSTITUTION_AFTER = plane(
  new RegExp(`^[^\\S\\n]+(${sharedAlternation('stateNamedInstitutions')})(?![\\p{L}])`, 'u'),
);

export type { ActorMention, ActorRecord, PlaceMention, RecognizeInput, TreatyNameMatch };

export interface RecognizedActors {
  actors: Map<string, ActorRecord>;
  mentions: ActorMention[];
  places: PlaceMention[];
  treatyMatches: TreatyNameMatch[];
}

/** Recognizes actor, place and treaty-name mentions in a whole text. */
export function recognizeActors(input: RecognizeInput): RecognizedActors {
  const scan = createActorScan(input);
  // the gazetteer first: its names hold their spans against the patterns that follow
  recognizeGazetteerMentions(scan);
  // "Menlu Marsudi" after "Retno Marsudi": a title before a known surname names the known person
  registerSurnames(scan);
  recognizeTitledPersons(scan);
  recognizePersonNames(scan);
  mergeSurnameOnlyPersons(scan);
  mergeShortenedPersons(scan);
  recognizeAcronymOrganizations(scan);
  recognizeStateBodies(scan);
  recognizeHeadedOrganizations(scan);
  recognizeHeadFinalOrganizations(scan);
  recognizeAdjectivedOrganizations(scan);
  scan.mentions.sort((a, b) => a.start - b.start);
  resolveOrgans(scan);
  const { actors, places, treatyMatches } = scan;
  const mentions = withoutParentsOfOrgans(
    scan,
    withoutUntiedOrgans(
      scan,
      withoutMastheadOrganizations(
        scan,
        withoutCreditMentions(scan, withoutKinMentions(scan, withoutStatesInInstitutions(scan, scan.mentions))),
      ),
    ),
  );
  return { actors, mentions, places, treatyMatches };
}

/**
 * The mentions without the organizations that only a masthead line names ("Государственный
 * департамент США", "Département d’État des États-Unis" above a press release): the publisher is
 * no actor of the news. A masthead line holds nothing but names and at most two other words.
 */
function withoutMastheadOrganizations(scan: ActorScan, mentions: ActorMention[]): ActorMention[] {
  const { text } = scan.input;
  const end = mastheadEnd(text);
  if (end === 0) return mentions;
  const inBody = new Set(mentions.filter((m) => m.start >= end).map((m) => m.actorId));
  const publisherLine = (m: ActorMention): boolean => {
    const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
    const lineEnd = text.indexOf('\n', m.start);
    let rest = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    for (const x of mentions)
      if (x.start >= lineStart && x.end <= lineStart + rest.length)
        rest = rest.slice(0, x.start - lineStart) + ' '.repeat(x.end - x.start) + rest.slice(x.end - lineStart);
    return (rest.match(LETTER_RUNS) ?? []).length <= 2;
  };
  return mentions.filter(
    (m) =>
      m.start >= end ||
      inBody.has(m.actorId) ||
      scan.actors.get(m.actorId)?.kind !== 'organization' ||
      !publisherLine(m),
  );
}

/**
 * The mentions without the states named inside an institution's name ("University of Indonesia", "Radio France", "The
 * Japan Times"): a word of another name, no actor. The institution's noun is capitalized, as a name writes it.
 */
function withoutStatesInInstitutions(scan: ActorScan, mentions: ActorMention[]): ActorMention[] {
  const { text, folded } = scan.input;
  return mentions.filter((m) => {
    if (scan.actors.get(m.actorId)?.kind !== 'country') return true;
    const from = Math.max(0, m.start - 30);
    const before = INSTITUTION_BEFORE.exec(folded.slice(from, m.start));
    if (before && isUpper(text.charAt(from + before.index + before[0].indexOf(before[1]!)))) return false;
    const after = INSTITUTION_AFTER.exec(folded.slice(m.end, m.end + 20));
    return !(after && isUpper(text.charAt(m.end + after[0].indexOf(after[1]!))));
  });
}
