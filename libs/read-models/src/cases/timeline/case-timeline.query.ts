import type { DataSource } from 'typeorm';
import { storedRows, windowClause } from '../../database/stored-rows';
import { type Locale, render } from '../../narrative';
import { CaseHeaderRow } from './case-header.entity';
import { currentCase } from '../stored-case';
import { type CaseHeaderView, caseHeaderView } from './case-header.view';
import { CaseTimelineEntry } from './case-timeline-entry.entity';

/** The header of a case, overdue decided against `now`; null when no such case is projected. */
export async function findCaseHeader(
  dataSource: DataSource,
  caseId: string,
  now: Date,
): Promise<CaseHeaderView | null> {
  const [row] = await storedRows(dataSource, CaseHeaderRow, 'header').select(
    'WHERE "header"."caseId" = ?',
    [caseId],
  );
  if (row === undefined || row.state === null) return null;
  return caseHeaderView(row, currentCase(row.state), now);
}

export interface TimelineEntryView {
  position: string;
  revision: string;
  eventId: string;
  type: string;
  actor: { id: string; role: string };
  occurredAt: string;
  recordedAt: string;
  sentence: string;
}

/** How a reader reads: the language, and the time zone instants are said in (as recorded without). */
export interface TimelineReading {
  readonly locale: Locale;
  readonly timeZone?: string;
}

/**
 * One window of a case's timeline, oldest first, each event said as `reading` asks; undefined
 * when no such case is projected.
 */
export async function caseTimeline(
  dataSource: DataSource,
  caseId: string,
  window: { skip: number; take: number },
  reading: TimelineReading = { locale: 'en' },
): Promise<{ entries: TimelineEntryView[]; total: number } | undefined> {
  const timeline = storedRows(dataSource, CaseTimelineEntry, 'entry');
  const [rows, total] = await Promise.all([
    timeline.select(
      `WHERE "entry"."caseId" = ? ORDER BY "entry"."position" ASC ${windowClause(dataSource, window)}`,
      [caseId],
    ),
    timeline.count('WHERE "entry"."caseId" = ?', [caseId]),
  ]);
  // The header and an entry are written by the same event, so a case with entries is known; only
  // an empty answer asks whether the case exists at all (a third of the read's queries saved).
  if (total === 0 && !(await storedRows(dataSource, CaseHeaderRow).exists({ caseId }))) {
    return undefined;
  }
  const entries = rows.map((row) => ({
    position: String(row.position),
    revision: String(row.revision),
    eventId: row.eventId,
    type: row.type,
    actor: { id: row.actorId, role: row.actorRole },
    occurredAt: row.occurredAt,
    recordedAt: row.recordedAt,
    sentence: render(row.message, reading.locale, reading.timeZone),
  }));
  return { entries, total };
}
