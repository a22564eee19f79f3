/**
 * Mentions of persons, countries and organizations: the gazetteer (with Russian stems and
 * capitals used for their country), title patterns for people not in it ("Perdana Menteri Jepang
 * Fumio Kishida"), and "Name (ACRONYM)" organizations. Each pass lives in recognize-actors/, in the
 * order below; they share one scan of the text.
 */
import {
  createActorScan,
  type ActorMention,
  type ActorRecord,
  type PlaceMention,
  type RecognizeInput,
  type TreatyNameMatch,
} from './recognize-actors/actor-scan';
import { recognizeGazetteerMentions } from './recognize-actors/gazetteer-mentions';
import { recognizeAcronymOrganizations, resolveOrgans } from './recognize-actors/organizations';
import { recognizePersonNames, registerSurnames, withoutKinMentions } from './recognize-actors/person-names';
import { recognizeTitledPersons } from './recognize-actors/titled-persons';

export type { ActorMention, ActorRecord, PlaceMention, RecognizeInput, TreatyNameMatch };
export { datelineRegions } from './recognize-actors/dateline-regions';

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
  recognizeAcronymOrganizations(scan);
  scan.mentions.sort((a, b) => a.start - b.start);
  resolveOrgans(scan);
  const { actors, places, treatyMatches } = scan;
  return { actors, mentions: withoutKinMentions(scan, scan.mentions), places, treatyMatches };
}
