import { randomUUID } from 'node:crypto';
import { cadre, deputyHead, fieldsOf, organisationSuite } from './organisation-fixtures';

describe('organisation over HTTP', () => {
  const suite = organisationSuite();
  const { post, organisation } = suite;

  describe('establish post', () => {
    it('answers 400 naming every bad field', async () => {
      const answer = await post(
        '/posts',
        { departmentId: 'not-a-uuid', rank: 'CHIEF', businessScope: [] },
        suite.admin,
      );
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer)).toEqual(['businessScope', 'departmentId', 'rank', 'title']);
    });

    it('answers 404 for an unknown department, 422 for a post established twice, 403 for a caseworker', async () => {
      const unknown = await post('/posts', deputyHead(randomUUID()), suite.admin);
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('DEPARTMENT_NOT_FOUND');
      const { departmentId, postId } = await organisation();
      const twice = await post('/posts', { ...deputyHead(departmentId), postId }, suite.admin);
      expect(twice.status).toBe(422);
      expect(twice.body.code).toBe('POST_ALREADY_ESTABLISHED');
      expect((await post('/posts', deputyHead(departmentId))).status).toBe(403);
    });
  });

  describe('register cadre', () => {
    it('answers 400 naming every bad field', async () => {
      const answer = await post(
        '/cadres',
        { name: '', personnelNumber: '#1', extra: true },
        suite.admin,
      );
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer)).toEqual([
        'extra',
        'managingDepartmentId',
        'name',
        'personnelNumber',
      ]);
    });

    it('answers 404 for an unknown department, 422 for a cadre registered twice, 403 for a caseworker', async () => {
      const unknown = await post('/cadres', cadre(randomUUID()), suite.admin);
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('DEPARTMENT_NOT_FOUND');
      const { departmentId, official } = await organisation();
      const twice = await post('/cadres', official, suite.admin);
      expect(twice.status).toBe(422);
      expect(twice.body.code).toBe('CADRE_ALREADY_REGISTERED');
      expect((await post('/cadres', cadre(departmentId))).status).toBe(403);
    });
  });

  describe('appoint cadre to post', () => {
    it('answers 400 for a bad post id in the path and for a bad effective date', async () => {
      const body = { cadreId: randomUUID(), effectiveFrom: '2026-01-01' };
      expect((await post('/posts/not-a-uuid/appointments', body, suite.admin)).status).toBe(400);
      const answer = await post(
        `/posts/${randomUUID()}/appointments`,
        { cadreId: randomUUID(), effectiveFrom: '1 January 2026' },
        suite.admin,
      );
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer)).toEqual(['effectiveFrom']);
    });

    it('answers 404 for an unknown cadre or post, 422 for a post already held, 403 for a caseworker', async () => {
      const { postId, official } = await organisation();
      const path = `/posts/${postId}/appointments`;
      const noCadre = await post(
        path,
        { cadreId: randomUUID(), effectiveFrom: '2026-01-01' },
        suite.admin,
      );
      expect(noCadre.status).toBe(404);
      expect(noCadre.body.code).toBe('CADRE_NOT_FOUND');
      const body = { cadreId: official.cadreId, effectiveFrom: '2026-01-01' };
      const noPost = await post(`/posts/${randomUUID()}/appointments`, body, suite.admin);
      expect(noPost.status).toBe(404);
      expect(noPost.body.code).toBe('POST_NOT_FOUND');
      expect((await post(path, body)).status).toBe(403);
      expect((await post(path, body, suite.admin)).status).toBe(201);
      const again = await post(path, { ...body, effectiveFrom: '2026-02-01' }, suite.admin);
      expect(again.status).toBe(422);
      expect(again.body.code).toBe('POST_ALREADY_HELD');
    });
  });

  describe('relieve cadre from post', () => {
    it('answers 400 naming the missing reason', async () => {
      const answer = await post(
        `/posts/${randomUUID()}/reliefs`,
        { cadreId: randomUUID(), effectiveFrom: '2026-05-01' },
        suite.admin,
      );
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer)).toEqual(['reason']);
    });

    it('answers 404 for an unknown post, 422 for a cadre who does not hold it or no reason, 403 for a caseworker', async () => {
      const { postId, official } = await organisation();
      const body = { cadreId: official.cadreId, effectiveFrom: '2026-05-01', reason: 'Retired' };
      const noPost = await post(`/posts/${randomUUID()}/reliefs`, body, suite.admin);
      expect(noPost.status).toBe(404);
      expect(noPost.body.code).toBe('POST_NOT_FOUND');
      const notHolder = await post(`/posts/${postId}/reliefs`, body, suite.admin);
      expect(notHolder.status).toBe(422);
      expect(notHolder.body.code).toBe('CADRE_DOES_NOT_HOLD_POST');
      await post(
        `/posts/${postId}/appointments`,
        { cadreId: official.cadreId, effectiveFrom: '2026-01-01' },
        suite.admin,
      );
      const blank = await post(`/posts/${postId}/reliefs`, { ...body, reason: '   ' }, suite.admin);
      expect(blank.status).toBe(422);
      expect(blank.body.code).toBe('RELIEF_REASON_REQUIRED');
      expect((await post(`/posts/${postId}/reliefs`, body)).status).toBe(403);
    });
  });
});
