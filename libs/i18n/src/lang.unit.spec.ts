import { langFromAcceptLanguage, parseLang } from './lang';

describe('choosing the language', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh_CN.UTF-8', 'zh-CN'],
    ['ZH-cn', 'zh-CN'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['en_US.UTF-8', 'en'],
    ['zh-TW', undefined],
    ['zh-Hant', undefined],
    ['fr', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('parses %p as %p', (tag, lang) => {
    expect(parseLang(tag)).toBe(lang);
  });

  it.each([
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
    ['en-US,en;q=0.9,zh-CN;q=0.8', 'en'],
    ['fr-FR, en;q=0.5, zh;q=0.7', 'zh-CN'],
    ['zh-TW, en;q=0.4', 'en'],
    ['zh;q=0, en', 'en'],
    ['*', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('takes %p as %p', (header, lang) => {
    expect(langFromAcceptLanguage(header)).toBe(lang);
  });

  it('falls back to the surface’s own default when the header names none of ours', () => {
    expect(langFromAcceptLanguage('fr', 'zh-CN')).toBe('zh-CN');
    expect(langFromAcceptLanguage(undefined, 'zh-CN')).toBe('zh-CN');
  });
});
