/** 命令行工具给运维人员的提示（简体中文）：用法及命令行错误。 */
export const CLI_ZH_CN: Readonly<Record<string, string>> = {
  'usage.all':
    '用法：npm run cli -- <命令> [参数]   （查看某个命令的说明：npm run cli -- <命令> --help）',
  'usage.one': '用法：npm run cli -- {usage}',
  unknownCommand: '未知命令“{name}”',
  flagTwice: '参数--{flag}重复出现',
  unexpectedArgument: '多余的参数“{word}”',
  argumentMissing: '缺少参数',
};
