import { IsNull } from 'typeorm';
import { nameKeys } from '../database/name-keys';
import { type Appliers, found, utc } from './cadre-history.apply';
import { CadreHistoryCadre } from './cadre-history-cadre.entity';
import { CadreHistoryHolding } from './cadre-history-holding.entity';
import { CadreHistoryPost } from './cadre-history-post.entity';

/** Registrations, posts and the appointment history: who held which post when. */
export const ORGANISATION_APPLIERS: Appliers = {
  async CadreRegistered(event, manager) {
    const data = event.data;
    await manager.getRepository(CadreHistoryCadre).insert({
      cadreId: data.cadreId,
      name: data.name,
      ...nameKeys(data.name),
      personnelNumber: data.personnelNumber,
      managingDepartmentId: data.managingDepartmentId,
      registeredAt: utc(data.occurredAt),
      sourceEventIds: [event.id],
    });
  },

  async PostEstablished(event, manager) {
    const data = event.data;
    await manager.getRepository(CadreHistoryPost).insert({
      postId: data.postId,
      departmentId: data.departmentId,
      title: data.title,
      rank: data.rank,
      sourceEventIds: [event.id],
    });
  },

  async CadreAppointedToPost(event, manager) {
    const data = event.data;
    await manager.getRepository(CadreHistoryHolding).insert({
      holdingId: event.id,
      cadreId: data.cadreId,
      postId: data.postId,
      heldFrom: utc(data.effectiveFrom),
      heldUntil: null,
      reliefReason: null,
      eligibilityOverride: data.eligibilityOverride,
      sourceEventIds: [event.id],
    });
  },

  async CadreRelievedFromPost(event, manager) {
    const data = event.data;
    const holdings = manager.getRepository(CadreHistoryHolding);
    const open = await holdings.findOneBy({
      cadreId: data.cadreId,
      postId: data.postId,
      heldUntil: IsNull(),
    });
    const holding = found(open, `open appointment of ${data.cadreId} to ${data.postId}`, event);
    await holdings.update(
      { holdingId: holding.holdingId },
      {
        heldUntil: utc(data.effectiveFrom),
        reliefReason: data.reason,
        sourceEventIds: [...holding.sourceEventIds, event.id],
      },
    );
  },
};
