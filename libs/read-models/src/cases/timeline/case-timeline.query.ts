import type { DataSource } from 'typeorm';
import { plainRows, storedRows, windowClause } from '../../database/stored-rows';
import type { Locale } from '../../narrative';
import { storedSentence } from '../../narrative/stored-sentences';
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
 * A timeline row as the driver answers it: positions as numbers (SQLite) or strings
 * (PostgreSQL), the message as its stored JSON text.
 */
type StoredEntry = Omit<CaseTimelineEntry, 'position' | 'revision' | 'message'> & {
  position: number | string;
  revision: number | string;
  message: string;
};

/**
 * One window of a case's timeline, oldest first, each event said as `reading` asks; undefined
 * when no such case is projected. The rows are read as stored, not made into entities: a message
 * is said from its stored text, and a text already said in that language and zone is not parsed
 * or said again (stored-sentences.ts).
 */
export async function caseTimeline(
  dataSource: DataSource,
  caseId: string,
  window: { skip: number; take: number },
  reading: TimelineReading = { locale: 'en' },
): Promise<{ entries: TimelineEntryView[]; total: number } | undefined> {
  const timeline = storedRows(dataSource, CaseTimelineEntry, 'entry');
  const [rows, total] = await Promise.all([
    plainRows<StoredEntry>(
      dataSource,
      timeline.statement(
        `WHERE "entry"."caseId" = ? ORDER BY "entry"."position" ASC ${windowClause(dataSource, window)}`,
      ),
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
    sentence: storedSentence(row.message, reading.locale, reading.timeZone),
  }));
  return { entries, total };
}
