import { Kind, type ValueNode } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { formatPartialDate, parsePartialDate } from '../domain/calendar';

/**
 * The PartialDate and DateTime scalars, as graphql-tools scalar configs (`__serialize`, ...), so
 * the schema builder makes the GraphQLScalarType with its own graphql instance.
 */
const PARTIAL_ALLOWED = 'YYYY, YYYY-MM, YYYY-MM-DD';
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

function bad(message: string) {
  return createGraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}

export function toPartialDateText(value: unknown): string {
  if (typeof value !== 'string')
    throw bad(`invalid PartialDate: ${JSON.stringify(value)} (allowed: a string ${PARTIAL_ALLOWED})`);
  const d = parsePartialDate(value);
  if (!d) throw bad(`invalid PartialDate: ${JSON.stringify(value)} (allowed: ${PARTIAL_ALLOWED}, a real date)`);
  return formatPartialDate(d);
}

function literal(ast: ValueNode, name: string, parse: (s: string) => string): string {
  if (ast.kind !== Kind.STRING) throw bad(`invalid ${name}: a ${ast.kind} literal (allowed: a string)`);
  return parse(ast.value);
}

/**
 * Output dates repeat (every lane's bins share their buckets; spans and events share dates), and
 * a zoomed-out timeline serialises thousands: each distinct value is checked once. Bounded: the
 * memo starts over past 50,000 values.
 */
function memoized(f: (value: unknown) => string): (value: unknown) => string {
  const seen = new Map<string, string>();
  return (value) => {
    if (typeof value !== 'string') return f(value);
    let text = seen.get(value);
    if (text === undefined) {
      text = f(value);
      if (seen.size >= 50_000) seen.clear();
      seen.set(value, text);
    }
    return text;
  };
}

export const PartialDateScalar = {
  __serialize: memoized(toPartialDateText),
  __parseValue: toPartialDateText,
  __parseLiteral: (ast: ValueNode) => literal(ast, 'PartialDate', toPartialDateText),
};

export function toDateTimeText(value: unknown): string {
  if (typeof value !== 'string' || !DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    throw bad(
      `invalid DateTime: ${JSON.stringify(value)} (allowed: ISO 8601 date-time with offset, e.g. "2024-06-19T10:00:00Z")`,
    );
  }
  return value;
}

/** Neo4j writes nanoseconds and may name the zone; the API sends ISO 8601 UTC. */
function serializeDateTime(value: unknown): string {
  const text = typeof value === 'string' ? value.replace(/\[[^\]]+\]$/, '') : '';
  const parsed = Date.parse(text);
  if (Number.isNaN(parsed)) throw new Error(`invalid DateTime value: ${JSON.stringify(value)}`);
  return new Date(parsed).toISOString();
}

export const DateTimeScalar = {
  __serialize: serializeDateTime,
  __parseValue: toDateTimeText,
  __parseLiteral: (ast: ValueNode) => literal(ast, 'DateTime', toDateTimeText),
};
