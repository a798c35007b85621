import { describeReadModels } from '../../../../test/support/projection-spec';
import { ComplianceLog, complianceOf, drilled } from './compliance.fixtures';

/**
 * The emergency management bureau (the supervision authority) opens a case naming the director
 * and a deputy of the construction commission and the head of a township: the case counts for the
 * commission and the township, once each, and for the bureau only as the authority.
 */
function constructionCase(log: ComplianceLog) {
  const city = log.department('MUNICIPAL', null, { name: 'City' });
  const bureau = log.department('MUNICIPAL', city.departmentId, {
    name: 'Emergency Management Bureau',
    kind: 'WORKING_DEPARTMENT',
  });
  const commission = log.department('MUNICIPAL', city.departmentId, {
    name: 'Construction Commission',
    kind: 'WORKING_DEPARTMENT',
  });
  const township = log.department('TOWNSHIP', city.departmentId, { name: 'Township' });
  const director = log.post(commission.departmentId, ['construction']);
  const deputy = log.post(commission.departmentId, ['construction']);
  const head = log.post(township.departmentId, ['mining']);
  const opened = log.caseOpened(bureau.departmentId, '2026-02-01T00:00:00Z', [
    { cadreId: 'director', postId: director.postId },
    { cadreId: 'deputy', postId: deputy.postId },
    { cadreId: 'head', postId: head.postId },
  ]);
  return { city, bureau, commission, township, opened };
}

describeReadModels('compliance projection: cases and sanctions', ({ fresh }) => {
  it('given CaseOpened and CaseSubjectNamed, then the case counts once for the department of each subject’s post, and for the authority apart', async () => {
    const log = new ComplianceLog();
    const { city, bureau, commission, township, opened } = constructionCase(log);
    const [director, deputy, head] = opened.named;
    const dataSource = await fresh();
    const compliance = await complianceOf(dataSource, log.events, 2026);

    expect(compliance.get(commission.departmentId)?.own).toMatchObject({
      casesOpened: 1,
      casesOpenedAsAuthority: 0,
    });
    expect(compliance.get(township.departmentId)?.own.casesOpened).toBe(1);
    expect(compliance.get(bureau.departmentId)?.own).toMatchObject({
      casesOpened: 0,
      casesOpenedAsAuthority: 1,
    });
    // The city sees one case in its jurisdiction, not one per department it names.
    expect(compliance.get(city.departmentId)?.rolledUp).toMatchObject({
      casesOpened: 1,
      casesOpenedAsAuthority: 1,
    });
    expect(await drilled(dataSource, [commission.departmentId], 'casesOpened')).toEqual([
      [opened.id, true],
      [director?.id, false],
      [deputy?.id, false],
    ]);
    const everyone = [city, bureau, commission, township].map((d) => d.departmentId);
    expect(await drilled(dataSource, everyone, 'casesOpened')).toEqual([
      [opened.id, true],
      [director?.id, false],
      [deputy?.id, false],
      [head?.id, false],
    ]);
    expect(await drilled(dataSource, [bureau.departmentId], 'casesOpenedAsAuthority')).toEqual([
      [opened.id, true],
    ]);
  });

  it('counts a case in the local year it was opened: 01:00 on 1 January Beijing time is the new year', async () => {
    const log = new ComplianceLog();
    const city = log.department('MUNICIPAL', null);
    const post = log.post(city.departmentId, ['mining']);
    const opened = log.caseOpened(city.departmentId, '2025-12-31T17:00:00Z', [
      { postId: post.postId },
    ]);
    const dataSource = await fresh();
    const compliance = await complianceOf(dataSource, log.events, 2026);

    expect(compliance.get(city.departmentId)?.own).toMatchObject({
      casesOpened: 1,
      casesOpenedAsAuthority: 1,
    });
    expect(await drilled(dataSource, [city.departmentId], 'casesOpened', 2025)).toEqual([]);
    expect(await drilled(dataSource, [city.departmentId], 'casesOpenedAsAuthority')).toEqual([
      [opened.id, true],
    ]);
  });

  it('given CaseClosed and CaseReopened, then the case is closed for each subject’s department until reopened, and again once closed again', async () => {
    const log = new ComplianceLog();
    const { city, commission, township, opened } = constructionCase(log);
    log.caseEvent('CaseClosed', opened.caseId, { reason: 'Decided' }, '2026-03-01T00:00:00Z');
    log.caseEvent(
      'CaseReopened',
      opened.caseId,
      { reason: 'New evidence' },
      '2026-04-01T00:00:00Z',
    );
    const reopenedUpTo = log.events.length;
    const closedAgain = log.caseEvent(
      'CaseClosed',
      opened.caseId,
      { reason: 'Decided anew' },
      '2026-06-01T00:00:00Z',
    );
    const dataSource = await fresh();
    const reopened = await complianceOf(dataSource, log.events.slice(0, reopenedUpTo), 2026);
    expect(reopened.get(commission.departmentId)?.own.casesClosed).toBe(0);

    const compliance = await complianceOf(dataSource, log.events.slice(reopenedUpTo), 2026);
    expect(compliance.get(commission.departmentId)?.own.casesClosed).toBe(1);
    expect(compliance.get(township.departmentId)?.own.casesClosed).toBe(1);
    expect(compliance.get(city.departmentId)?.rolledUp).toMatchObject({
      casesOpened: 1,
      casesClosed: 1,
    });
    expect(compliance.get(city.departmentId)?.indicators.caseResolution).toBe(1);
    const both = [commission.departmentId, township.departmentId];
    expect(await drilled(dataSource, both, 'casesClosed')).toEqual([[closedAgain.id, true]]);
  });

  it('given SanctionDecided, then a measure counts for the department of its subject’s post, a referral apart; withdrawn and revoked measures do not count', async () => {
    const log = new ComplianceLog();
    const { bureau, commission, township, opened } = constructionCase(log);
    const kept = log.sanction(opened.caseId, '2026-05-01T00:00:00Z', 'director');
    const withdrawn = log.sanction(opened.caseId, '2026-05-01T00:00:00Z', 'deputy');
    const revoked = log.sanction(opened.caseId, '2026-05-01T00:00:00Z', 'head', 'WARNING');
    const changed = log.sanction(opened.caseId, '2026-05-01T00:00:00Z', 'deputy', 'DEMERIT');
    const referral = log.sanction(
      opened.caseId,
      '2026-05-01T00:00:00Z',
      'director',
      'REFERRAL_TO_DISCIPLINE_INSPECTION',
    );
    const appeal = (sanctionId: string, outcome: string, changedSanction: string | null) =>
      log.caseEvent(
        'AppealDecided',
        opened.caseId,
        {
          appealId: sanctionId,
          cadreId: 'cadre',
          sanctionId,
          outcome,
          changedSanction,
          reasoning: 'Reviewed',
          decidedBy: 'supervisor-appeals',
        },
        '2026-06-01T00:00:00Z',
      );
    log.caseEvent(
      'SanctionWithdrawn',
      opened.caseId,
      { sanctionId: withdrawn.sanctionId, cadreId: 'deputy', reason: 'FINDING_SUPERSEDED' },
      '2026-05-20T00:00:00Z',
    );
    appeal(kept.sanctionId, 'UPHELD', null);
    appeal(revoked.sanctionId, 'SANCTION_REVOKED', null);
    const change = appeal(changed.sanctionId, 'SANCTION_CHANGED', 'WARNING');
    const dataSource = await fresh();
    const compliance = await complianceOf(dataSource, log.events, 2026);

    expect(compliance.get(commission.departmentId)?.own).toMatchObject({
      sanctionsDecided: 2,
      referralsDecided: 1,
    });
    expect(compliance.get(township.departmentId)?.own.sanctionsDecided).toBe(0);
    expect(compliance.get(bureau.departmentId)?.own.sanctionsDecided).toBe(0);
    expect(await drilled(dataSource, [commission.departmentId], 'sanctionsDecided')).toEqual([
      [kept.id, true],
      [changed.id, true],
      [change.id, false],
    ]);
    expect(await drilled(dataSource, [commission.departmentId], 'referralsDecided')).toEqual([
      [referral.id, true],
    ]);
  });
});
