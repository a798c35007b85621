import { SeededRandom } from '../../../../../test/support/fuzz/seeded-random';
import { jsonAnswer } from './json-answer';

const bytesOf = (answer: string | Buffer): Buffer =>
  Buffer.isBuffer(answer) ? answer : Buffer.from(answer, 'utf8');

const TEXTS = [
  '滨江市应急管理局',
  'plain',
  'quote " and \\ back',
  'line\nbreak',
  '\u2028',
  '😀',
  '',
];

function valueOf(random: SeededRandom, depth: number): unknown {
  const pick = random.int(depth > 4 ? 6 : 10);
  switch (pick) {
    case 0:
      return null;
    case 1:
      return random.int(1_000_000) / 100;
    case 2:
      return random.chance(0.5);
    case 3:
      return random.pick(TEXTS);
    case 4:
      return undefined;
    case 5:
      return new Date(Date.UTC(2026, 0, 1 + random.int(365)));
    case 6:
    case 7: {
      const members = random.int(6);
      return Array.from({ length: members }, () => valueOf(random, depth + 1));
    }
    default: {
      const entries = random.int(6);
      return Object.fromEntries(
        Array.from({ length: entries }, (_, index) => [
          `${TEXTS[index % TEXTS.length]}${index}`,
          valueOf(random, depth + 1),
        ]),
      );
    }
  }
}

/** Longer than json-answer.ts's LARGE (60,000 characters): answered in pieces. */
const FILLER = '安全'.repeat(30_001);

/** A page as the compliance chart answers it: large enough to be answered in pieces. */
const page = {
  year: 2026,
  departments: Array.from({ length: 400 }, (_, index) => ({
    departmentId: `0009391c-32bf-481e-a750-${String(index).padStart(12, '0')}`,
    name: `滨江市第${index}街道办事处安全生产委员会`,
    parentId: index === 0 ? null : '0009391c-32bf-481e-a750-000000000000',
    own: { dutiesDue: index, dutiesFailed: { NONE: 0, MINOR: 1, SERIOUS: 2 }, note: undefined },
    indicators: [0.5, null, 1],
    score: index / 3,
  })),
  total: 2_051,
};

describe('JSON answers in pieces', () => {
  it('answers a large page as UTF-8 bytes, exactly those of JSON.stringify', () => {
    const answer = jsonAnswer(page);

    expect(Buffer.isBuffer(answer)).toBe(true);
    expect(bytesOf(answer).equals(Buffer.from(JSON.stringify(page), 'utf8'))).toBe(true);
  });

  it('answers a small value as the string JSON.stringify gives', () => {
    const small = { id: 'a', revision: 3, position: '17', skipped: undefined, list: [undefined] };

    expect(jsonAnswer(small)).toBe(JSON.stringify(small));
    expect(jsonAnswer([1, 'two', null])).toBe('[1,"two",null]');
    expect(jsonAnswer('text')).toBe('"text"');
    expect(jsonAnswer(null)).toBe('null');
  });

  it('keeps what JSON.stringify keeps: toJSON, boxed primitives, left-out members, own keys only', () => {
    class Entry {
      constructor(readonly name: string) {}
      get upper(): string {
        return this.name.toUpperCase();
      }
    }
    const symbol = Symbol('s');
    const tricky = {
      at: new Date(Date.UTC(2026, 11, 2, 8, 30)),
      custom: { toJSON: (key: string) => `custom at ${key}` },
      boxed: [Object(1), Object('two'), Object(false)],
      boxedNumber: Object(3) as unknown,
      boxedText: Object('two') as unknown,
      boxedFlag: Object(true) as unknown,
      entry: new Entry('x'),
      nested: { toJSON: () => ({ flattened: true }) },
      twice: { toJSON: () => ({ toJSON: () => 'not called', kept: 1 }) },
      deepDate: { a: { b: { c: { at: new Date(0) } } } },
      skip: () => 1,
      [symbol]: 'never',
      list: [() => 1, Symbol('t'), undefined, NaN, Infinity, -0],
      deep: { a: { b: { c: { d: { e: [1, { f: 'g' }] } } } } },
      big: FILLER,
    };

    const answer = jsonAnswer(tricky);

    expect(Buffer.isBuffer(answer)).toBe(true);
    expect(bytesOf(answer).toString('utf8')).toBe(JSON.stringify(tricky));
  });

  it('writes null for an array’s holes and left-out values', () => {
    const holey: unknown[] = new Array<unknown>(5);
    holey[0] = FILLER;
    holey[2] = () => 1;
    holey[4] = { at: new Date(0) };
    const answer = jsonAnswer(holey);

    expect(Buffer.isBuffer(answer)).toBe(true);
    expect(bytesOf(answer).toString('utf8')).toBe(JSON.stringify(holey));
    expect(
      bytesOf(answer)
        .toString('utf8')
        .endsWith(',null,null,null,{"at":"1970-01-01T00:00:00.000Z"}]'),
    ).toBe(true);
  });

  it('gives the bytes of JSON.stringify for 300 generated large values (seed 20261202)', () => {
    const random = new SeededRandom(20_261_202);
    const differing: number[] = [];
    let inPieces = 0;
    for (let index = 0; index < 300; index++) {
      // Objects and arrays at the top, the generated values where the answer is taken apart.
      const members = Array.from({ length: 40 }, () => valueOf(random, 0));
      const value =
        index % 2 === 0
          ? { index, filler: FILLER, ...Object.fromEntries(members.map((m, i) => [`m${i}`, m])) }
          : [FILLER, ...members, { index, members }];
      const answer = jsonAnswer(value);
      if (Buffer.isBuffer(answer)) inPieces++;
      if (!bytesOf(answer).equals(Buffer.from(JSON.stringify(value), 'utf8')))
        differing.push(index);
    }

    expect(differing).toEqual([]);
    expect(inPieces).toBe(300);
  });
});
