import type { EventStore } from '../port/event-store.port';

/** The store under test and the category of the running test, as the contract's topics see them. */
export class ContractSubject {
  private current: EventStore | undefined;
  /** A category of the running test's own (see uniqueCategory). */
  category = '';

  get store(): EventStore {
    if (!this.current) throw new Error('the contract suite has not created its store yet');
    return this.current;
  }

  set store(store: EventStore) {
    this.current = store;
  }

  /** A stream of the running test's category. */
  stream(id: string): string {
    return `${this.category}-${id}`;
  }
}
