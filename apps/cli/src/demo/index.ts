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
