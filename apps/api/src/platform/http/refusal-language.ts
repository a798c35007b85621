import { type Lang, hasMessage, isLang, langFromAcceptLanguage, translate } from '@dutyledger/i18n';
import { DomainError, UnknownEntityError } from '@dutyledger/domain';

/** An answer of the error filter: a stable code and a message for a person. */
export interface Refusal {
  statusCode: number;
  code: string;
  message: string;
  [detail: string]: unknown;
}

interface RefusalRequest {
  headers?: Record<string, string | string[] | undefined>;
  query?: unknown;
}

/** The language a refusal is said in: a valid `?lang=`, else Accept-Language, else English. */
export function refusalLang(request: RefusalRequest | undefined): Lang {
  const query = request?.query;
  if (typeof query === 'object' && query !== null && 'lang' in query) {
    const asked: unknown = query.lang;
    if (isLang(asked)) return asked;
  }
  const header = request?.headers?.['accept-language'];
  return langFromAcceptLanguage(Array.isArray(header) ? header.join(',') : header, 'en');
}

/** The last whole number a rule's English message names: the bound of max, minLength... */
const limitIn = (text: string): string => /(\d+)(?!.*\d)/.exec(text)?.[1] ?? '';

interface FieldProblem {
  field: string;
  rules: Record<string, string>;
}

function isFieldProblem(value: unknown): value is FieldProblem {
  return (
    typeof value === 'object' &&
    value !== null &&
    'field' in value &&
    typeof value.field === 'string' &&
    'rules' in value &&
    typeof value.rules === 'object' &&
    value.rules !== null
  );
}

function fieldsSaid(lang: Lang, fields: readonly FieldProblem[]): FieldProblem[] {
  return fields.map(({ field, rules }) => ({
    field,
    rules: Object.fromEntries(
      Object.entries(rules).map(([rule, text]) => [
        rule,
        hasMessage(lang, `errors.rule.${rule}`)
          ? translate(lang, `errors.rule.${rule}`, { field, limit: limitIn(String(text)) })
          : text,
      ]),
    ),
  }));
}

function blockReasons(lang: Lang, blocks: unknown): string {
  if (!Array.isArray(blocks)) return '';
  const reasons = blocks.map((block: unknown) =>
    typeof block === 'object' && block !== null && 'reason' in block
      ? translate(lang, `terms.eligibilityBlock.${String(block.reason)}`)
      : '',
  );
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(reasons.filter(Boolean));
}

/**
 * The refusal said in `lang`. Codes stay as they are; English keeps the thrower's own sentence
 * (it names the ids), other languages say the `errors` catalogue's message of the code, and a
 * refused field's rules in words. A code no catalogue has keeps its English sentence.
 */
export function saidIn(lang: Lang, refusal: Refusal, exception: unknown): Refusal {
  if (lang === 'en' || !hasMessage(lang, `errors.${refusal.code}`)) return refusal;
  if (refusal.code === 'VALIDATION_FAILED' && Array.isArray(refusal.fields)) {
    const fields = fieldsSaid(lang, refusal.fields.filter(isFieldProblem));
    const omitted = typeof refusal.omittedFields === 'number' ? refusal.omittedFields : 0;
    const names = fields.map((each) => each.field).join(lang === 'zh-CN' ? '、' : ', ');
    const message = translate(lang, 'errors.VALIDATION_FAILED', { fields: names, omitted });
    return { ...refusal, message, fields };
  }
  const id = exception instanceof UnknownEntityError ? exception.id : '';
  const blocks = exception instanceof DomainError ? exception.details.blocks : undefined;
  const message = translate(lang, `errors.${refusal.code}`, {
    id,
    reasons: blockReasons(lang, blocks),
  });
  return { ...refusal, message };
}
