import type { ChainBreak, ChainProblemCode } from '@dutyledger/event-store';
import { type Lang, translate } from '@dutyledger/i18n';

/**
 * The first broken link of a chain as JSON answers it (`GET /audit/verify`, `npm run cli --
 * verify`): where it is, `expected` and `found` (hashes as they are; where no hash can be
 * expected, what was, said in `lang`; where an event cannot be read, the store's reason), and what
 * is wrong as a stable code with its values (`problemCode`, `problemParams`) and said in `lang`
 * (`problem`, the `integrity` catalogue's message of the code).
 */
export interface ChainBreakAnswer {
  stream: string;
  revision: string;
  position: string;
  eventId: string;
  expected: string;
  found: string;
  reason: ChainBreak['reason'];
  problem: string;
  problemCode: ChainProblemCode;
  problemParams: Readonly<Record<string, string>>;
}

export function chainBreakAnswer(broken: ChainBreak, lang: Lang = 'en'): ChainBreakAnswer {
  const { code, params } = broken.problem;
  const expected =
    broken.expected ??
    translate(lang, 'cli.verify.expectedNoHash', {
      problem: code === 'chain.eventUnreadable' ? 'unreadable' : 'scheme',
      scheme: 'scheme' in params ? params.scheme : '',
    });
  return {
    stream: broken.stream,
    revision: broken.revision.toString(),
    position: broken.position.toString(),
    eventId: broken.eventId,
    expected,
    found: broken.found,
    reason: broken.reason,
    problem: translate(lang, `integrity.${code}`, params),
    problemCode: code,
    problemParams: params,
  };
}
