import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A period during which the case was open: from its opening or a reopening to its closing. */
export interface OpenPeriod {
  openedAt: string;
  /** null while the case is open */
  closedAt: string | null;
  /** the CaseOpened or CaseReopened event that began the period */
  openedByEventId: string;
  closedByEventId: string | null;
}

export interface CaseStatusChange {
  status: string;
  at: string;
  eventId: string;
}

/** An accountability case as far as the cadres it names need it: kind, status, open periods. */
@Entity({ name: 'cadre_history_cases' })
export class CadreHistoryCase {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  caseId: string = '';

  @Column({ type: 'varchar', length: 20 })
  kind: string = '';

  @Column({ type: 'text' })
  summary: string = '';

  @Column({ type: 'varchar', length: 36 })
  openedByDepartmentId: string = '';

  @Column({ type: 'varchar', length: 30 })
  status: string = '';

  @Column({ type: 'simple-json' })
  openPeriods: OpenPeriod[] = [];

  @Column({ type: 'simple-json' })
  statusChanges: CaseStatusChange[] = [];

  /** Appeals filed and not yet decided: the case stays APPEALED while there is one. */
  @Column({ type: 'simple-json' })
  pendingAppealIds: string[] = [];
}
