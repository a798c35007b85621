export const NARRATIVE_EN: Readonly<Record<string, string>> = {};
