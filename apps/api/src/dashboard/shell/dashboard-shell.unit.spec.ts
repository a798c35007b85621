import { acceptsGzip } from './dashboard-shell.http';

describe('which clients get a gzip answer', () => {
  it.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['*', true],
    ['gzip;q=0', false],
    ['identity', false],
    ['deflate, br', false],
    [undefined, false],
  ])('Accept-Encoding %s → %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});
