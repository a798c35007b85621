import type { RecordedEvent } from '@dutyledger/event-store';
import { domainUpcasters } from './upcasters';

describe('the domain upcasters', () => {
  const stored = (schemaVersion: number, data: Record<string, unknown>): RecordedEvent => ({
    id: 'e0e0e0e0-0000-4000-8000-000000000001',
    type: 'DeadlineExtended',
    schemaVersion,
    data,
    metadata: {
      actor: { id: 'caseworker-1', role: 'CASEWORKER' },
      correlationId: 'c',
      causationId: 'c',
      occurredAt: '2026-02-10T09:00:00.000Z',
      recordedAt: '2026-02-10T09:00:00.000Z',
    },
    stream: 'case-c0c0c0c0-0000-4000-8000-000000000001',
    revision: 3n,
    position: 9n,
    hash: 'a'.repeat(64),
    previousHash: 'b'.repeat(64),
  });
  const v1 = {
    caseId: 'c0c0c0c0-0000-4000-8000-000000000001',
    days: 10,
    reason: 'Survey pending',
    previousDueAt: '2026-03-01T00:00:00.000Z',
    occurredAt: '2026-02-10T09:00:00.000Z',
  };

  it('reads a stored v1 DeadlineExtended as v2, with the due date it lacked', () => {
    const upcast = domainUpcasters().upcast(stored(1, v1));
    expect(upcast.schemaVersion).toBe(2);
    expect(upcast.data).toEqual({ ...v1, dueAt: '2026-03-11T00:00:00.000Z' });
  });

  it('passes a v2 event through unchanged', () => {
    const current = stored(2, { ...v1, dueAt: '2026-03-11T00:00:00.000Z' });
    expect(domainUpcasters().upcast(current)).toBe(current);
  });

  it('knows the access log’s event at version 1', () => {
    expect(domainUpcasters().latestVersion('AuditRecordRead')).toBe(1);
  });
});
