/**
 * The writer thread of a SqliteEventStore: its own connection to the file, and group commit of
 * whatever appends reached it while it was busy. Its fsyncs block this thread, never the
 * process's event loop.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { type AppendOutcome, commitGroup, failureOf } from './sqlite.group-commit';
import { durabilityOf, prepareSchema } from './sqlite.schema';
import type { FromWriter, NumberedRequest, ToWriter, WriterData } from './sqlite.writer.protocol';

const port = parentPort;
if (!port) throw new Error('sqlite.writer.worker runs as a worker thread');
const { file, maxGroup } = workerData as WriterData;
const db = new Database(file);
prepareSchema(db);
port.postMessage({ type: 'opened', durability: durabilityOf(db) } satisfies FromWriter);

let queue: NumberedRequest[] = [];
let scheduled = false;
let groups = 0;

function post(message: FromWriter): void {
  port?.postMessage(message);
}

/** Commits everything queued, `maxGroup` appends per transaction. */
function flush(): void {
  scheduled = false;
  while (queue.length > 0) {
    const group = queue.slice(0, maxGroup);
    queue = queue.slice(group.length);
    let outcomes: AppendOutcome[];
    try {
      outcomes = commitGroup(
        db,
        group.map((request) => request.unit),
      );
    } catch (error) {
      const failure = failureOf(error);
      outcomes = group.map(() => ({ ok: false, failure }));
    }
    groups += 1;
    post({
      type: 'committed',
      group: groups,
      outcomes: group.map((request, index) => ({
        id: request.id,
        outcome: outcomes[index] ?? {
          ok: false,
          failure: { kind: 'error', message: 'the append has no outcome' },
        },
      })),
    });
  }
}

port.on('message', (message: ToWriter) => {
  if (message.type === 'append') {
    for (const request of message.requests) queue.push(request);
    // Messages that arrived during the last commit are all delivered before immediates run, so
    // they make up the next group together.
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
    return;
  }
  flush();
  db.close();
  post({ type: 'closed' });
  port.close();
});
