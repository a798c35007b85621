import { RequestsInFlight } from './requests-in-flight';

describe('requests in flight', () => {
  afterEach(() => jest.useRealTimers());

  it('lets a waiter go at once when no request is in flight', async () => {
    const requests = new RequestsInFlight();
    await expect(requests.settled(1_000)).resolves.toBeUndefined();
  });

  it('holds a waiter until the last request in flight is answered', async () => {
    const requests = new RequestsInFlight();
    requests.begin();
    requests.begin();
    let settled = false;
    const waiting = requests.settled(60_000).then(() => (settled = true));
    requests.end();
    await Promise.resolve();
    expect(settled).toBe(false);
    requests.end();
    await waiting;
    expect({ settled, size: requests.size }).toEqual({ settled: true, size: 0 });
  });

  it('lets a waiter go after its longest wait under a load that never lets up', async () => {
    jest.useFakeTimers();
    const requests = new RequestsInFlight();
    requests.begin();
    let settled = false;
    const waiting = requests.settled(100).then(() => (settled = true));
    jest.advanceTimersByTime(99);
    await Promise.resolve();
    expect(settled).toBe(false);
    jest.advanceTimersByTime(1);
    await waiting;
    expect({ settled, size: requests.size }).toEqual({ settled: true, size: 1 });
  });

  it('counts a request that waits on the projector as not in flight while it waits', async () => {
    const requests = new RequestsInFlight();
    requests.begin();
    const during = await requests.asideWhile(async () => {
      await requests.settled(60_000);
      return requests.size;
    });
    expect({ during, after: requests.size }).toEqual({ during: 0, after: 1 });
  });

  it('leaves nothing in flight when work steps aside outside any request', async () => {
    const requests = new RequestsInFlight();
    await expect(requests.asideWhile(() => Promise.reject(new Error('failed')))).rejects.toThrow(
      'failed',
    );
    await requests.asideWhile(() => Promise.resolve());
    expect(requests.size).toBe(0);
  });

  it('never counts below zero', () => {
    const requests = new RequestsInFlight();
    requests.end();
    requests.begin();
    expect(requests.size).toBe(1);
  });
});
