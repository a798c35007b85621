import { isWorkSafetyFailure } from './duty.safety';

describe('isWorkSafetyFailure: the one rule for which failures count', () => {
  it('counts every failure on a work-safety duty', () => {
    expect(isWorkSafetyFailure('WORK_SAFETY', true)).toBe(true);
    expect(isWorkSafetyFailure('WORK_SAFETY', false)).toBe(true);
  });

  it('counts a business-duty failure recorded with a safety impact', () => {
    expect(isWorkSafetyFailure('BUSINESS', true)).toBe(true);
  });

  it('does not count a business-duty failure without a safety impact', () => {
    expect(isWorkSafetyFailure('BUSINESS', false)).toBe(false);
  });
});
