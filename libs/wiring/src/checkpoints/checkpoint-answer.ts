import type { CheckpointVerdict, StoreCheckpointProblemCode } from '@dutyledger/event-store';
import { translate } from '@dutyledger/i18n';

/**
 * A checkpoint's verdict as JSON answers it (`GET /audit/verify`, `npm run cli -- verify`): what
 * is wrong as a stable code with the values it names (`problemCode`, `problemParams`), and the
 * same said in English (`problem`, the `cli` catalogue's message of the code) for a person
 * reading the JSON. A reader in another language says the code from its catalogue.
 */
export interface CheckpointAnswer extends Omit<CheckpointVerdict, 'problem'> {
  problem: string | null;
  problemCode: StoreCheckpointProblemCode | null;
  problemParams: Readonly<Record<string, string>> | null;
}

export function checkpointAnswer(verdict: CheckpointVerdict): CheckpointAnswer {
  const { problem, ...rest } = verdict;
  if (problem === null) return { ...rest, problem: null, problemCode: null, problemParams: null };
  const { code, params } = problem;
  const english = translate('en', `cli.problem.${code}`, params);
  return { ...rest, problem: english, problemCode: code, problemParams: params };
}
