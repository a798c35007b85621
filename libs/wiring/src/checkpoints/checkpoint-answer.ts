import type { CheckpointVerdict, StoreCheckpointProblemCode } from '@dutyledger/event-store';
import { type Lang, translate } from '@dutyledger/i18n';

/**
 * A checkpoint's verdict as JSON answers it (`GET /audit/verify`, `npm run cli -- verify`): what
 * is wrong as a stable code with the values it names (`problemCode`, `problemParams`), and the
 * same said for a person reading the JSON (`problem`, the `cli` catalogue's message of the code,
 * in `lang`: the API's reader's language, English for the CLI's JSON).
 */
export interface CheckpointAnswer extends Omit<CheckpointVerdict, 'problem'> {
  problem: string | null;
  problemCode: StoreCheckpointProblemCode | null;
  problemParams: Readonly<Record<string, string>> | null;
}

export function checkpointAnswer(verdict: CheckpointVerdict, lang: Lang = 'en'): CheckpointAnswer {
  const { problem, ...rest } = verdict;
  if (problem === null) return { ...rest, problem: null, problemCode: null, problemParams: null };
  const { code, params } = problem;
  const said = translate(lang, `cli.problem.${code}`, params);
  return { ...rest, problem: said, problemCode: code, problemParams: params };
}
