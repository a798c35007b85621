/**
 * The queue's stored sort keys, so that a page of the queue is read from an index in order instead
 * of sorting every open case per request. Both are null once the case is closed: the open cases
 * are then one index range, whatever the number of closed ones.
 *
 * `urgencyKey` orders cases with a running deadline (due, not stopped) first by due time, then the
 * others by when they were opened. Overdue cases (due before now) are the first of the running
 * ones, so the order needs no `now`; `urgencyKey < '0' + now` is exactly "overdue". Times are
 * canonical UTC text of one width, so text order is time order on SQLite and PostgreSQL alike.
 */
export interface QueueOrder {
  urgencyKey: string | null;
  openedKey: string | null;
}

export const CLOSED_STATUS = 'CLOSED';

/** The prefix of the urgency keys of cases whose deadline is running. */
export const RUNNING_DEADLINE = '0';

export function queueOrder(row: {
  status: string;
  openedAt: string;
  dueAt: string | null;
  stoppedAt: string | null;
}): QueueOrder {
  if (row.status === CLOSED_STATUS) return { urgencyKey: null, openedKey: null };
  const running = row.dueAt !== null && row.stoppedAt === null;
  return {
    urgencyKey: running ? `${RUNNING_DEADLINE}${row.dueAt}|${row.openedAt}` : `1${row.openedAt}`,
    openedKey: row.openedAt,
  };
}
