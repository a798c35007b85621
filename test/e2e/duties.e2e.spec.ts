import { randomUUID } from 'node:crypto';
import { failure, fieldsOf, mineSafety, organisationSuite } from './organisation-fixtures';

describe('duties over HTTP', () => {
  const suite = organisationSuite();
  const { post, organisation, safetyDuty } = suite;

  describe('assign duty', () => {
    it('answers 400 naming every bad field', async () => {
      const answer = await post('/duties', {
        ...mineSafety(randomUUID()),
        category: 'SAFETY',
        principle: 'WHOEVER',
        cadence: undefined,
      });
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer)).toEqual(['cadence', 'category', 'principle']);
    });

    it('answers 404 for an unknown post, 422 for a safety duty citing no principle, 403 for an admin', async () => {
      const unknown = await post('/duties', mineSafety(randomUUID()));
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('POST_NOT_FOUND');
      const { postId } = await organisation();
      const { principle: _principle, ...noPrinciple } = mineSafety(postId);
      const refused = await post('/duties', noPrinciple);
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('WORK_SAFETY_DUTY_PRINCIPLE_REQUIRED');
      expect((await post('/duties', mineSafety(postId), suite.admin)).status).toBe(403);
    });
  });

  describe('amend duty', () => {
    it('answers 400 for a category (it never changes) and a missing reason', async () => {
      const answer = await post(`/duties/${randomUUID()}/amendments`, { category: 'BUSINESS' });
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer)).toEqual(['category', 'reason']);
    });

    it('answers 404 for an unknown duty, 422 for an amendment that changes nothing, 403 for a viewer', async () => {
      const body = { cadence: 'MONTHLY', reason: 'Confirmed by the 2026 plan' };
      const unknown = await post(`/duties/${randomUUID()}/amendments`, body);
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('DUTY_NOT_FOUND');
      const { postId } = await organisation();
      const dutyId = await safetyDuty(postId);
      const nothing = await post(`/duties/${dutyId}/amendments`, body);
      expect(nothing.status).toBe(422);
      expect(nothing.body.code).toBe('DUTY_AMENDMENT_CHANGES_NOTHING');
      const viewer = suite.app.token('VIEWER');
      const forbidden = await post(
        `/duties/${dutyId}/amendments`,
        { ...body, cadence: 'ANNUAL' },
        viewer,
      );
      expect(forbidden.status).toBe(403);
    });
  });

  describe('revoke duty', () => {
    it('answers 400 naming the missing reason', async () => {
      const answer = await post(`/duties/${randomUUID()}/revocation`, {});
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer)).toEqual(['reason']);
    });

    it('answers 404 for an unknown duty, 422 for a duty already revoked, 403 for an admin', async () => {
      const body = { reason: 'No longer in the duty list' };
      const unknown = await post(`/duties/${randomUUID()}/revocation`, body);
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('DUTY_NOT_FOUND');
      const { postId } = await organisation();
      const dutyId = await safetyDuty(postId);
      expect((await post(`/duties/${dutyId}/revocation`, body, suite.admin)).status).toBe(403);
      expect((await post(`/duties/${dutyId}/revocation`, body)).status).toBe(201);
      const again = await post(`/duties/${dutyId}/revocation`, body);
      expect(again.status).toBe(422);
      expect(again.body.code).toBe('DUTY_REVOKED');
    });
  });

  describe('record duty performance', () => {
    it('answers 400 naming every bad field', async () => {
      const answer = await post(`/duties/${randomUUID()}/performances`, {
        period: 'March',
        performedAt: 'yesterday',
        evidence: '',
      });
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer)).toEqual(['evidence', 'performedAt', 'period']);
    });

    it('answers 404 for an unknown duty, 422 for a period off the cadence or recorded twice, 403 for an admin', async () => {
      const performance = { period: '2026-03', performedAt: '2026-03-28', evidence: 'Report 031' };
      const unknown = await post(`/duties/${randomUUID()}/performances`, performance);
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('DUTY_NOT_FOUND');
      const { postId } = await organisation();
      const path = `/duties/${await safetyDuty(postId)}/performances`;
      const yearly = await post(path, { ...performance, period: '2026' });
      expect(yearly.status).toBe(422);
      expect(yearly.body.code).toBe('PERFORMANCE_PERIOD_CADENCE_MISMATCH');
      expect((await post(path, performance, suite.admin)).status).toBe(403);
      expect((await post(path, performance)).status).toBe(201);
      const twice = await post(path, performance);
      expect(twice.status).toBe(422);
      expect(twice.body.code).toBe('PERFORMANCE_PERIOD_ALREADY_RECORDED');
    });
  });

  describe('record failure to perform', () => {
    it('answers 400 naming every bad field, and never takes the responsible cadre from the body', async () => {
      const answer = await post(`/duties/${randomUUID()}/failures`, {
        ...failure('2026-04-02'),
        adverseEffect: 'CATASTROPHIC',
        responsibleCadreId: randomUUID(),
      });
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer)).toEqual(['adverseEffect', 'responsibleCadreId']);
    });

    it('answers 400 for a time without its zone or an impossible day, naming the field', async () => {
      for (const occurredAt of ['2026-04-02T08:00:00', '2026-02-30']) {
        const answer = await post(`/duties/${randomUUID()}/failures`, failure(occurredAt));
        expect(answer.status).toBe(400);
        expect(answer.body).toMatchObject({
          code: 'VALIDATION_FAILED',
          fields: [
            {
              field: 'occurredAt',
              rules: {
                isBusinessTime:
                  'occurredAt must be an ISO-8601 date, or a date-time with its zone (e.g. 2026-03-01T08:00:00+08:00)',
              },
            },
          ],
        });
      }
    });

    it('answers 404 for an unknown duty, 422 for a failure in the future, 403 for an admin', async () => {
      const unknown = await post(`/duties/${randomUUID()}/failures`, failure('2026-04-02'));
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('DUTY_NOT_FOUND');
      const { postId } = await organisation();
      const path = `/duties/${await safetyDuty(postId)}/failures`;
      const future = await post(path, failure('2026-07-15T08:00:00Z'));
      expect(future.status).toBe(422);
      expect(future.body.code).toBe('FAILURE_IN_FUTURE');
      expect((await post(path, failure('2026-04-02'), suite.admin)).status).toBe(403);
    });
  });
});
