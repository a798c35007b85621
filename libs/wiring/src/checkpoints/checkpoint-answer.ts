import {
  type CheckpointVerdict,
  type HeadSeen,
  type StoreCheckpointProblemCode,
  shortHash,
} from '@dutyledger/event-store';
import { type Lang, translate } from '@dutyledger/i18n';

/** A stream whose head differs from the signed one, each head said (`-`: the stream is absent). */
export interface HeadDifferenceAnswer {
  stream: string;
  signed: string;
  found: string;
}

/**
 * A checkpoint's verdict as JSON answers it (`GET /audit/verify`, `npm run cli -- verify`): what
 * is wrong as a stable code with the values it names (`problemCode`, `problemParams`), and the
 * same said for a person reading the JSON (`problem`, the `integrity` catalogue's message of the code,
 * in `lang`: the API's reader's language, English for the CLI's JSON), with the streams whose
 * heads differ said in `lang` too (`revision 3 (9f86d081884c…)`).
 */
export interface CheckpointAnswer extends Omit<CheckpointVerdict, 'problem' | 'differences'> {
  problem: string | null;
  problemCode: StoreCheckpointProblemCode | null;
  problemParams: Readonly<Record<string, string>> | null;
  differences: HeadDifferenceAnswer[];
}

/** A stream head in `lang`: its revision and the start of its hash (the hash is said as it is). */
export function sayHead(head: HeadSeen | null, lang: Lang): string {
  if (head === null) return '-';
  return translate(lang, 'cli.verify.head', {
    revision: head.revision,
    hash: shortHash(head.hash),
  });
}

export function checkpointAnswer(verdict: CheckpointVerdict, lang: Lang = 'en'): CheckpointAnswer {
  const { problem, differences: found, ...rest } = verdict;
  const differences = found.map((difference) => ({
    stream: difference.stream,
    signed: sayHead(difference.signed, lang),
    found: sayHead(difference.found, lang),
  }));
  if (problem === null) {
    return { ...rest, problem: null, problemCode: null, problemParams: null, differences };
  }
  const { code, params } = problem;
  const said = translate(lang, `integrity.${code}`, params);
  return { ...rest, problem: said, problemCode: code, problemParams: params, differences };
}
