import type {
  AggravatingCircumstance,
  HearingBasis,
  MitigatingCircumstance,
  Weighed,
} from '@dutyledger/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A finding on the cadre in a case; a reopened case adds new findings beside the old ones. */
@Entity({ name: 'cadre_history_findings' })
export class CadreHistoryFinding {
  /** The id of the FindingRecorded event. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  eventId: string = '';

  @Index()
  @Column({ type: 'varchar', length: 36 })
  cadreId: string = '';

  @Column({ type: 'varchar', length: 36 })
  caseId: string = '';

  @Column({ type: 'boolean' })
  responsible: boolean = false;

  @Column({ type: 'varchar', length: 20, nullable: true })
  responsibilityKind: string | null = null;

  @Column({ type: 'text' })
  reasoning: string = '';

  /**
   * How the subject was heard: their statement, or a hearing notice left unanswered. Rows written
   * before hearing notices were migrated from the statement flag (STATEMENT or NOT_HEARD).
   */
  @Column({ type: 'varchar', length: 20, default: 'NOT_HEARD' })
  hearing: HearingBasis = 'NOT_HEARD';

  /** The circumstances weighed, each with the investigator's note. */
  @Column({ type: 'simple-json', default: '[]' })
  aggravating: Weighed<AggravatingCircumstance>[] = [];

  @Column({ type: 'simple-json', default: '[]' })
  mitigating: Weighed<MitigatingCircumstance>[] = [];

  /** The investigator who recorded it; null for rows written before it was projected. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  recordedBy: string | null = null;

  @Column({ type: 'varchar', length: 40 })
  recordedAt: string = '';
}
