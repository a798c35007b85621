import {
  accidentStream,
  assessmentStream,
  cadreStream,
  departmentStream,
  dutyStream,
  EVENT_SCHEMA_VERSIONS,
  postStream,
} from './events';

describe('event registry', () => {
  it('raises to version 2 only the events whose shape grew, each with its v1 upcaster', () => {
    const { CadreAppointedToPost, FailureToPerformRecorded, ...unchanged } = EVENT_SCHEMA_VERSIONS;
    expect({ CadreAppointedToPost, FailureToPerformRecorded }).toEqual({
      CadreAppointedToPost: 2,
      FailureToPerformRecorded: 2,
    });
    expect(new Set(Object.values(unchanged))).toEqual(new Set([1]));
  });

  it('registers the reservation event', () => {
    expect(EVENT_SCHEMA_VERSIONS.ValueReserved).toBe(1);
  });

  it('names streams category-id', () => {
    expect([
      departmentStream('d1'),
      postStream('p1'),
      cadreStream('c1'),
      dutyStream('u1'),
      accidentStream('a1'),
      assessmentStream('c1', 2025),
    ]).toEqual([
      'department-d1',
      'post-p1',
      'cadre-c1',
      'duty-u1',
      'accident-a1',
      'assessment-c1-2025',
    ]);
  });
});
