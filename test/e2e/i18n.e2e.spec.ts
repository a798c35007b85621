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
