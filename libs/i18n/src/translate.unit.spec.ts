import { messagesFor, translate } from './translate';

describe('translate', () => {
  it('says a term in either language', () => {
    expect(translate('zh-CN', 'terms.measure.MAJOR_DEMERIT')).toBe('记大过');
    expect(translate('en', 'terms.measure.MAJOR_DEMERIT')).toBe('major demerit');
  });

  it('says a key no catalogue has as the key itself', () => {
    expect(translate('zh-CN', 'terms.measure.NO_SUCH_MEASURE')).toBe(
      'terms.measure.NO_SUCH_MEASURE',
    );
    expect(translate('en', 'nowhere.at.all')).toBe('nowhere.at.all');
  });

  it('gives a client the messages of the areas it asks for, keyed by area', () => {
    const messages = messagesFor('zh-CN', ['terms', 'dashboard']);
    expect(messages['terms.caseStatus.CLOSED']).toBe('已结案');
    expect(Object.keys(messages).every((key) => /^(terms|dashboard)\./.test(key))).toBe(true);
  });
});
