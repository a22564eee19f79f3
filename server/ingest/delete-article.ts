import type { Executor } from '../db/executor';
import {
  deleteArticleNode,
  dropArticleSources,
  findArticleFacts,
  pruneEvents,
  pruneOrphans,
  resettleEvents,
  takeBackMentionClaims,
} from '../db/writes/delete-writes';
import { refreshTreatyStatus } from '../db/writes/article-writes';
import type { DeleteReport } from './types';

/**
 * Deletes an article and the facts only it supported, in one transaction: events no other
 * article reports, relationships no other article supports, actors, treaties and places left
 * with no links, and the aliases and treaty dates only it claimed. Events that other articles
 * still report settle their date, modality and confidence again on the claims that remain.
 */
export async function deleteArticle(executor: Executor, id: string): Promise<DeleteReport> {
  return executor.writeTransaction(async (tx) => {
    const [facts] = await tx.run<{ events: string[]; actors: string[]; treaties: string[] }>(findArticleFacts(id));
    if (!facts) return { deleted: false, removedEvents: 0, removedActors: 0, removedTreaties: 0 };
    const [dropped] = await tx.run<{ touched: string[] }>(dropArticleSources(id, facts));
    await tx.run(takeBackMentionClaims(id));
    await tx.run(deleteArticleNode(id));
    await tx.run(resettleEvents(facts.events));
    const [pruned] = await tx.run<{ removed: number; neighbours: string[] }>(pruneEvents(facts.events));
    const candidates = [
      ...new Set([...facts.actors, ...facts.treaties, ...(dropped?.touched ?? []), ...(pruned?.neighbours ?? [])]),
    ];
    const [orphans] = await tx.run<{ actors: number; treaties: number }>(pruneOrphans(candidates));
    // Statuses of the treaties still there (REPLACES may be gone); ids of other nodes match nothing.
    if (candidates.length > 0) await tx.run(refreshTreatyStatus(candidates));
    return {
      deleted: true,
      removedEvents: pruned?.removed ?? 0,
      removedActors: orphans?.actors ?? 0,
      removedTreaties: orphans?.treaties ?? 0,
    };
  });
}
