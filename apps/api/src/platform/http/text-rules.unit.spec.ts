import { brokenTextRule } from './text-rules';

describe('the text rules of every string field', () => {
  it('refuses C0 controls, DEL and C1 controls in one-line text', () => {
    for (const code of [0x00, 0x09, 0x0a, 0x0d, 0x1b, 0x7f, 0x80, 0x9f]) {
      expect(brokenTextRule(`a${String.fromCharCode(code)}b`, false)?.[0]).toBe(
        'noControlCharacters',
      );
    }
  });

  it('lets multi-line text hold line feeds and tabs, and nothing else of the controls', () => {
    expect(brokenTextRule('first line\n\tsecond line', true)).toBeUndefined();
    expect(brokenTextRule('first line\r\nsecond line', true)).toEqual([
      'noControlCharacters',
      'no control characters other than line feeds and tabs (found U+000D at character 10)',
    ]);
  });

  it('refuses lone surrogates and keeps pairs (characters beyond the BMP)', () => {
    expect(brokenTextRule('coal 🏭 mine 𠀀', false)).toBeUndefined();
    expect(brokenTextRule('x\uD83C', false)).toEqual([
      'wellFormedUnicode',
      'well-formed Unicode (a lone surrogate U+D83C at character 1)',
    ]);
    expect(brokenTextRule('\uDFED x', false)?.[0]).toBe('wellFormedUnicode');
    expect(brokenTextRule('\uD83C\uD83C\uDFED', false)?.[0]).toBe('wellFormedUnicode');
  });

  it('takes the letters of every script, non-breaking spaces and typographic quotes', () => {
    expect(
      brokenTextRule('Riverside People’s Government 河畔区人民政府\u00A0—', false),
    ).toBeUndefined();
  });
});
