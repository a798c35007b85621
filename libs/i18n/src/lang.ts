/** The languages every user-facing word is said in: Simplified Chinese and English. */
export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * A language tag as a reader may write it (`zh`, `zh-Hans-CN`, `ZH_cn`, `en-GB`...) as one of
 * ours; undefined when it names neither. Traditional Chinese tags (`zh-TW`, `zh-Hant`) are not
 * taken for Simplified.
 */
export function parseLang(value: string | undefined | null): Lang | undefined {
  if (typeof value !== 'string') return undefined;
  const tag = value.trim().replace(/_/g, '-').split('.')[0]?.toLowerCase() ?? '';
  if (tag === '') return undefined;
  const [primary, ...rest] = tag.split('-');
  if (primary === 'en') return 'en';
  if (primary !== 'zh') return undefined;
  if (rest.includes('hant') || rest.some((part) => ['tw', 'hk', 'mo'].includes(part))) {
    return rest.includes('hans') ? 'zh-CN' : undefined;
  }
  return 'zh-CN';
}

/**
 * The reader's language from an HTTP Accept-Language header (RFC 9110 §12.5.4): the first of
 * its ranges, by weight, that is one of ours; `fallback` when none is (or there is no header).
 */
export function langFromAcceptLanguage(
  header: string | undefined | null,
  fallback: Lang = 'en',
): Lang {
  if (typeof header !== 'string' || header.trim() === '') return fallback;
  const ranges = header
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.split(';').map((piece) => piece.trim());
      const q = params.find((param) => /^q=/i.test(param));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag, weight: Number.isFinite(weight) ? weight : 0, order };
    })
    .filter((range) => range.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  for (const range of ranges) {
    const lang = parseLang(range.tag);
    if (lang !== undefined) return lang;
  }
  return fallback;
}

/**
 * The language of an operator at a terminal or reading a process's start-up errors (the CLI, and
 * the api and the projector when their configuration is refused): `DUTYLEDGER_LANG`, else `LANG`
 * (`zh_CN.UTF-8` counts), else English (README, "Languages").
 */
export function operatorLang(env: Readonly<Record<string, string | undefined>>): Lang {
  return parseLang(env.DUTYLEDGER_LANG) ?? parseLang(env.LANG) ?? 'en';
}
