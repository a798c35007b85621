import { SeededRandom } from './seeded-random';

/** Junk of every kind: odd strings and numbers, deep nesting, poisonous keys. */
export class MalformedValues extends SeededRandom {
  text(): string {
    return this.pick([
      '',
      ' ',
      'x',
      'NaN',
      'Infinity',
      '-Infinity',
      '-0',
      '1e999',
      '0x1F',
      'null',
      'undefined',
      'true',
      '2026-13-45T99:99:99Z',
      '2026-02-30',
      '9999-99',
      "'; DROP TABLE events; --",
      '<script>alert(1)</script>',
      '${jndi:ldap://x}',
      '\u0000\u0001\u0002\u001b[31m',
      '\u202eevil\u202c',
      '\u200b\u200d\ufeff',
      '\ud800',
      '\udfff\ud800',
      'e\u0301\u0301\u0301\u0301',
      '🧨💥🔥'.repeat(20),
      '中文字符测试',
      'ÿ'.repeat(50),
      '\\u0000',
      '%00%0a%0d',
      '../../etc/passwd',
      'x'.repeat(2001),
      this.uuid().toUpperCase(),
      this.uuid().replace(/-/g, ''),
      `${this.uuid()}x`,
      '00000000-0000-0000-0000-000000000000',
    ]);
  }

  number(): number {
    return this.pick([
      -1,
      -0.5,
      0.5,
      1.5,
      -2147483649,
      2 ** 31,
      2 ** 53 + 2,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
      Number.MIN_VALUE,
      1e21,
      123456789012345680000,
    ]);
  }

  /** A deeply nested value, as JSON text. */
  deep(top = false): string {
    const depth = top ? this.pick([256, 2048, 6000]) : this.pick([8, 64, 400]);
    return this.chance(0.5)
      ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
      : `${'['.repeat(depth)}1${']'.repeat(depth)}`;
  }

  /** A garbage JSON value, as JSON text. */
  value(depth = 0): string {
    const kind = this.int(depth > 1 ? 6 : 10);
    switch (kind) {
      case 0:
        return JSON.stringify(this.text());
      case 1:
        return JSON.stringify(this.number());
      case 2:
        return this.pick(['true', 'false', 'null', '0', '""', '[]', '{}']);
      case 3:
        return JSON.stringify(this.text());
      case 4:
        return JSON.stringify(this.uuid());
      case 5:
        return this.pick(['1e400', '-1e400', '123456789012345678901234567890', '-0', '0.0000001']);
      case 6:
        return `[${Array.from({ length: this.int(5) }, () => this.value(depth + 1)).join(',')}]`;
      case 7:
        return this.object(['a', 'b', 'id', 'name'], depth + 1);
      case 8:
        return this.deep();
      default:
        return `[${this.object(['cadreId', 'postId'], depth + 1)}]`;
    }
  }

  /** An object with some of `fields` set to garbage, and maybe extra or poisonous keys. */
  object(fields: readonly string[], depth = 0): string {
    const entries: string[] = [];
    for (const field of fields) {
      if (this.chance(0.6)) entries.push(`${JSON.stringify(field)}:${this.value(depth)}`);
    }
    if (this.chance(0.3)) entries.push(`${JSON.stringify(this.extraKey())}:${this.value(depth)}`);
    if (this.chance(0.1)) entries.unshift('"__proto__":{"polluted":true,"role":"ADMIN"}');
    if (this.chance(0.1)) entries.push('"constructor":{"prototype":{"polluted":true}}');
    if (this.chance(0.05) && fields[0]) {
      // the same key twice
      entries.push(`${JSON.stringify(fields[0])}:${this.value(depth)}`);
    }
    return `{${entries.join(',')}}`;
  }

  extraKey(): string {
    return this.pick([
      'extra',
      'isAdmin',
      'role',
      'actor',
      'metadata',
      'expectedRevision',
      '$where',
      'hasOwnProperty',
      'toString',
      'prototype',
      '__defineGetter__',
      '',
      ' ',
      '\u0000',
      'k'.repeat(5000),
      '🔑',
    ]);
  }
}
