/**
 * Splits a byte stream into lines without holding more than one line in memory.
 *
 * @module
 */

/** One line of a byte stream. */
export interface StreamLine {
  /** The line's text, decoded as UTF-8, without its `\n` (and without a `\r` before it). */
  text: string;
  /** 1-based line number. */
  number: number;
  /** Byte offset just after the line's `\n` (or after its last byte when the stream ends without one). */
  end: number;
  /** False for a last line that the stream ended without a `\n`. */
  complete: boolean;
  /** Set when the line was longer than the limit: its text is then empty and this is its length in bytes. */
  tooLong?: number;
}

const NEWLINE = 0x0a;
const CR = 0x0d;

/**
 * Yields the lines of a byte stream one at a time, reading the next chunk only when asked for the next line,
 * so a slow consumer slows the reading (back-pressure). A line longer than `maxLineBytes` is not kept: it
 * comes out with empty `text` and `tooLong` set, and the reading goes on. A UTF-8 byte order mark at the start
 * is dropped.
 *
 * @param source - the stream (a Node readable stream or any async iterable of bytes)
 * @param maxLineBytes - the longest line kept, in bytes
 * @returns the lines, in order
 * @example
 * ```ts
 * for await (const line of splitLines(createReadStream('pages.jsonl'), 64 << 20)) console.log(line.number, line.text);
 * ```
 */
export async function* splitLines(
  source: AsyncIterable<Uint8Array | string>,
  maxLineBytes: number,
): AsyncGenerator<StreamLine> {
  let parts: Buffer[] = [];
  let partsLength = 0;
  let overflow = false;
  let number = 0;
  let offset = 0;
  let first = true;

  const take = (tail: Buffer, complete: boolean): StreamLine => {
    number++;
    const length = partsLength + tail.length;
    let line: StreamLine;
    if (overflow || length > maxLineBytes) {
      line = { text: '', number, end: offset, complete, tooLong: length };
    } else {
      let bytes = parts.length === 0 ? tail : Buffer.concat([...parts, tail], length);
      if (first && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      if (complete && bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, bytes.length - 1);
      line = { text: bytes.toString('utf8'), number, end: offset, complete };
    }
    first = false;
    parts = [];
    partsLength = 0;
    overflow = false;
    return line;
  };

  for await (const piece of source) {
    const chunk =
      typeof piece === 'string'
        ? Buffer.from(piece, 'utf8')
        : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    let start = 0;
    while (start < chunk.length) {
      const at = chunk.indexOf(NEWLINE, start);
      if (at === -1) {
        const rest = chunk.subarray(start);
        offset += rest.length;
        if (!overflow && partsLength + rest.length <= maxLineBytes) {
          // Copy: the stream may reuse its buffer, and a small slice would pin a large one.
          parts.push(Buffer.from(rest));
        } else {
          overflow = true;
          parts = [];
        }
        partsLength += rest.length;
        break;
      }
      offset += at + 1 - start;
      yield take(chunk.subarray(start, at), true);
      start = at + 1;
    }
  }
  if (partsLength > 0 || overflow) yield take(Buffer.alloc(0), false);
}
