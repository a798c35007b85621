import {
  ACCESS_LOG_EVENT_SCHEMA_VERSIONS,
  CASE_EVENT_SCHEMA_VERSIONS,
  EVENT_SCHEMA_VERSIONS,
  UNRECORDED_FAILURE_KIND,
} from '@dutyledger/domain';
import type { RecordedEvent } from '@dutyledger/event-store';
import { MalformedEventError } from '../codec/codec-errors';
import { domainCodec } from './domain-events';

const CASE_ID = 'c0c0c0c0-0000-4000-8000-000000000001';
const AT = '2026-02-10T09:00:00.000Z';

const stored = (
  type: string,
  schemaVersion: number,
  data: Record<string, unknown>,
): RecordedEvent => ({
  id: 'e0e0e0e0-0000-4000-8000-000000000001',
  type,
  schemaVersion,
  data,
  metadata: {
    actor: { id: 'caseworker-1', role: 'CASEWORKER' },
    correlationId: 'c',
    causationId: 'c',
    occurredAt: AT,
    recordedAt: AT,
  },
  stream: `case-${CASE_ID}`,
  revision: 3n,
  position: 9n,
  hash: 'a'.repeat(64),
  previousHash: 'b'.repeat(64),
});

describe('the domain codec', () => {
  const v1 = {
    caseId: CASE_ID,
    days: 10,
    reason: 'Survey pending',
    previousDueAt: '2026-03-01T00:00:00.000Z',
    occurredAt: AT,
  };

  it('registers every event type the domain versions, each at its version', () => {
    const versions: Record<string, number> = {
      ...EVENT_SCHEMA_VERSIONS,
      ...CASE_EVENT_SCHEMA_VERSIONS,
      ...ACCESS_LOG_EVENT_SCHEMA_VERSIONS,
    };
    const codec = domainCodec();
    expect([...codec.types()].sort()).toEqual(Object.keys(versions).sort());
    for (const [type, version] of Object.entries(versions)) {
      expect([type, codec.latestVersion(type)]).toEqual([type, version]);
    }
  });

  it('reads a stored v1 DeadlineExtended as v2, with the due date it lacked', () => {
    const upcast = domainCodec().upcast(stored('DeadlineExtended', 1, v1));
    expect(upcast.schemaVersion).toBe(2);
    expect(upcast.data).toEqual({ ...v1, dueAt: '2026-03-11T00:00:00.000Z' });
  });

  it('passes a v2 event through unchanged', () => {
    const current = stored('DeadlineExtended', 2, { ...v1, dueAt: '2026-03-11T00:00:00.000Z' });
    expect(domainCodec().upcast(current)).toBe(current);
  });

  it('knows the access log’s event at version 1', () => {
    expect(domainCodec().latestVersion('AuditRecordRead')).toBe(1);
  });

  describe('decodes every older shape to the shape of today', () => {
    const older: [string, Record<string, unknown>, Record<string, unknown>][] = [
      ['DeadlineExtended', v1, { dueAt: '2026-03-11T00:00:00.000Z' }],
      [
        'FindingRecorded',
        {
          caseId: CASE_ID,
          cadreId: 'cadre-1',
          responsible: true,
          responsibilityKind: 'LEADERSHIP',
          reasoning: 'Inspections lapsed',
          heardBeforeFinding: true,
          occurredAt: AT,
        },
        { hearing: 'STATEMENT', aggravating: [], mitigating: [], recordedBy: 'caseworker-1' },
      ],
      [
        'CaseDecided',
        { caseId: CASE_ID, appealWindowClosesAt: AT, occurredAt: AT },
        { decidedBy: 'caseworker-1' },
      ],
      [
        'AppealDecided',
        {
          caseId: CASE_ID,
          appealId: 'appeal-1',
          cadreId: 'cadre-1',
          sanctionId: 'sanction-1',
          outcome: 'UPHELD',
          changedSanction: null,
          reasoning: 'Sound',
          occurredAt: AT,
        },
        { decidedBy: 'caseworker-1' },
      ],
      [
        'FailureToPerformRecorded',
        {
          failureId: 'failure-1',
          dutyId: 'duty-1',
          postId: 'post-1',
          occurredAt: AT,
          description: 'No inspection',
          evidence: 'Minutes',
          adverseEffect: 'MINOR',
          responsibleCadreId: null,
          vacant: true,
        },
        { kind: 'OTHER', otherKind: UNRECORDED_FAILURE_KIND, safetyImpact: false },
      ],
      [
        'CadreAppointedToPost',
        { postId: 'post-1', cadreId: 'cadre-1', effectiveFrom: AT, occurredAt: AT },
        { eligibilityOverride: null },
      ],
    ];

    it.each(older)('%s v1', (type, data, added) => {
      const decoded = domainCodec().decode(stored(type, 1, data));
      expect(decoded.type).toBe(type);
      expect(decoded.schemaVersion).toBe(2);
      const { heardBeforeFinding: _dropped, ...kept } = data;
      expect(decoded.data).toEqual({ ...kept, ...added });
    });

    it.each(older)('%s v1 missing a field it was stored with is refused', (type, data) => {
      const { occurredAt: _missing, ...without } = data;
      expect(() => domainCodec().decode(stored(type, 1, without))).toThrow(MalformedEventError);
    });
  });

  it('refuses a stored event of today whose field has the wrong kind', () => {
    const event = stored('CaseClosed', 1, { caseId: CASE_ID, reason: 42, occurredAt: AT });
    expect(() => domainCodec().decode(event)).toThrow(
      `Stored CaseClosed v1 (case-${CASE_ID} revision 3) is malformed: field "reason": expected string, found number`,
    );
  });
});
