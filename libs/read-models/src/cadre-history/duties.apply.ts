import { type Appliers, found, utc } from './cadre-history.apply';
import { CadreHistoryDuty, type DutyChanges } from './cadre-history-duty.entity';
import { CadreHistoryFailure } from './cadre-history-failure.entity';

/** The duties of every post (shown to whoever held it) and the failures a cadre answers for. */
export const DUTY_APPLIERS: Appliers = {
  async DutyAssigned(event, manager) {
    const data = event.data;
    await manager.getRepository(CadreHistoryDuty).insert({
      dutyId: data.dutyId,
      postId: data.postId,
      category: data.category,
      title: data.title,
      principle: data.principle,
      industries: [...data.industries],
      cadence: data.cadence,
      basis: data.basis,
      assignedAt: utc(data.occurredAt),
      revokedAt: null,
      revocationReason: null,
      amendments: [],
      sourceEventIds: [event.id],
    });
  },

  async DutyAmended(event, manager) {
    const { dutyId, reason, occurredAt, ...amended } = event.data;
    const duties = manager.getRepository(CadreHistoryDuty);
    const duty = found(await duties.findOneBy({ dutyId }), `duty ${dutyId}`, event);
    const changes: DutyChanges = {
      ...(amended.title === undefined ? {} : { title: amended.title }),
      ...(amended.principle === undefined ? {} : { principle: amended.principle }),
      ...(amended.industries === undefined ? {} : { industries: [...amended.industries] }),
      ...(amended.cadence === undefined ? {} : { cadence: amended.cadence }),
      ...(amended.basis === undefined ? {} : { basis: amended.basis }),
    };
    const amendment = { eventId: event.id, amendedAt: utc(occurredAt), reason, changes };
    await duties.update(
      { dutyId },
      {
        ...changes,
        amendments: [...duty.amendments, amendment],
        sourceEventIds: [...duty.sourceEventIds, event.id],
      },
    );
  },

  async DutyRevoked(event, manager) {
    const { dutyId, reason, occurredAt } = event.data;
    const duties = manager.getRepository(CadreHistoryDuty);
    const duty = found(await duties.findOneBy({ dutyId }), `duty ${dutyId}`, event);
    await duties.update(
      { dutyId },
      {
        revokedAt: utc(occurredAt),
        revocationReason: reason,
        sourceEventIds: [...duty.sourceEventIds, event.id],
      },
    );
  },

  /** A failure while the post was vacant answers to no cadre, so it has no place here. */
  async FailureToPerformRecorded(event, manager) {
    const data = event.data;
    if (data.responsibleCadreId === null) return;
    await manager.getRepository(CadreHistoryFailure).insert({
      failureId: data.failureId,
      cadreId: data.responsibleCadreId,
      dutyId: data.dutyId,
      postId: data.postId,
      occurredAt: utc(data.occurredAt),
      description: data.description,
      evidence: data.evidence,
      adverseEffect: data.adverseEffect,
      kind: data.kind,
      otherKind: data.otherKind,
      safetyImpact: data.safetyImpact,
      sourceEventIds: [event.id],
    });
  },
};
