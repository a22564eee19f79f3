import { timingSafeEqual } from 'node:crypto';
import type { WriteAccess } from './context';

/** Whether a request may write: its Bearer token against INGEST_TOKEN (null = writes off), compared in constant time. */
export function writeAccessFor(header: string | null, token: string | null): WriteAccess {
  if (token === null) return 'disabled';
  const match = header === null ? null : /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) return 'missing';
  const given = Buffer.from(match[1], 'utf8');
  const expected = Buffer.from(token, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected) ? 'granted' : 'denied';
}
