import type { TimelineResult } from './timeline';

/**
 * Recent BINS timelines (the expensive, zoomed-out ones), keyed by their arguments and tagged
 * with the data version they were computed on. A hit costs one O(1) version query instead of
 * aggregating the window again; any write (a different version) or age past the TTL misses.
 * Least recently used entries go first.
 */
export interface TimelineCache {
  get(key: string, version: string): TimelineResult | null;
  set(key: string, version: string, value: TimelineResult): void;
  clear(): void;
  readonly size: number;
}

export function createTimelineCache(
  options: { maxEntries?: number; ttlMs?: number; now?: () => number } = {},
): TimelineCache {
  const maxEntries = options.maxEntries ?? 200;
  const ttlMs = options.ttlMs ?? 5 * 60_000;
  const now = options.now ?? (() => Date.now());
  const entries = new Map<string, { version: string; at: number; value: TimelineResult }>();
  return {
    get(key, version) {
      const hit = entries.get(key);
      if (!hit) return null;
      entries.delete(key);
      if (hit.version !== version || now() - hit.at > ttlMs) return null;
      entries.set(key, hit);
      return hit.value;
    },
    set(key, version, value) {
      entries.delete(key);
      entries.set(key, { version, at: now(), value });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    },
    clear: () => entries.clear(),
    get size() {
      return entries.size;
    },
  };
}
