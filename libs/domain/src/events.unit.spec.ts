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
  it('starts every event type at schema version 1', () => {
    expect(new Set(Object.values(EVENT_SCHEMA_VERSIONS))).toEqual(new Set([1]));
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
