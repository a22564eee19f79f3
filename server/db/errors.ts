/** Our own names for what can go wrong with the database, with a message that says what to do. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}
class DatabaseAuthError extends Error {
  override name = 'DatabaseAuthError';
}
export class DatabaseQueryError extends Error {
  override name = 'DatabaseQueryError';
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}
export class EmbeddedNeo4jError extends Error {
  override name = 'EmbeddedNeo4jError';
}

interface DriverLikeError {
  code?: string;
  message?: string;
}

/** Maps a neo4j-driver error to one of ours. */
export function toDatabaseError(error: unknown, target: string): Error {
  const e = (error ?? {}) as DriverLikeError;
  const code = e.code ?? '';
  const message = e.message ?? String(error);
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    /ECONNREFUSED|ENOTFOUND|Could not perform discovery|Failed to connect/i.test(message)
  ) {
    return new DatabaseUnavailableError(
      `Neo4j at ${target} is unreachable (${message.split('\n')[0]}); check NEO4J_URI, or unset it to use the embedded database`,
    );
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new DatabaseAuthError(`Neo4j at ${target} refused the credentials; check NEO4J_USER and NEO4J_PASSWORD`);
  }
  if (error instanceof Error && error.name.startsWith('Database')) return error;
  return new DatabaseQueryError(`Neo4j query failed: ${message.split('\n')[0]}`, code || undefined);
}
