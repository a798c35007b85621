import { describeReadModels } from '../../../../test/support/projection-spec';
import { ComplianceLog, complianceOf } from './compliance.fixtures';
import { figureEvents } from './compliance-drill-down.query';
import type { FigureName } from './compliance.figures';
import type { DataSource } from 'typeorm';

const drill = async (dataSource: DataSource, departmentId: string, figure: FigureName) =>
  (
    await figureEvents(dataSource, {
      departmentIds: [departmentId],
      year: 2026,
      figure,
      skip: 0,
      take: 100,
    })
  ).items.map((item) => item.eventId);

describeReadModels('compliance projection: cases and sanctions', ({ fresh }) => {
  it('given CaseOpened and CaseClosed, then they count for the opening department in their years', async () => {
    const log = new ComplianceLog();
    const city = log.department('MUNICIPAL', null);
    const open = log.caseOpened(city.departmentId, '2026-02-01T00:00:00Z');
    const closedCase = log.caseOpened(city.departmentId, '2026-03-01T00:00:00Z');
    const closed = log.caseEvent(
      'CaseClosed',
      closedCase.caseId,
      { reason: 'Decided' },
      '2026-09-01T00:00:00Z',
    );
    const lateCase = log.caseOpened(city.departmentId, '2026-11-01T00:00:00Z');
    log.caseEvent('CaseClosed', lateCase.caseId, { reason: 'Decided' }, '2027-01-10T00:00:00Z');
    const dataSource = await fresh();
    const compliance = await complianceOf(dataSource, log.events, 2026);

    expect(compliance.get(city.departmentId)?.own).toMatchObject({
      casesOpened: 3,
      casesClosed: 1,
    });
    expect(await drill(dataSource, city.departmentId, 'casesOpened')).toEqual([
      open.id,
      closedCase.id,
      lateCase.id,
    ]);
    expect(await drill(dataSource, city.departmentId, 'casesClosed')).toEqual([closed.id]);
  });

  it('given CaseReopened, then the case is closed no longer until it closes again', async () => {
    const log = new ComplianceLog();
    const city = log.department('MUNICIPAL', null);
    const opened = log.caseOpened(city.departmentId, '2026-02-01T00:00:00Z');
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
    expect(reopened.get(city.departmentId)?.own.casesClosed).toBe(0);

    const compliance = await complianceOf(dataSource, log.events.slice(reopenedUpTo), 2026);
    expect(compliance.get(city.departmentId)?.own.casesClosed).toBe(1);
    expect(await drill(dataSource, city.departmentId, 'casesClosed')).toEqual([closedAgain.id]);
  });

  it('given SanctionDecided, SanctionWithdrawn and AppealDecided, then withdrawn and revoked sanctions do not count', async () => {
    const log = new ComplianceLog();
    const city = log.department('MUNICIPAL', null);
    const opened = log.caseOpened(city.departmentId, '2026-02-01T00:00:00Z');
    const kept = log.sanction(opened.caseId, '2026-05-01T00:00:00Z');
    const withdrawn = log.sanction(opened.caseId, '2026-05-01T00:00:00Z');
    const revoked = log.sanction(opened.caseId, '2026-05-01T00:00:00Z');
    const changed = log.sanction(opened.caseId, '2026-05-01T00:00:00Z');
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
        },
        '2026-06-01T00:00:00Z',
      );
    log.caseEvent(
      'SanctionWithdrawn',
      opened.caseId,
      { sanctionId: withdrawn.sanctionId, cadreId: 'cadre', reason: 'FINDING_SUPERSEDED' },
      '2026-05-20T00:00:00Z',
    );
    appeal(kept.sanctionId, 'UPHELD', null);
    appeal(revoked.sanctionId, 'SANCTION_REVOKED', null);
    const change = appeal(changed.sanctionId, 'SANCTION_CHANGED', 'CIRCULATED_CRITICISM');
    const dataSource = await fresh();
    const compliance = await complianceOf(dataSource, log.events, 2026);

    expect(compliance.get(city.departmentId)?.own.sanctionsDecided).toBe(2);
    const drilled = await figureEvents(dataSource, {
      departmentIds: [city.departmentId],
      year: 2026,
      figure: 'sanctionsDecided',
      skip: 0,
      take: 10,
    });
    expect(drilled.items.map((item) => [item.eventId, item.counted])).toEqual([
      [kept.id, true],
      [changed.id, true],
      [change.id, false],
    ]);
  });
});
