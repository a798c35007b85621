export const REPORT_EN: Readonly<Record<string, string>> = {};
