import { randomUUID } from 'node:crypto';
import { call } from '../support/http';
import { POSTGRES_TEST_URL } from '../support/postgres';
import { type RunningApp, startApp } from '../support/running-app';
import { deputyHead, district, mineSafety } from './organisation-fixtures';

interface Problem {
  field: string;
  rules: Record<string, string>;
}

const problemsOf = (body: Record<string, unknown>) => body.fields as Problem[];

function describeHostileInput(readModels: 'sqlite' | 'postgres') {
  describe(`hostile input at the edge (read models on ${readModels})`, () => {
    let running: RunningApp;
    let admin: string;

    beforeAll(async () => {
      running = await startApp({ postgres: readModels === 'postgres' });
      admin = running.token('ADMIN');
    });
    afterAll(() => running.stop());

    it('refuses a NUL, a C1 control or a lone surrogate in a name with 400 naming field and rule, and stores nothing', async () => {
      const cases: [string, string][] = [
        ['Probe\u0000NUL', 'noControlCharacters'],
        ['Probe\u0085NEL', 'noControlCharacters'],
        ['Probe\nTwo lines', 'noControlCharacters'],
        ['Probe\uD800alone', 'wellFormedUnicode'],
        ['Probe\uDC00alone', 'wellFormedUnicode'],
      ];
      for (const [name, rule] of cases) {
        const body = { ...district(), name };
        const answer = await call(running.url, 'POST', '/departments', { token: admin, body });
        expect(answer.status).toBe(400);
        expect(answer.body.code).toBe('VALIDATION_FAILED');
        expect(problemsOf(answer.body)).toEqual([
          { field: 'name', rules: { [rule]: expect.stringMatching(/^name must hold /) as string } },
        ]);
        const read = await call(running.url, 'GET', `/departments/${body.departmentId}`, {
          token: admin,
        });
        expect(read.status).toBe(404);
      }
    });

    it('refuses a control character inside a list of codes, naming the element', async () => {
      const answer = await call(running.url, 'POST', '/departments', {
        token: admin,
        body: { ...district(), industries: ['mining', 'coal\u0000'] },
      });
      expect(answer.status).toBe(400);
      expect(problemsOf(answer.body)).toContainEqual({
        field: 'industries.1',
        rules: { noControlCharacters: expect.stringContaining('U+0000') as string },
      });
    });

    it('keeps line feeds and tabs in multi-line text, and projects a well-formed name with an emoji', async () => {
      const top = { ...district(), name: 'Riverside 🏭 People’s Government' };
      const created = await call(running.url, 'POST', '/departments', { token: admin, body: top });
      expect(created.status).toBe(201);
      const post = deputyHead(top.departmentId);
      expect((await call(running.url, 'POST', '/posts', { token: admin, body: post })).status).toBe(
        201,
      );
      const caseworker = running.token('CASEWORKER');
      const duty = { ...mineSafety(post.postId), basis: 'Work Safety Law, art. 3;\n\tduty list' };
      const assigned = await call(running.url, 'POST', '/duties', {
        token: caseworker,
        body: duty,
      });
      expect(assigned.status).toBe(201);
      const crLf = { ...mineSafety(post.postId), basis: 'Work Safety Law\r\nart. 3' };
      const refused = await call(running.url, 'POST', '/duties', { token: caseworker, body: crLf });
      expect(refused.status).toBe(400);
      expect(problemsOf(refused.body)).toEqual([
        {
          field: 'basis',
          rules: {
            noControlCharacters:
              'basis must hold no control characters other than line feeds and tabs (found U+000D at character 15)',
          },
        },
      ]);
      await running.projected(String(assigned.body.position));
      const read = await call(running.url, 'GET', `/departments/${top.departmentId}`, {
        token: admin,
      });
      expect(read.body.name).toBe(top.name);
      const status = await call(running.url, 'GET', '/projections', { token: admin });
      const parked = (status.body.projections as { parked: number }[]).map((p) => p.parked);
      expect(parked.every((count) => count === 0)).toBe(true);
    });

    it('refuses a body that is not UTF-8', async () => {
      const text = JSON.stringify({ ...district(), name: 'Probe X' });
      const bytes = Buffer.from(text, 'utf8');
      const at = bytes.indexOf('X');
      bytes[at] = 0xff;
      const response = await fetch(`${running.url}/departments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
        body: bytes,
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: [{ field: 'body', rules: { utf8: 'the body must be UTF-8 text' } }],
      });
    });

    it('validates query strings as strictly as bodies: control characters, encoding, unknown names', async () => {
      const auditor = running.token('AUDITOR');
      const nul = await call(running.url, 'GET', '/cadres?name=%00', { token: auditor });
      expect(nul.status).toBe(400);
      expect(problemsOf(nul.body)).toEqual([
        { field: 'name', rules: { noControlCharacters: expect.any(String) as string } },
      ]);
      const subject = await call(running.url, 'GET', '/audit/access-log?subject=a%00b', {
        token: auditor,
      });
      expect(subject.status).toBe(400);
      expect(problemsOf(subject.body)[0]?.field).toBe('subject');
      const surrogate = await call(running.url, 'GET', '/cadres?name=%ED%A0%80', {
        token: auditor,
      });
      expect(surrogate.status).toBe(400);
      expect(problemsOf(surrogate.body)).toEqual([
        { field: 'name', rules: { utf8: 'name must be percent-encoded UTF-8' } },
      ]);
      const misspelt = await call(running.url, 'GET', '/cadres?nmae=Li', { token: auditor });
      expect(misspelt.status).toBe(400);
      expect(problemsOf(misspelt.body)[0]?.field).toBe('nmae');
      const tree = await call(running.url, 'GET', '/departments/tree?depth=3', { token: auditor });
      expect(tree.status).toBe(400);
      expect(problemsOf(tree.body)).toEqual([
        {
          field: 'depth',
          rules: { whitelistValidation: 'query parameter depth is not accepted here' },
        },
      ]);
      const fine = await call(running.url, 'GET', '/cadres?name=Li', { token: auditor });
      expect(fine.status).toBe(200);
    });

    it('checks a list’s size before its elements, and caps the fields a 400 lists', async () => {
      const caseworker = running.token('CASEWORKER');
      const subjects = Array.from({ length: 2400 }, () => ({ cadreId: 'x', postId: 7 }));
      const huge = await call(running.url, 'POST', '/cases', {
        token: caseworker,
        body: {
          kind: 'PRE_ACCIDENT',
          openedByDepartmentId: randomUUID(),
          subjects,
          failures: [],
          summary: 'Probe',
        },
      });
      expect(huge.status).toBe(400);
      expect(problemsOf(huge.body)).toEqual([
        {
          field: 'subjects',
          rules: { arrayMaxSize: 'subjects must contain no more than 50 elements (it has 2400)' },
        },
      ]);
      const fifty = Array.from({ length: 50 }, () => ({ cadreId: 'x', postId: 7 }));
      const many = await call(running.url, 'POST', '/cases', {
        token: caseworker,
        body: { kind: 'PRE_ACCIDENT', openedByDepartmentId: 'nope', subjects: fifty, failures: [] },
      });
      expect(many.status).toBe(400);
      expect(problemsOf(many.body)).toHaveLength(50);
      expect(many.body.omittedFields).toBe(52);
      expect(String(many.body.message)).toMatch(/ and 52 more$/);
    });
  });
}

describeHostileInput('sqlite');
if (POSTGRES_TEST_URL) describeHostileInput('postgres');
