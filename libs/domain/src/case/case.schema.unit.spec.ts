import {
  CASE_EVENT_SCHEMA_VERSIONS,
  CASE_EVENT_TYPES,
  caseStream,
  isCaseEventType,
} from './case.schema';

describe('case schema', () => {
  it('names the stream of a case in the case category', () => {
    expect(caseStream('7f1c2a9e-0b7d-4c55-9d0e-1a2b3c4d5e6f')).toBe(
      'case-7f1c2a9e-0b7d-4c55-9d0e-1a2b3c4d5e6f',
    );
  });

  it('gives every case event a stored type name, at version 2 those whose shape grew', () => {
    expect(CASE_EVENT_TYPES).toHaveLength(20);
    const { DeadlineExtended, FindingRecorded, CaseDecided, AppealDecided, ...others } =
      CASE_EVENT_SCHEMA_VERSIONS;
    expect({ DeadlineExtended, FindingRecorded, CaseDecided, AppealDecided }).toEqual({
      DeadlineExtended: 2,
      FindingRecorded: 2,
      CaseDecided: 2,
      AppealDecided: 2,
    });
    expect(new Set(Object.values(others))).toEqual(new Set([1]));
  });

  it('registers the events of the hearing notice and the waived appeal', () => {
    expect(isCaseEventType('HearingNoticeServed')).toBe(true);
    expect(isCaseEventType('AppealWaived')).toBe(true);
  });

  it('tells case event types from others', () => {
    expect(isCaseEventType('FindingRecorded')).toBe(true);
    expect(isCaseEventType('AccidentReported')).toBe(false);
    expect(isCaseEventType('toString')).toBe(false);
  });
});
