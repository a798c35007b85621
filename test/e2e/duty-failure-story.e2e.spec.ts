import { NOW, deputyHead, failure, mineSafety, organisationSuite } from './organisation-fixtures';

describe('organisation and duties over HTTP', () => {
  const suite = organisationSuite();
  const { post, stored, organisation, safetyDuty } = suite;

  describe('the happy paths', () => {
    it('records a failure with a serious adverse effect against the cadre who held the post', async () => {
      const { postId, official } = await organisation();
      const appointed = await post(
        `/posts/${postId}/appointments`,
        { cadreId: official.cadreId, effectiveFrom: '2026-01-01' },
        suite.admin,
      );
      expect(appointed.status).toBe(201);
      expect(appointed.body).toMatchObject({ id: postId, revision: '1' });
      const dutyId = await safetyDuty(postId);

      const performance = {
        period: '2026-03',
        performedAt: '2026-03-28T09:30:00Z',
        evidence: 'Report 031',
      };
      const performed = await post(`/duties/${dutyId}/performances`, performance);
      expect(performed.status).toBe(201);
      expect(performed.body.revision).toBe('1');

      const failed = failure('2026-04-02T08:00:00Z');
      const recorded = await post(`/duties/${dutyId}/failures`, failed);
      expect(recorded.status).toBe(201);
      expect(recorded.body).toMatchObject({ id: failed.failureId, revision: '2' });

      const events = await stored(dutyId);
      expect(events.map((event) => event.type)).toEqual([
        'DutyAssigned',
        'DutyPerformanceRecorded',
        'FailureToPerformRecorded',
      ]);
      expect(events[1]?.data).toMatchObject({
        period: '2026-03',
        occurredAt: '2026-03-28T09:30:00.000Z',
      });
      expect(events[2]?.data).toEqual({
        failureId: failed.failureId,
        dutyId,
        postId,
        occurredAt: '2026-04-02T08:00:00.000Z',
        kind: 'INSPECTION_NOT_ORGANISED',
        otherKind: null,
        safetyImpact: true,
        description: failed.description,
        evidence: failed.evidence,
        adverseEffect: 'SERIOUS',
        responsibleCadreId: official.cadreId,
        vacant: false,
      });
      expect(events[2]?.metadata.actor).toEqual({ id: 'caseworker-1', role: 'CASEWORKER' });
    });

    it('records a failure on a vacant post as vacant, and one before the relief against the holder', async () => {
      const { postId, official } = await organisation();
      await post(
        `/posts/${postId}/appointments`,
        { cadreId: official.cadreId, effectiveFrom: '2026-01-01' },
        suite.admin,
      );
      const relieved = await post(
        `/posts/${postId}/reliefs`,
        { cadreId: official.cadreId, effectiveFrom: '2026-05-01', reason: 'Transferred' },
        suite.admin,
      );
      expect(relieved.status).toBe(201);
      expect(relieved.body).toMatchObject({ id: postId, revision: '2' });
      const dutyId = await safetyDuty(postId);

      const whileVacant = await post(`/duties/${dutyId}/failures`, failure('2026-05-10T08:00:00Z'));
      // The relief took effect at the start of 1 May in Beijing time: 30 April, 16:00 UTC.
      const whileHeld = await post(`/duties/${dutyId}/failures`, failure('2026-04-30T15:59:59Z'));
      expect([whileVacant.status, whileHeld.status]).toEqual([201, 201]);

      const [, vacant, held] = await stored(dutyId);
      expect(vacant?.data).toMatchObject({ responsibleCadreId: null, vacant: true });
      expect(held?.data).toMatchObject({ responsibleCadreId: official.cadreId, vacant: false });
    });

    it('generates the ids it is not given', async () => {
      const { departmentId, postId } = await organisation();
      const { postId: _post, ...withoutId } = deputyHead(departmentId);
      const established = await post('/posts', withoutId, suite.admin);
      expect(established.status).toBe(201);
      expect(established.body.id).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
      const { dutyId: _duty, ...duty } = mineSafety(postId);
      const assigned = await post('/duties', duty);
      expect(assigned.status).toBe(201);
      expect(assigned.body.id).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
    });

    it('amends a duty with only what changed and revokes it, each saying why', async () => {
      const { postId } = await organisation();
      const dutyId = await safetyDuty(postId);
      const amended = await post(`/duties/${dutyId}/amendments`, {
        cadence: 'QUARTERLY',
        industries: ['mining', 'construction'],
        title: 'Monthly safety inspection of coal mines',
        reason: 'The 2026 plan inspects quarterly and adds construction',
      });
      expect(amended.status).toBe(201);
      expect(amended.body).toMatchObject({ id: dutyId, revision: '1' });
      const revoked = await post(`/duties/${dutyId}/revocation`, {
        reason: 'Mining moved to the emergency management bureau',
      });
      expect(revoked.status).toBe(201);
      expect(revoked.body).toMatchObject({ id: dutyId, revision: '2' });

      const [, amendment, revocation] = await stored(dutyId);
      expect(amendment?.type).toBe('DutyAmended');
      expect(amendment?.data).toEqual({
        dutyId,
        cadence: 'QUARTERLY',
        industries: ['mining', 'construction'],
        reason: 'The 2026 plan inspects quarterly and adds construction',
        occurredAt: NOW.toISOString(),
      });
      expect(revocation?.type).toBe('DutyRevoked');
      expect(revocation?.data.reason).toBe('Mining moved to the emergency management bureau');
    });
  });
});
