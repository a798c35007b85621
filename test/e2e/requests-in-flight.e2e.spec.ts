import { connect } from 'node:net';
import { REQUESTS_IN_FLIGHT, type RequestsInFlight } from '@dutyledger/wiring';
import { type RunningApp, startApp } from '../support/running-app';

jest.setTimeout(30_000);

/** Polls `condition` every 10 ms for up to `ms`; answers whether it came true. */
async function eventually(condition: () => boolean, ms = 5_000): Promise<boolean> {
  const until = Date.now() + ms;
  while (!condition() && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
  return condition();
}

/**
 * An in-process projector waits for the requests in flight before each transaction: the api
 * counts every request from its arrival until it is answered or abandoned, each exactly once.
 */
describe('the requests the api has in flight', () => {
  let running: RunningApp;
  let requests: RequestsInFlight;

  beforeAll(async () => {
    running = await startApp();
    requests = running.app.get<RequestsInFlight>(REQUESTS_IN_FLIGHT);
  });
  afterAll(() => running.stop());

  it('counts each request from arrival to answer: served, refused and unknown alike', async () => {
    const begun = jest.spyOn(requests, 'begin');
    const ended = jest.spyOn(requests, 'end');
    try {
      const statuses = await Promise.all([
        ...Array.from({ length: 5 }, () => fetch(`${running.url}/health`)),
        fetch(`${running.url}/cases`),
        fetch(`${running.url}/no-such-route`),
        fetch(`${running.url}/cases`, {
          headers: { authorization: `Bearer ${running.token('CASEWORKER')}` },
        }),
      ]).then((answers) => Promise.all(answers.map(async (a) => (await a.text(), a.status))));
      expect(statuses).toEqual([200, 200, 200, 200, 200, 401, 404, 200]);
      expect(await eventually(() => requests.size === 0)).toBe(true);
      expect({ begun: begun.mock.calls.length, ended: ended.mock.calls.length }).toEqual({
        begun: 8,
        ended: 8,
      });
    } finally {
      begun.mockRestore();
      ended.mockRestore();
    }
  });

  it('counts a request abandoned half-way through its body as answered once it is gone', async () => {
    const { hostname, port } = new URL(running.url);
    const socket = connect({ host: hostname, port: Number(port) });
    socket.on('error', () => undefined);
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(
      'POST /departments HTTP/1.1\r\nHost: api\r\nContent-Type: application/json\r\n' +
        `Authorization: Bearer ${running.token('ADMIN')}\r\nContent-Length: 200\r\n\r\n{"name":`,
    );
    // Held while its body is awaited: in flight.
    expect(await eventually(() => requests.size === 1)).toBe(true);
    socket.destroy();
    expect(await eventually(() => requests.size === 0)).toBe(true);
  });
});
