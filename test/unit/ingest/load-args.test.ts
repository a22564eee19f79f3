import { describe, expect, it } from 'vitest';
import { parseLoadArgs } from '../../../server/cli/ingest';

describe('parseLoadArgs', () => {
  it('parseLoadArgs(paths and flags) returns them, with defaults', () => {
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
  });

  it('parseLoadArgs rejects bad values and unknown flags with what is allowed', () => {
    expect(() => parseLoadArgs(['--max-bytes', 'lots'], {})).toThrow(
      'invalid --max-bytes: "lots" (allowed: an integer from 1 to 1000000000)',
    );
    expect(() => parseLoadArgs(['--max-bytes'], {})).toThrow(
      'invalid --max-bytes: "" (allowed: an integer from 1 to 1000000000)',
    );
    expect(() => parseLoadArgs(['--fast'], {})).toThrow(
      'unknown option: --fast (allowed: --dry-run, --max-bytes N, --concurrency N, --batch-size N, --verbose)',
    );
    expect(() => parseLoadArgs([], { INGEST_MAX_BYTES: '1MB' })).toThrow(
      'invalid INGEST_MAX_BYTES: "1MB" (allowed: a positive integer number of bytes)',
    );
  });
});
