/**
 * The learned event scorer: a logistic model over the features of event-features.ts, trained on the
 * development texts' golds by `npm run train:events` (scripts/train-events.ts). It decides which of the
 * events the rules keep stay (`keep`), and which of the triggers the rules drop come back (`rescue`).
 * Pure and cheap: a sum of weights per candidate.
 */
import type { ExtractedEvent } from '../domain/extraction';

/** One logistic model: a weight per feature (`bias` always present) and the score from which a candidate is kept. */
export interface LinearModel {
  threshold: number;
  weights: Record<string, number>;
}

/** The two models of the scorer: over the events the rules keep, and over the drafts they drop. */
export interface EventModel {
  keep: LinearModel | null;
  rescue: LinearModel | null;
}

/** An event candidate: an event the rules keep (`source` "kept") or drop (`source` why), with its features. */
export interface EventCandidate {
  source: string;
  features: string[];
  event: ExtractedEvent;
}

/** The model's probability that a candidate is a gold event. */
export function scoreCandidate(model: LinearModel, features: string[]): number {
  let z = 0;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** Whether the scorer keeps a candidate: the keep model for events the rules keep, the rescue model for the others. */
export function keeps(model: EventModel, c: Pick<EventCandidate, 'source' | 'features'>): boolean {
  const m = c.source === 'kept' ? model.keep : model.rescue;
  if (!m) return c.source === 'kept';
  return scoreCandidate(m, c.features) >= m.threshold;
}
