export const CLI_ZH_CN: Readonly<Record<string, string>> = {};
