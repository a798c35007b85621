export { loadDemo, type DemoSummary, type LoadDemoOptions } from './load-demo';
export { DemoApiUnreachable, DemoCommandRefused, type DemoTokens, probeApi } from './demo-client';
export { demoScenario, type DemoCounts, type DemoBlockedCadre } from './scenario';
