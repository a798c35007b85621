import { type Socket, connect } from 'node:net';
import { type RunningApp, startApp } from '../support/running-app';

/** What a raw connection received before the server closed it, or `open` if it never did. */
interface Ending {
  received: string;
  closedByServer: boolean;
}

jest.setTimeout(15_000);

/** How long a test waits for the server to close a connection before calling it held open. */
const GIVE_UP_MS = 8_000;

function open(url: string): Promise<Socket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) }, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Waits until the server closes `socket` (or GIVE_UP_MS passes: then it was held open). */
function ending(socket: Socket): Promise<Ending> {
  return new Promise((resolve) => {
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    const giveUp = setTimeout(() => {
      socket.destroy();
      resolve({ received, closedByServer: false });
    }, GIVE_UP_MS);
    socket.once('close', () => {
      clearTimeout(giveUp);
      resolve({ received, closedByServer: true });
    });
  });
}

/** Sends one complete keep-alive request and resolves with the answer's status line. */
function request(socket: Socket, path: string): Promise<string> {
  return new Promise((resolve) => {
    socket.once('data', (chunk: Buffer) =>
      resolve(chunk.toString('latin1').split('\r\n')[0] ?? ''),
    );
    socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n`);
  });
}

describe('slow connections', () => {
  describe('with short configured timeouts', () => {
    let running: RunningApp;

    beforeAll(async () => {
      running = await startApp({
        env: {
          DUTYLEDGER_HTTP_HEADERS_TIMEOUT_MS: '400',
          DUTYLEDGER_HTTP_REQUEST_TIMEOUT_MS: '800',
          DUTYLEDGER_HTTP_KEEP_ALIVE_TIMEOUT_MS: '400',
          DUTYLEDGER_HTTP_TIMEOUT_CHECK_INTERVAL_MS: '100',
        },
      });
    });
    afterAll(() => running.stop());

    it('answers 408 and closes a connection whose headers never end', async () => {
      const socket = await open(running.url);
      const closed = ending(socket);
      socket.write('GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n');
      const { received, closedByServer } = await closed;
      expect(closedByServer).toBe(true);
      expect(received).toMatch(/^HTTP\/1\.1 408 /);
    });

    it('closes a connection that trickles its headers a byte at a time', async () => {
      const socket = await open(running.url);
      const closed = ending(socket);
      const trickle = setInterval(() => {
        if (!socket.destroyed) socket.write('X');
      }, 50);
      socket.write('GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
      const { closedByServer } = await closed;
      clearInterval(trickle);
      expect(closedByServer).toBe(true);
    });

    it('answers 408 and closes a connection whose body never arrives', async () => {
      const socket = await open(running.url);
      const closed = ending(socket);
      socket.write(
        'POST /departments HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
          `Authorization: Bearer ${running.token('ADMIN')}\r\nContent-Length: 100\r\n\r\n{"name":`,
      );
      const { received, closedByServer } = await closed;
      expect(closedByServer).toBe(true);
      expect(received).toMatch(/^HTTP\/1\.1 408 /);
    });

    it('closes a keep-alive connection left idle after its answer', async () => {
      const socket = await open(running.url);
      const closed = ending(socket);
      expect(await request(socket, '/health')).toBe('HTTP/1.1 200 OK');
      expect((await closed).closedByServer).toBe(true);
    });
  });

  describe('with a connection cap', () => {
    let running: RunningApp;
    const held: Socket[] = [];

    beforeAll(async () => {
      running = await startApp({
        env: {
          DUTYLEDGER_HTTP_MAX_CONNECTIONS: '3',
          DUTYLEDGER_HTTP_KEEP_ALIVE_TIMEOUT_MS: '60000',
        },
      });
    });
    afterAll(async () => {
      for (const socket of held) socket.destroy();
      await running.stop();
    });

    it('closes connections beyond the cap at once, and serves again when one is released', async () => {
      for (let index = 0; index < 3; index++) {
        const socket = await open(running.url);
        held.push(socket);
        expect(await request(socket, '/health')).toBe('HTTP/1.1 200 OK');
      }
      const beyond = await open(running.url);
      const refused = ending(beyond);
      beyond.write('GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
      expect(await refused).toEqual({ received: '', closedByServer: true });

      held.shift()?.destroy();
      let status = 0;
      // The server learns of the released connection asynchronously: retry a bounded few times.
      for (let attempt = 0; attempt < 50 && status !== 200; attempt++) {
        status = await fetch(`${running.url}/health`, { headers: { connection: 'close' } }).then(
          (answer) => answer.status,
          () => 0,
        );
      }
      expect(status).toBe(200);
    });
  });
});
