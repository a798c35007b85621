import { call } from '../support/http';
import { type RunningApp, startApp } from '../support/running-app';

interface Messages {
  lang: string;
  messages: Record<string, string>;
}

describe('GET /i18n/{lang}: the messages a client formats with', () => {
  let running: RunningApp;

  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(() => running.stop());

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${running.url}${path}`, { headers });

  it('answers the Chinese vocabulary without sign-in, keyed by area, with an ETag', async () => {
    const answer = await get('/i18n/zh-CN');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(answer.headers.get('cache-control')).toBe('public, no-cache');
    expect(answer.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    const body = (await answer.json()) as Messages;
    expect(body.lang).toBe('zh-CN');
    expect(body.messages).toMatchObject({
      'terms.measure.ADMONISHMENT_TALK': '诫勉谈话',
      'terms.principle.IN_CHARGE': '谁主管谁负责',
      'terms.accidentGrade.ESPECIALLY_SERIOUS': '特别重大',
    });
    // Only the client's areas: no api refusals, no CLI words, no personal data.
    expect(Object.keys(body.messages).every((key) => /^(terms|dashboard)\./.test(key))).toBe(true);
  });

  it('answers the English vocabulary with the same keys and another ETag', async () => {
    const zh = await get('/i18n/zh-CN');
    const en = await get('/i18n/en');
    const zhBody = (await zh.json()) as Messages;
    const enBody = (await en.json()) as Messages;
    expect(enBody.lang).toBe('en');
    expect(enBody.messages['terms.measure.ADMONISHMENT_TALK']).toBe('admonishment talk');
    expect(Object.keys(enBody.messages).sort()).toEqual(Object.keys(zhBody.messages).sort());
    expect(en.headers.get('etag')).not.toBe(zh.headers.get('etag'));
  });

  it('answers 304 while the client’s copy is current', async () => {
    const first = await get('/i18n/en');
    const etag = first.headers.get('etag') ?? '';
    await first.text();
    const again = await get('/i18n/en', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it.each(['fr', 'zh-TW', 'ZH-cn', 'x'.repeat(60)])(
    'refuses %p with a 400 naming the field and the languages',
    async (lang) => {
      const answer = await get(`/i18n/${lang}`);
      expect(answer.status).toBe(400);
      expect(await answer.json()).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: [{ field: 'lang', rules: { isIn: 'lang must be one of zh-CN, en' } }],
      });
    },
  );
});

describe('api refusals in the reader’s language', () => {
  let running: RunningApp;

  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(() => running.stop());

  const chinese = { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' };
  const missingCase = '6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f';

  it('says a 404 in Chinese and keeps its code; English by default', async () => {
    const token = running.token('CASEWORKER');
    const zh = await call(running.url, 'GET', `/cases/${missingCase}/timeline`, {
      token,
      headers: chinese,
    });
    expect(zh).toMatchObject({
      status: 404,
      body: { code: 'CASE_NOT_FOUND', message: `编号为${missingCase}的案件不存在` },
    });
    const en = await call(running.url, 'GET', `/cases/${missingCase}/timeline`, { token });
    expect(en.body).toMatchObject({ code: 'CASE_NOT_FOUND' });
    expect(String(en.body.message)).toMatch(/^case /);
  });

  it('says a 400 in Chinese, naming the field and the rule with its bound', async () => {
    const answer = await call(running.url, 'GET', `/cases/${missingCase}/timeline?pageSize=500`, {
      token: running.token('CASEWORKER'),
      headers: chinese,
    });
    expect(answer).toMatchObject({
      status: 400,
      body: {
        code: 'VALIDATION_FAILED',
        message: '请求无效：pageSize',
        fields: [{ field: 'pageSize', rules: { max: 'pageSize不能大于100' } }],
      },
    });
  });

  it('says a 422 rule and a 401 in Chinese', async () => {
    const refused = await call(running.url, 'POST', '/departments', {
      token: running.token('ADMIN'),
      headers: chinese,
      body: {
        name: '某某区应急管理局',
        level: 'DISTRICT',
        kind: 'WORKING_DEPARTMENT',
        industries: [],
        supervisionAuthority: true,
      },
    });
    expect(refused).toMatchObject({
      status: 422,
      body: { code: 'DEPARTMENT_PARENT_REQUIRED', message: '非顶层部门须写明上级部门' },
    });
    const unsigned = await call(running.url, 'GET', '/session', { headers: chinese });
    expect(unsigned).toMatchObject({
      status: 401,
      body: { code: 'UNAUTHORIZED', message: '需要登录，或令牌无效' },
    });
  });
});
