export const NARRATIVE_ZH_CN: Readonly<Record<string, string>> = {};
