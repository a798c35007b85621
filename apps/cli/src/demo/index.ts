export { loadDemo, type DemoSummary, type LoadDemoOptions } from './load-demo';
export { DemoApiUnreachable, DemoCommandRefused, probeApi } from './demo-client';
export {
  DEMO_TOKEN_HOLDERS,
  type DemoTokens,
  DemoTokensUnfit,
  demoTokens,
  investigatorOf,
} from './demo-tokens';
export { demoScenario, type DemoCounts, type DemoBlockedCadre } from './scenario';
/** The demo's names and words as entered (Chinese), for tests that look for them. */
export {
  DEMOTION_OVERRIDE_REASON,
  DISTRICTS,
  MUNICIPAL_BUREAUS,
  MUNICIPALITY,
  NAMES,
} from './scenario/organisation-facts';
