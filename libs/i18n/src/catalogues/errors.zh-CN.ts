export const ERRORS_ZH_CN: Readonly<Record<string, string>> = {};
