import { DomainError, UnknownEntityError } from '@dutyledger/domain';
import { type Refusal, refusalLang, saidIn } from './refusal-language';

const refusal = (code: string, message: string, more: Record<string, unknown> = {}): Refusal => ({
  statusCode: 422,
  code,
  message,
  ...more,
});

describe('refusals in the reader’s language', () => {
  it('takes a valid ?lang= over Accept-Language, and English otherwise', () => {
    expect(refusalLang({ headers: { 'accept-language': 'zh-CN,zh;q=0.9' } })).toBe('zh-CN');
    expect(refusalLang({ headers: { 'accept-language': 'zh-CN' }, query: { lang: 'en' } })).toBe(
      'en',
    );
    expect(refusalLang({ headers: {}, query: { lang: 'fr' } })).toBe('en');
    expect(refusalLang(undefined)).toBe('en');
  });

  it('keeps the code and English sentence, and says the code’s message in Chinese', () => {
    const error = new DomainError('CASE_NOT_DECIDED', 'Case c-1 is not decided');
    const english = refusal(error.code, error.message);
    expect(saidIn('en', english, error)).toBe(english);
    expect(saidIn('zh-CN', english, error)).toEqual({ ...english, message: '本案尚未作出决定' });
  });

  it('names what was not found, and why a cadre may not be appointed', () => {
    const missing = new UnknownEntityError('case', 'c-404');
    expect(saidIn('zh-CN', refusal(missing.code, missing.message), missing).message).toBe(
      '编号为c-404的案件不存在',
    );
    const blocked = new DomainError('CADRE_NOT_ELIGIBLE', 'not eligible', {
      blocks: [{ reason: 'OPEN_CASE' }, { reason: 'INCOMPETENT_GRADE' }],
    });
    expect(saidIn('zh-CN', refusal(blocked.code, blocked.message), blocked).message).toBe(
      '该干部目前不得任用：有未办结案件和年度考核不称职',
    );
  });

  it('says each refused field’s rule in Chinese, with its bound', () => {
    const answer = saidIn(
      'zh-CN',
      refusal('VALIDATION_FAILED', 'Invalid request: pageSize, name', {
        fields: [
          { field: 'pageSize', rules: { max: 'pageSize must not be greater than 100' } },
          { field: 'name', rules: { isString: 'name must be a string', custom: 'as it was' } },
        ],
        omittedFields: 3,
      }),
      undefined,
    );
    expect(answer).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: '请求无效：pageSize、name，另有3项',
      fields: [
        { field: 'pageSize', rules: { max: 'pageSize不能大于100' } },
        { field: 'name', rules: { isString: 'name须为文本', custom: 'as it was' } },
      ],
    });
  });

  it('keeps the English sentence of a code no catalogue has', () => {
    const odd = refusal('TOO_MANY', 'over 10');
    expect(saidIn('zh-CN', odd, new DomainError('TOO_MANY', 'over 10'))).toBe(odd);
  });
});
