export const ERRORS_EN: Readonly<Record<string, string>> = {};
