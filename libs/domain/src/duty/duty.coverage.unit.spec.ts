import type { CoverageDuty } from './duty.coverage';
import { coverage } from './duty.coverage';

const safety = (...industries: string[]): CoverageDuty => ({
  status: 'ACTIVE',
  category: 'WORK_SAFETY',
  industries,
});

describe('coverage: one post, two responsibilities', () => {
  const scope = ['construction', 'transport', 'tourism'];

  it('covers each scope item an active work-safety duty covers, and reports the rest as gaps', () => {
    expect(coverage(scope, [safety('construction'), safety('transport')])).toEqual({
      covered: ['construction', 'transport'],
      gaps: ['tourism'],
    });
  });

  it('reports no gaps when every item is covered', () => {
    expect(coverage(scope, [safety('tourism', 'transport', 'construction')])).toEqual({
      covered: scope,
      gaps: [],
    });
  });

  it('does not count a business duty as covering its industries', () => {
    const business: CoverageDuty = { status: 'ACTIVE', category: 'BUSINESS', industries: scope };
    expect(coverage(scope, [business]).gaps).toEqual(scope);
  });

  it('does not count a revoked work-safety duty', () => {
    const revoked: CoverageDuty = { ...safety('construction'), status: 'REVOKED' };
    expect(coverage(scope, [revoked]).gaps).toEqual(scope);
  });

  it('ignores industries a duty covers outside the post’s business scope', () => {
    expect(coverage(['construction'], [safety('mining')])).toEqual({
      covered: [],
      gaps: ['construction'],
    });
  });

  it('reports a scope item listed twice only once', () => {
    expect(coverage(['construction', 'construction'], [])).toEqual({
      covered: [],
      gaps: ['construction'],
    });
  });
});
