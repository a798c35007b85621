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

  it('gives every case event a stored type name at schema version 1, DeadlineExtended at 2', () => {
    expect(CASE_EVENT_TYPES).toHaveLength(18);
    const { DeadlineExtended, ...others } = CASE_EVENT_SCHEMA_VERSIONS;
    expect(DeadlineExtended).toBe(2);
    expect(new Set(Object.values(others))).toEqual(new Set([1]));
  });

  it('tells case event types from others', () => {
    expect(isCaseEventType('FindingRecorded')).toBe(true);
    expect(isCaseEventType('AccidentReported')).toBe(false);
    expect(isCaseEventType('toString')).toBe(false);
  });
});
