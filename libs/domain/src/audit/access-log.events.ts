import type { DomainEvent } from '../shared/decider';

/** The audit reads that are themselves recorded ("auditors of auditors"). */
export const AUDIT_READ_ENDPOINTS = [
  'case-history',
  'case-state',
  'case-bundle',
  'case-report',
  'verify',
] as const;
export type AuditReadEndpoint = (typeof AUDIT_READ_ENDPOINTS)[number];

/** Someone read the audit record: who (token subject and role), what, and when. */
export type AuditRecordRead = DomainEvent<
  'AuditRecordRead',
  {
    readonly readerId: string;
    readonly readerRole: string;
    readonly endpoint: AuditReadEndpoint;
    /** the case read, or null for a read that is not about one case (verification) */
    readonly caseId: string | null;
    /** the one stream verified, or null */
    readonly stream: string | null;
    /** the query as asked, e.g. `asOf=2026-03-01&by=recorded` (empty when none) */
    readonly query: string;
    readonly occurredAt: string;
  }
>;

export const ACCESS_LOG_EVENT_SCHEMA_VERSIONS = { AuditRecordRead: 1 } as const satisfies Record<
  AuditRecordRead['type'],
  number
>;

/** One stream per UTC day, so that no stream grows without bound and each is chained on its own. */
export const accessLogStream = (at: Date): string => `access-log-${at.toISOString().slice(0, 10)}`;
