import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../server/cli/command-line';
import { INGEST_COMMAND, toLoadArgs } from '../../../server/cli/ingest';

const parseLoadArgs = (argv: string[], env: NodeJS.ProcessEnv) =>
  toLoadArgs(parseCommandLine(argv, INGEST_COMMAND), env);

describe('toLoadArgs(parseCommandLine(argv, INGEST_COMMAND), env)', () => {
  it('returns the paths and flags, with defaults', () => {
    expect(parseLoadArgs(['--dry-run', 'a.jsonl', '--max-bytes', '2000', 'dir', '--concurrency=2'], {})).toEqual({
      paths: ['a.jsonl', 'dir'],
      dryRun: true,
      maxBytes: 2000,
      concurrency: 2,
      batchSize: 10000,
      verbose: false,
    });
    expect(parseLoadArgs([], { INGEST_MAX_BYTES: '5000' }).maxBytes).toBe(5000);
    expect(parseLoadArgs(['--max-bytes', '10'], { INGEST_MAX_BYTES: '5000' }).maxBytes).toBe(10);
    expect(parseLoadArgs(['-v', '--', '--odd-name.txt'], {})).toMatchObject({
      verbose: true,
      paths: ['--odd-name.txt'],
    });
  });

  it('rejects bad values, missing values and unknown flags with what is allowed', () => {
    expect(() => parseLoadArgs(['--max-bytes', 'lots'], {})).toThrow(
      'invalid --max-bytes: "lots" (allowed: an integer from 1 to 1000000000)',
    );
    expect(() => parseLoadArgs(['--max-bytes=', 'a.txt'], {})).toThrow(
      'invalid --max-bytes: "" (allowed: an integer from 1 to 1000000000)',
    );
    expect(() => parseLoadArgs(['--max-bytes'], {})).toThrow(
      'missing value for --max-bytes (allowed: an integer from 1 to 1000000000)',
    );
    expect(() => parseLoadArgs(['--concurrency', '--dry-run', 'a.txt'], {})).toThrow(
      'missing value for --concurrency (allowed: an integer from 1 to 64)',
    );
    expect(() => parseLoadArgs(['--dry-run=yes'], {})).toThrow(
      'invalid --dry-run: "yes" (it takes no value: write --dry-run alone)',
    );
    expect(() => parseLoadArgs(['--fast'], {})).toThrow(
      'unknown option: --fast (allowed: --dry-run, --max-bytes N, --concurrency N, --batch-size N, --verbose, --help)',
    );
    expect(() => parseLoadArgs([], { INGEST_MAX_BYTES: '1MB' })).toThrow(
      'invalid INGEST_MAX_BYTES: "1MB" (allowed: an integer from 1 to 1000000000)',
    );
  });
});
