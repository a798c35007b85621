export const REPORT_ZH_CN: Readonly<Record<string, string>> = {};
