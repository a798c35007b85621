import 'reflect-metadata';

const MULTI_LINE = 'dutyledger:multi-line';

/** Marks a string field as multi-line free text: line feeds and tabs are allowed in it. */
export const MultiLine = (): PropertyDecorator => (target, property) =>
  Reflect.defineMetadata(MULTI_LINE, true, target, property);

/** Whether `property` of `owner` (an instance of a request class) was marked multi-line. */
export function isMultiLine(owner: object, property: string): boolean {
  return Reflect.getMetadata(MULTI_LINE, owner, property) === true;
}

const codePoint = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The rule a text breaks, if any: a C0 or C1 control character or DEL (a multi-line field may
 * hold line feeds and tabs), or a lone surrogate (ill-formed UTF-16: it cannot be stored as UTF-8
 * and comes back as U+FFFD). Answers `[ruleName, why]`.
 */
export function brokenTextRule(text: string, multiLine: boolean): [string, string] | undefined {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
      if (multiLine && (code === 0x0a || code === 0x09)) continue;
      const allowed = multiLine ? ' other than line feeds and tabs' : '';
      return [
        'noControlCharacters',
        `no control characters${allowed} (found ${codePoint(code)} at character ${index})`,
      ];
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = text.charCodeAt(index + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        index++;
        continue;
      }
      return [
        'wellFormedUnicode',
        `well-formed Unicode (a lone surrogate ${codePoint(code)} at character ${index})`,
      ];
    }
  }
  return undefined;
}
