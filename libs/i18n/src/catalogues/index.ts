import type { Lang } from '../lang';
import { CLI_EN } from './cli.en';
import { CLI_ZH_CN } from './cli.zh-CN';
import { CONFIG_EN } from './config.en';
import { CONFIG_ZH_CN } from './config.zh-CN';
import { DASHBOARD_EN } from './dashboard.en';
import { DASHBOARD_ZH_CN } from './dashboard.zh-CN';
import { ERRORS_EN } from './errors.en';
import { INTEGRITY_EN } from './integrity.en';
import { INTEGRITY_ZH_CN } from './integrity.zh-CN';
import { ERRORS_ZH_CN } from './errors.zh-CN';
import { NARRATIVE_EN } from './narrative.en';
import { NARRATIVE_ZH_CN } from './narrative.zh-CN';
import { REPORT_EN } from './report.en';
import { REPORT_ZH_CN } from './report.zh-CN';
import { TERMS_EN } from './terms.en';
import { TERMS_ZH_CN } from './terms.zh-CN';

/**
 * The areas of the catalogues: `terms` (the domain's vocabulary), `narrative` (timeline and
 * report sentences), `errors` (api refusals by code), `report` (the printable report's labels),
 * `cli` (operators' messages), `config` (what the configuration finds wrong, by problem code),
 * `integrity` (what the verifiers find, by problem code) and `dashboard` (the dashboard's own words).
 */
export const AREAS = [
  'terms',
  'narrative',
  'errors',
  'report',
  'cli',
  'config',
  'integrity',
  'dashboard',
] as const;
export type Area = (typeof AREAS)[number];

export type Catalogue = Readonly<Record<string, string>>;

/** Every catalogue: ICU MessageFormat texts by key (without the area), per area and language. */
export const CATALOGUES: Readonly<Record<Area, Readonly<Record<Lang, Catalogue>>>> = {
  terms: { 'zh-CN': TERMS_ZH_CN, en: TERMS_EN },
  narrative: { 'zh-CN': NARRATIVE_ZH_CN, en: NARRATIVE_EN },
  errors: { 'zh-CN': ERRORS_ZH_CN, en: ERRORS_EN },
  report: { 'zh-CN': REPORT_ZH_CN, en: REPORT_EN },
  cli: { 'zh-CN': CLI_ZH_CN, en: CLI_EN },
  config: { 'zh-CN': CONFIG_ZH_CN, en: CONFIG_EN },
  integrity: { 'zh-CN': INTEGRITY_ZH_CN, en: INTEGRITY_EN },
  dashboard: { 'zh-CN': DASHBOARD_ZH_CN, en: DASHBOARD_EN },
};
