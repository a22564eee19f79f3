import { constants, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

/**
 * Reading files that may not be what their name says: only regular files are opened (a FIFO or a
 * device such as /dev/zero is refused before a byte is read, so a load never hangs on one or
 * reads forever), bytes are decoded as strict UTF-8 (an invalid sequence is a clear rejection,
 * never U+FFFD), a NUL byte marks a binary file, and a line longer than its limit is skipped
 * without being held whole.
 */
export class NotRegularFileError extends Error {
  override name = 'NotRegularFileError';
}

/** What a stat says a path is, for messages: "a FIFO", "a character device"… */
export function describeFileKind(s: Stats): string {
  if (s.isFile()) return 'a regular file';
  if (s.isDirectory()) return 'a folder';
  if (s.isFIFO()) return 'a FIFO';
  if (s.isCharacterDevice()) return 'a character device';
  if (s.isBlockDevice()) return 'a block device';
  if (s.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Opens a path for reading only if it is a regular file. O_NONBLOCK keeps the open itself from
 * waiting for a writer when the path is a FIFO; the type is checked on the open handle, so a file
 * swapped for a FIFO after it was listed is refused too.
 */
async function openRegularFile(path: string): Promise<{ handle: FileHandle; size: number }> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const s = await handle.stat();
    if (!s.isFile()) throw new NotRegularFileError(`not a regular file: ${path} is ${describeFileKind(s)}`);
    return { handle, size: s.size };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

type DecodedText = { ok: true; text: string } | { ok: false; reason: string };

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/** Decodes bytes as strict UTF-8; the reason names the byte offset (from `offset`) of the first bad sequence or NUL. */
function decodeUtf8(bytes: Uint8Array, offset = 0): DecodedText {
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    const loose = lenient.decode(bytes);
    const at = offset + Buffer.byteLength(loose.slice(0, Math.max(0, loose.indexOf('\uFFFD'))), 'utf8');
    return { ok: false, reason: `invalid UTF-8 at byte ${at} (allowed: UTF-8 text)` };
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const at = offset + Buffer.byteLength(text.slice(0, nul), 'utf8');
    return { ok: false, reason: `NUL byte at byte ${at}: a binary file? (allowed: UTF-8 text)` };
  }
  return { ok: true, text };
}

/** One line of a file: its text, or why it was refused; `n` counts from 1, `bytes` includes the newline. */
export type FileLine = { n: number; bytes: number } & ({ ok: true; text: string } | { ok: false; reason: string });

const CHUNK = 1 << 16;

/**
 * The lines of a regular file (LF or CRLF), each decoded as strict UTF-8. A line over
 * `maxLineBytes` comes back refused, and its bytes are counted and dropped as they arrive, so
 * memory stays bounded whatever the file holds. Throws NotRegularFileError for anything but a
 * regular file.
 */
export async function* readLines(path: string, options: { maxLineBytes: number }): AsyncGenerator<FileLine> {
  const { handle } = await openRegularFile(path);
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    let parts: Buffer[] = [];
    let length = 0;
    let tooLong = false;
    let n = 0;
    let lineStart = 0;
    let position = 0;
    const finish = (): FileLine => {
      n++;
      const bytes = position - lineStart;
      const start = lineStart;
      lineStart = position;
      if (tooLong) {
        tooLong = false;
        return {
          n,
          bytes,
          ok: false,
          reason: `line too long: ${bytes} bytes (allowed: at most ${options.maxLineBytes} bytes a line)`,
        };
      }
      let line = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, length);
      parts = [];
      length = 0;
      if (line.length > 0 && line[line.length - 1] === 13) line = line.subarray(0, line.length - 1);
      const decoded = decodeUtf8(line, start);
      return decoded.ok ? { n, bytes, ok: true, text: decoded.text } : { n, bytes, ok: false, reason: decoded.reason };
    };
    const take = (slice: Buffer): void => {
      if (tooLong) return;
      if (length + slice.length > options.maxLineBytes) {
        tooLong = true;
        parts = [];
        length = 0;
        return;
      }
      parts.push(Buffer.from(slice));
      length += slice.length;
    };
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
      if (bytesRead === 0) break;
      const chunk = buffer.subarray(0, bytesRead);
      let from = 0;
      for (let nl = chunk.indexOf(10, from); nl >= 0; nl = chunk.indexOf(10, from)) {
        take(chunk.subarray(from, nl));
        position += nl + 1 - from;
        from = nl + 1;
        yield finish();
      }
      take(chunk.subarray(from));
      position += bytesRead - from;
    }
    if (position > lineStart) yield finish();
  } finally {
    await handle.close();
  }
}

/**
 * A whole regular file as strict UTF-8 text, refused without being read past `maxBytes` when it
 * is larger (a file that grows while it is read is cut at that limit too).
 */
export async function readTextFile(
  path: string,
  maxBytes: number,
): Promise<{ ok: true; text: string; bytes: number } | { ok: false; reason: string; bytes: number }> {
  const { handle, size } = await openRegularFile(path);
  try {
    if (size > maxBytes) return { ok: false, reason: `file too large: ${size} bytes`, bytes: size };
    // One byte more than the size: a file that grew after its stat is refused, not read on.
    const buffer = Buffer.allocUnsafe(size + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > size) return { ok: false, reason: `file changed while it was read (${path})`, bytes: length };
    const decoded = decodeUtf8(buffer.subarray(0, length));
    return decoded.ok ? { ok: true, text: decoded.text, bytes: length } : { ...decoded, bytes: length };
  } finally {
    await handle.close();
  }
}
