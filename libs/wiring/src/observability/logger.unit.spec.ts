import { Writable } from 'node:stream';
import { createLogger } from './logger';

/** A stream that keeps the lines written to it. */
function capture(): Writable & { lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return Object.assign(stream, { lines });
}

describe('the process logger', () => {
  it('writes JSON lines with the level as a word, an ISO time and the process name', () => {
    const out = capture();
    createLogger({ level: 'info', format: 'json' }, 'dutyledger-test', out).info('started');
    const line = JSON.parse(out.lines[0] ?? '') as Record<string, unknown>;
    expect(line).toMatchObject({ level: 'info', name: 'dutyledger-test', msg: 'started' });
    expect(line.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('writes nothing below the configured level', () => {
    const out = capture();
    const logger = createLogger({ level: 'warn', format: 'json' }, 'dutyledger-test', out);
    logger.info('routine');
    logger.warn('unusual');
    expect(out.lines.map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual(['unusual']);
  });

  it('replaces credentials in request headers before writing', () => {
    const out = capture();
    createLogger({ level: 'info', format: 'json' }, 'dutyledger-test', out).info(
      {
        req: {
          headers: {
            authorization: 'Bearer eyJhbGciOi.secret.token',
            cookie: 'session=s3cr3t',
            'proxy-authorization': 'Basic czNjcjN0',
            accept: 'application/json',
          },
        },
      },
      'request',
    );
    expect(out.lines[0]).not.toMatch(/secret|s3cr3t|czNjcjN0/);
    expect(JSON.parse(out.lines[0] ?? '')).toMatchObject({
      req: {
        headers: {
          authorization: '[redacted]',
          cookie: '[redacted]',
          'proxy-authorization': '[redacted]',
          accept: 'application/json',
        },
      },
    });
  });

  it('writes lines for a person when the format is pretty', async () => {
    const out = capture();
    createLogger({ level: 'info', format: 'pretty' }, 'dutyledger-test', out).info(
      { correlationId: 'abc-1' },
      'started',
    );
    // pino-pretty hands its lines on through a stream: let them arrive.
    await new Promise((resolve) => setImmediate(resolve));
    const text = out.lines.join('\n');
    expect((): unknown => JSON.parse(out.lines[0] ?? '')).toThrow();
    expect(text).toMatch(/INFO.*dutyledger-test.*started/);
    expect(text).toContain('correlationId: "abc-1"');
  });
});
