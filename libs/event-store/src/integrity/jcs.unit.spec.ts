import { canonicalJson } from './canonical-json';
import { jcs } from './jcs';

/** Bit patterns of IEEE 754 doubles and their JCS text: the number vectors of RFC 8785, Appendix B. */
const NUMBERS: [hex: string, text: string][] = [
  ['0000000000000000', '0'],
  ['8000000000000000', '0'],
  ['0000000000000001', '5e-324'],
  ['8000000000000001', '-5e-324'],
  ['7fefffffffffffff', '1.7976931348623157e+308'],
  ['ffefffffffffffff', '-1.7976931348623157e+308'],
  ['4340000000000000', '9007199254740992'],
  ['c340000000000000', '-9007199254740992'],
  ['4430000000000000', '295147905179352830000'],
  ['44b52d02c7e14af5', '9.999999999999997e+22'],
  ['44b52d02c7e14af6', '1e+23'],
  ['44b52d02c7e14af7', '1.0000000000000001e+23'],
  ['444b1ae4d6e2ef4e', '999999999999999700000'],
  ['444b1ae4d6e2ef4f', '999999999999999900000'],
  ['444b1ae4d6e2ef50', '1e+21'],
  ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
  ['3eb0c6f7a0b5ed8d', '0.000001'],
  ['41b3de4355555553', '333333333.3333332'],
  ['41b3de4355555554', '333333333.33333325'],
  ['41b3de4355555555', '333333333.3333333'],
  ['41b3de4355555556', '333333333.3333334'],
  ['41b3de4355555557', '333333333.33333343'],
  ['becbf647612f3696', '-0.0000033333333333333333'],
  ['43143ff3c1cb0959', '1424953923781206.2'],
];

const doubleOf = (hex: string): number => Buffer.from(hex, 'hex').readDoubleBE(0);

describe('canonical JSON per RFC 8785 (JCS)', () => {
  it.each(NUMBERS)('writes the double %s as %s', (hex, text) => {
    expect(jcs(doubleOf(hex))).toBe(text);
  });

  it('refuses NaN and the infinities, which JSON cannot say', () => {
    expect(() => jcs(doubleOf('7fffffffffffffff'))).toThrow('NaN');
    expect(() => jcs(doubleOf('7ff0000000000000'))).toThrow('Infinity');
  });

  it('sorts members by UTF-16 code units (RFC 8785, 3.2.3)', () => {
    const value = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    const names = Object.keys(JSON.parse(jcs(value)) as Record<string, string>);
    // Object.keys lists "1" first whatever the text says: read the names from the text instead.
    expect([...jcs(value).matchAll(/"([^"]*)":/g)].map((match) => match[1])).toEqual([
      '\\r',
      '1',
      '\u0080',
      '\u00f6',
      '\u20ac',
      '\ud83d\ude00',
      '\ufb33',
    ]);
    expect(names).toHaveLength(7);
  });

  it('writes the RFC 8785 example (3.2.2) byte for byte', () => {
    const value = {
      numbers: [Number('333333333.33333329'), 1e30, 4.5, 2e-3, 0.000000000000000000000000001],
      string: '\u20ac$\u000f\nA\'B"\\\\"/',
      literals: [null, true, false],
    };
    expect(jcs(value)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('writes what the original canonical form wrote for plain strings and whole numbers', () => {
    const value = { b: ['x', 1, { d: null, c: true }], a: '安全 ✓', n: -0 };
    expect(jcs(value)).toBe(canonicalJson(value));
  });
});
