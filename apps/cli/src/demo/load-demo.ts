import { type Lang, translate } from '@dutyledger/i18n';
import { DemoClient, probeApi } from './demo-client';
import { type DemoTokens, investigatorOf } from './demo-tokens';
import { type DemoBlockedCadre, type DemoCounts, demoScenario } from './scenario';

export interface LoadDemoOptions {
  /** where the api listens, e.g. http://127.0.0.1:3000 */
  baseUrl: string;
  tokens: DemoTokens;
  /** one line per step of the load */
  progress?: (line: string) => void;
  /** how many independent command chains are sent at once (default 4) */
  concurrency?: number;
  /** the end of the two-year window (default: now); rounded down to its UTC day */
  now?: Date;
  /** the operator's language, which the summary's sentences are said in (default English) */
  lang?: Lang;
}

export interface DemoSummary {
  /** the last day of the two-year history (UTC) */
  anchorDay: string;
  /** commands answered (a re-run answers each from its Idempotency-Key) */
  commands: number;
  counts: DemoCounts;
  /** the highest `position` of any command answer: wait for projections to reach it */
  lastPosition: string;
  municipalityId: string;
  openCaseId: string;
  overdueCaseId: string;
  blockedCadre: DemoBlockedCadre;
  seconds: number;
}

/**
 * Loads the demo scenario through the HTTP command API: a municipality with its districts and
 * townships, two years of appointments, duties, performances, failures, accidents, cases and
 * assessments. Every id and business time is fixed by the day of the load, and every command
 * carries an Idempotency-Key, so loading again on the same day answers the first answers.
 * @throws DemoTokensUnfit (the three supervisors' tokens are not three people), DemoApiUnreachable,
 *   DemoCommandRefused (the first answer that is not 2xx)
 */
export async function loadDemo(options: LoadDemoOptions): Promise<DemoSummary> {
  const progress = options.progress ?? (() => undefined);
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const started = Date.now();
  const investigatorId = investigatorOf(options.tokens);
  await probeApi(baseUrl);
  const scenario = demoScenario(options.now ?? new Date(), {
    investigatorId,
    lang: options.lang,
  });
  const lang = options.lang ?? 'en';
  const { anchorDay: day, commands } = scenario;
  progress(translate(lang, 'cli.demo.loading', { day, commands, url: baseUrl }));
  const client = new DemoClient(baseUrl, options.tokens, lang);
  for (const phase of scenario.phases) {
    const phaseStarted = Date.now();
    const sent = await client.run(phase, options.concurrency ?? 4);
    const said = translate(lang, phase.said.key, phase.said.values);
    const took = { phase: said, commands: sent, seconds: String(seconds(phaseStarted)) };
    progress(translate(lang, 'cli.demo.phase', took));
  }
  const { phases: _phases, ...named } = scenario;
  return {
    ...named,
    commands: client.sent,
    lastPosition: client.lastPosition.toString(),
    seconds: seconds(started),
  };
}

function seconds(since: number): number {
  return Math.round((Date.now() - since) / 100) / 10;
}
