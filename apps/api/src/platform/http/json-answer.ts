import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * Answers as JSON without one large string. `JSON.stringify` of a page of 100 departments gives
 * ~96,000 characters, Chinese among them: a string of two-byte characters over V8's large-object
 * size (128 KiB), which Fastify's `Buffer.byteLength` and then the socket's UTF-8 encoding each
 * had to flatten or walk: ~1 ms of the request thread for that one page, about as long as
 * serialising it (test/bench/README.md, "Large answers in pieces"). An answer longer than LARGE
 * characters is stringified again a part at a time (the members of its objects and arrays, down
 * to DEPTH), the parts gathered into pieces of about PIECE characters, each piece encoded to
 * UTF-8, and the pieces joined into one Buffer. The bytes are exactly those of `JSON.stringify`;
 * a shorter answer stays the string it gives, as before.
 */

/**
 * Answers longer than this are sent in pieces: 120 KiB in two-byte characters, under V8's
 * large-object size (128 KiB). Shorter ones are cheaper as one string (pieces cost more calls).
 */
const LARGE = 60_000;
/** Characters per piece: well under the large-object size even in two-byte characters. */
const PIECE = 8 * 1024;
/**
 * How deep the answer is taken apart: an answer's object, its members, and theirs (a page's
 * items, each stringified whole). Taken apart deeper, the calls cost more than they save.
 */
const DEPTH = 2;

/** What JSON.stringify leaves out of an object (in an array it writes null: see write). */
const omitted = (value: unknown): boolean =>
  value === undefined || typeof value === 'function' || typeof value === 'symbol';

type WithToJson = { toJSON: (key: string) => unknown };

const hasToJson = (value: unknown): value is WithToJson =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { toJSON?: unknown }).toJSON === 'function';

/** A primitive, or a boxed one: JSON.stringify writes it whole. */
const primitive = (value: unknown): boolean =>
  value === null ||
  typeof value !== 'object' ||
  value instanceof Number ||
  value instanceof String ||
  value instanceof Boolean;

class Pieces {
  private readonly done: string[] = [];
  private current = '';

  add(text: string): void {
    this.current += text;
    if (this.current.length >= PIECE) {
      this.done.push(this.current);
      this.current = '';
    }
  }

  finish(): string[] {
    if (this.current !== '') this.done.push(this.current);
    this.current = '';
    return this.done;
  }
}

/**
 * Writes `value`, found under `key`, as JSON.stringify would: its toJSON called with the key (a
 * Date gives its ISO text), then primitives whole, arrays and objects member by member down to
 * `depth` and whole below it. (A value toJSON gives is not given to its own toJSON again, so it is
 * taken apart whatever the depth when it has one.)
 */
function write(found: unknown, key: string, pieces: Pieces, depth: number): void {
  const value = hasToJson(found) ? found.toJSON(key) : found;
  if (primitive(value) || (depth <= 0 && !hasToJson(value))) {
    pieces.add(JSON.stringify(value) ?? 'null');
    return;
  }
  if (Array.isArray(value)) {
    pieces.add('[');
    // Every index, holes too; a hole or a left-out value (undefined, a function, a symbol) is
    // written null, as JSON.stringify does.
    for (let index = 0; index < value.length; index++) {
      if (index > 0) pieces.add(',');
      write(value[index], String(index), pieces, depth - 1);
    }
    pieces.add(']');
    return;
  }
  pieces.add('{');
  let first = true;
  for (const name of Object.keys(value as object)) {
    const member: unknown = (value as Record<string, unknown>)[name];
    if (omitted(member)) continue;
    pieces.add(`${first ? '' : ','}${JSON.stringify(name)}:`);
    first = false;
    write(member, name, pieces, depth - 1);
  }
  pieces.add('}');
}

/**
 * The answer's JSON: a string when it is small, otherwise its UTF-8 bytes (the same bytes
 * `JSON.stringify` would give). `undefined` as a whole has no JSON: it is answered as Fastify
 * answers it.
 */
export function jsonAnswer(value: unknown): string | Buffer {
  const whole = JSON.stringify(value);
  // Not yet flattened: asking its length does not touch the characters.
  if (primitive(value) || whole.length <= LARGE) return whole;
  const pieces = new Pieces();
  write(value, '', pieces, DEPTH);
  // Over LARGE characters, so always several pieces.
  return Buffer.concat(pieces.finish().map((piece) => Buffer.from(piece, 'utf8')));
}

/**
 * Every JSON answer of the app goes through jsonAnswer. Fastify types a reply serializer as giving
 * a string, but sends what it gives as the payload, and a payload may be a string or a Buffer
 * (`onSendEnd` in fastify/lib/reply.js; the e2e spec json-answers checks a large answer end to end).
 */
export function answerJsonInPieces(app: NestFastifyApplication): void {
  const serializer = jsonAnswer as (payload: unknown) => string;
  app.getHttpAdapter().getInstance().setReplySerializer(serializer);
}
