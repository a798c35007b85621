/** 命令行工具给运维人员的提示（简体中文）：用法及命令行错误。 */
export const CLI_ZH_CN: Readonly<Record<string, string>> = {
  'usage.all':
    '用法：npm run cli -- <命令> [参数]   （查看某个命令的说明：npm run cli -- <命令> --help）',
  'usage.one': '用法：npm run cli -- {usage}',
  unknownCommand: '未知命令“{name}”',
  flagTwice: '参数--{flag}重复出现',
  unexpectedArgument: '多余的参数“{word}”',
  argumentMissing: '缺少参数',
  langUnknown: '--lang只能是zh-CN或en',
  'exportCase.notFound': '未找到案件{caseId}',
  'exportCase.written': '已将{streams}条事件流中的{events}个事件写入{out}',
  'verify.progress':
    '已核验{streams}条事件流中的{events}个事件（{where, select, position {全局位置} other {版本}} {reached}/{head}）',
  'verify.checkpoint':
    '检查点（{source} {where}），位置{position}：{holds, select, yes {相符} other {{problem}}}',
  'verify.checkpointFails': '不相符',
  'verifyBundle.ok':
    'OK：案件{caseId}，{streams}条事件流中的{events}个事件；每条哈希链及清单均相符；{checkpoint}',
  'verifyBundle.broken': 'BROKEN：{file}中发现{problems}个问题；{checkpoint}',
  'verifyBundle.noCheckpoint': '文件未附带日志的签名检查点，无法判断导出前是否有事件被截去',
  'verifyBundle.checkpoint':
    '已与日志在位置{position}（{recordedAt}）的检查点核对，签名密钥为{keyId}{trusted, select, given {（即所给密钥）} none {} other {（并非所给密钥）}}',
  'verifyBundle.line': '第{line}行：{message}{values}',
  'verifyBundle.eventLine':
    '第{line}行［事件{eventId}，事件流{stream}，版本{revision}］：{message}{values}',
  'verifyBundle.values': '（应为{expected}，实为{found}）',
  'projections.head': '日志头位置 {position}',
  'projections.row':
    '{name} 位置 {position}  滞后 {lag}  搁置 {parked}{upToDate, select, yes {  已是最新} other {}}  {running, select, yes {由{heldBy}运行} other {未运行}}',
  'projections.noParked': '没有搁置的事件。',
  'projections.parkedRow':
    '#{id} {projection} 位置 {position} {eventType} {eventId} 搁置于{parkedAt}：{error}',
  'projections.applied': '#{id} 已应用',
  'projections.failedAgain': '#{id} 再次失败：{error}',
  'projections.rebuilt':
    '{name}：已由{events}个事件重建，用时{seconds}秒，于位置{position}切换上线，搁置{parked}个',
  'projections.verified': '{name}：正常，{rows}行与位置{position}的重建结果一致',
  'projections.differ': '{name}：{rows}行与位置{position}的重建结果不一致',
  'demo.loaded': '已执行{commands}条命令，用时{seconds}秒。',
  'demo.stopped': '演示数据加载中止：{reason}',
  'demo.blockedCadre':
    '案件{caseId}中的{measure}（申诉后由{from}变更）使其{months}个月内不得提拔使用；已凭任职资格例外任命到较低职务',
  'checkpoint.signed':
    '已用密钥{keyId}签署日志至位置{position}（{streams}条事件流中的{events}个事件）{copied, select, yes {；已复制到{out}} other {}}',
  'checkpoint.unchanged':
    '自上次检查点（{file}）以来没有追加任何事件{copied, select, yes {；已复制到{out}} other {}}',
  'checkpoint.nothing':
    '没有可签署的内容（日志为空，或自上次检查点以来没有新事件），且{file}处没有检查点文件',
  'reservations.read': '已读取{events}个事件',
  'demo.loading': '正在向{url}加载演示数据（截至{day}的两年，共{commands}条命令）',
  'demo.phase': '  {phase}：{commands}条命令，用时{seconds}秒',
};
