import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bigintColumn } from '../database/bigint.transformer';

/**
 * One event behind one figure of a department. Every figure is a sum of `value` over its facts
 * (1: the fact counts; 0: an event listed beside the counted ones without counting, e.g. the
 * update that re-graded an accident, or a performance for a period that was not due), so every
 * figure drills down to the ids of its events. A point fact has a `year`; a span fact (duties
 * due, scope items, coverage gaps) has `fromAt`..`toAt` and is evaluated for a year when read.
 * The primary key makes each (figure, counted thing, event, department) appear once: one event
 * may count for several departments (a case closed counts for the department of each subject).
 */
@Entity({ name: 'compliance_facts' })
// A page's departments: their facts of a figure, in a year (point facts) or any (spans).
@Index(['departmentId', 'figure', 'year'])
@Index(['year', 'figure'])
@Index(['figure', 'fromAt'])
@Index(['figure', 'month'])
@Index(['subject'])
// A post's facts of one figure (its open coverage gaps, when duties or scope change).
@Index(['postId', 'figure'])
// A duty's performances, judged again when its due spans change.
@Index(['dutyId', 'figure'])
// The open coverage gaps (toAt null) in the order they opened: a page read in order.
@Index(['figure', 'toAt', 'position', 'subject'])
export class ComplianceFact {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  figure: string = '';

  /** What is counted: a duty, performance, failure, accident, case or sanction id, or post/item. */
  @PrimaryColumn({ type: 'varchar', length: 160 })
  subject: string = '';

  @PrimaryColumn({ type: 'varchar', length: 36 })
  eventId: string = '';

  @PrimaryColumn({ type: 'varchar', length: 36 })
  departmentId: string = '';

  @Column({ type: 'integer', nullable: true })
  year: number | null = null;

  /** `YYYY-MM` of a point fact's moment, where a month means something (accidents, failures, cases). */
  @Column({ type: 'varchar', length: 7, nullable: true })
  month: string | null = null;

  /** Canonical UTC times of a span fact; `toAt` null while the span is open. */
  @Column({ type: 'varchar', length: 30, nullable: true })
  fromAt: string | null = null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  toAt: string | null = null;

  /** The type of the event that closed the span (a cadence amendment owes less than a revocation). */
  @Column({ type: 'varchar', length: 60, nullable: true })
  closedBy: string | null = null;

  /** The duty's cadence over a `dutiesDue` span. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  cadence: string | null = null;

  /** The post and scope item of a `scopeItems` or `coverageGaps` fact. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  postId: string | null = null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  item: string | null = null;

  /** The duty and the period of a `dutiesPerformed` fact. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  dutyId: string | null = null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  period: string | null = null;

  @Column({ type: 'integer' })
  value: number = 1;

  @Column({ type: 'varchar', length: 60 })
  eventType: string = '';

  @Column({ type: 'varchar', length: 200 })
  stream: string = '';

  @Column({ type: 'bigint', transformer: bigintColumn })
  position: bigint = 0n;

  /** The event's business time as recorded. */
  @Column({ type: 'varchar', length: 40 })
  occurredAt: string = '';
}
