export const CLI_EN: Readonly<Record<string, string>> = {};
