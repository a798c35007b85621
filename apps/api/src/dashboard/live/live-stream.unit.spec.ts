import { LiveStream } from './live-stream';

function output() {
  const written: string[] = [];
  return { written, ended: jest.fn(), write: (chunk: string) => written.push(chunk) };
}

describe('a live stream', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('opens with the reconnection delay and sends named events with JSON on one data line', () => {
    const out = output();
    const stream = new LiveStream({ write: out.write, end: out.ended }, 15_000);
    stream.send('projections', { headPosition: '12', note: 'two\nlines' });
    expect(out.written).toEqual([
      'retry: 3000\n\n',
      'event: projections\ndata: {"headPosition":"12","note":"two\\nlines"}\n\n',
    ]);
    stream.close(true);
  });

  it('writes a keep-alive comment while quiet, and stops when closed', () => {
    const out = output();
    const stream = new LiveStream({ write: out.write, end: out.ended }, 15_000);
    jest.advanceTimersByTime(30_000);
    expect(out.written.filter((chunk) => chunk === ': keep-alive\n\n')).toHaveLength(2);
    stream.close(true);
    jest.advanceTimersByTime(60_000);
    stream.send('projections', {});
    expect(out.written).toHaveLength(3);
    expect(out.ended).toHaveBeenCalledTimes(1);
  });

  it('does not end a response the client already closed', () => {
    const out = output();
    const stream = new LiveStream({ write: out.write, end: out.ended }, 15_000);
    stream.close(false);
    expect(out.ended).not.toHaveBeenCalled();
  });
});
