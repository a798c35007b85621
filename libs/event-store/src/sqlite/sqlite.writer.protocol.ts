import type { AppendOutcome, AppendUnit } from './sqlite.group-commit';

/** What the writer thread is started with. */
export interface WriterData {
  file: string;
  /** The most appends one transaction takes; the rest wait for the next. */
  maxGroup: number;
}

export interface NumberedRequest {
  id: number;
  unit: AppendUnit;
}

export type ToWriter = { type: 'append'; requests: NumberedRequest[] } | { type: 'close' };

export interface Durability {
  journalMode: string;
  synchronous: string;
}

export type FromWriter =
  /** First message: the writer's connection is open, with these settings. */
  | { type: 'opened'; durability: Durability }
  | {
      type: 'committed';
      /** The writer's transaction count: the appends of one group share it. */
      group: number;
      outcomes: { id: number; outcome: AppendOutcome }[];
    }
  | { type: 'closed' };
