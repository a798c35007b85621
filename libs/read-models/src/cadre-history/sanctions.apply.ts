import { IsNull } from 'typeorm';
import { type Appliers, found, utc } from './cadre-history.apply';
import { CadreHistorySanction } from './cadre-history-sanction.entity';

/** Sanctions as they stand: in effect from the case decision, changed or ended by appeals. */
export const SANCTION_APPLIERS: Appliers = {
  async SanctionDecided(event, manager) {
    const data = event.data;
    await manager.getRepository(CadreHistorySanction).insert({
      sanctionId: data.sanctionId,
      cadreId: data.cadreId,
      caseId: data.caseId,
      sanction: data.sanction,
      decidedSanction: data.sanction,
      decidedBy: data.decidedBy,
      decidedAt: utc(data.occurredAt),
      effectiveFrom: null,
      endedAt: null,
      endedBecause: null,
      appeals: [],
      sourceEventIds: [event.id],
    });
  },

  /** The decision issues the sanctions decided since the last one: they take effect now. */
  async CaseDecided(event, manager) {
    const data = event.data;
    const sanctions = manager.getRepository(CadreHistorySanction);
    const issued = await sanctions.findBy({
      caseId: data.caseId,
      effectiveFrom: IsNull(),
      endedAt: IsNull(),
    });
    for (const sanction of issued) {
      await sanctions.update(
        { sanctionId: sanction.sanctionId },
        {
          effectiveFrom: utc(data.occurredAt),
          sourceEventIds: [...sanction.sourceEventIds, event.id],
        },
      );
    }
  },

  async SanctionWithdrawn(event, manager) {
    const data = event.data;
    const sanctions = manager.getRepository(CadreHistorySanction);
    const sanction = found(
      await sanctions.findOneBy({ sanctionId: data.sanctionId }),
      `sanction ${data.sanctionId}`,
      event,
    );
    await sanctions.update(
      { sanctionId: data.sanctionId },
      {
        endedAt: utc(data.occurredAt),
        endedBecause: `WITHDRAWN_${data.reason}`,
        sourceEventIds: [...sanction.sourceEventIds, event.id],
      },
    );
  },

  /** Every appeal decision is part of what the sanction now rests on, an upheld one too. */
  async AppealDecided(event, manager) {
    const data = event.data;
    const sanctions = manager.getRepository(CadreHistorySanction);
    const sanction = found(
      await sanctions.findOneBy({ sanctionId: data.sanctionId }),
      `sanction ${data.sanctionId}`,
      event,
    );
    const at = utc(data.occurredAt);
    const appeal = {
      appealId: data.appealId,
      outcome: data.outcome,
      changedSanction: data.changedSanction,
      reasoning: data.reasoning,
      decidedAt: at,
      eventId: event.id,
    };
    await sanctions.update(
      { sanctionId: data.sanctionId },
      {
        ...(data.outcome === 'SANCTION_REVOKED'
          ? { endedAt: at, endedBecause: 'REVOKED_ON_APPEAL' }
          : {}),
        ...(data.outcome === 'SANCTION_CHANGED' && data.changedSanction !== null
          ? { sanction: data.changedSanction }
          : {}),
        appeals: [...sanction.appeals, appeal],
        sourceEventIds: [...sanction.sourceEventIds, event.id],
      },
    );
  },
};
