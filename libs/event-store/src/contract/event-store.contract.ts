import type { EventStore } from '../port/event-store.port';
import { uniqueCategory } from './contract-fixtures';
import { ContractSubject } from './contract-subject';
import { appendAndReadBack } from './append-and-read.contract';
import { type AppendsAll, appendingToSeveralStreams } from './append-all.contract';
import { expectedRevision } from './expected-revision.contract';
import { idempotentReappend } from './idempotent-append.contract';
import { readingAStream } from './read-stream.contract';
import { readingAll } from './read-all.contract';
import { deletingStreams } from './delete-stream.contract';
import { subscribingToAll } from './subscribe-all.contract';

export interface ContractSetup {
  create(): Promise<EventStore>;
  destroy(store: EventStore): Promise<void>;
  /** How the store writes the appends of one `appendAll`. */
  appendsAll: AppendsAll;
}

/**
 * The behaviour every EventStore adapter must show, with the same test names for each, one file
 * per topic in this folder. Tests share one store per file and isolate themselves by category,
 * since `$all` is shared.
 */
export function describeEventStoreContract(adapterName: string, setup: ContractSetup): void {
  describe(`EventStore contract: ${adapterName}`, () => {
    const subject = new ContractSubject();

    beforeAll(async () => {
      subject.store = await setup.create();
    });
    afterAll(async () => {
      await setup.destroy(subject.store);
    });
    beforeEach(() => {
      subject.category = uniqueCategory();
    });

    appendAndReadBack(subject);
    appendingToSeveralStreams(subject, setup.appendsAll);
    expectedRevision(subject);
    idempotentReappend(subject);
    readingAStream(subject);
    readingAll(subject);
    deletingStreams(subject);
    subscribingToAll(subject);
  });
}
