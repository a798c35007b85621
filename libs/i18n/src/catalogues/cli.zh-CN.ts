/** 命令行工具给运维人员的提示（简体中文）：用法及命令行错误。 */
export const CLI_ZH_CN: Readonly<Record<string, string>> = {
  'usage.all':
    '用法：npm run cli -- <命令> [参数]   （查看某个命令的说明：npm run cli -- <命令> --help）',
  'usage.one': '用法：npm run cli -- {usage}',
  // What each command does, under its usage line (its words and flags are not translated).
  'about.token':
    '打印一个用内置密钥（位于DUTYLEDGER_DATA_DIR）签名的持有者令牌，带签发方、受众和有效期\n（默认8小时，最长DUTYLEDGER_JWT_MAX_LIFETIME_SECONDS）。\nROLE为以下之一：{roles}。',
  'about.projections':
    'projections status                  各投影的位置、滞后、搁置数及持有它的投影进程\nprojections parked [--projection P] 搁置（死信）的事件，最早的在前\nprojections retry --id N | --projection P\n                                    重新应用搁置的事件；应用成功后即从列表中移除\nprojections rebuild [NAME]          从位置0起将日志重放到新表中，并以原子方式替换\n                                    （不给NAME时重建全部投影）\nprojections verify [NAME]           在旁路重建，并报告与现行读模型不一致的每一行；\n                                    有不一致时退出码为1\n投影：{projections}',
  'about.demo':
    '通过正在运行的api的命令接口加载演示场景（一个市，截至今天的两年历史，每项事实按其发生之日记录；\n默认地址http://127.0.0.1:$PORT，PORT为3000）。未给出令牌时，用DUTYLEDGER_DATA_DIR的内置密钥签发：\n决定人、调查人和申诉复核人的令牌须为三个不同主体的SUPERVISOR令牌（调查人作出调查认定，\n决定人作出处理决定，申诉复核人作出申诉决定）。同一天、同一存储再次运行时，得到与第一次相同的应答。\n进度输出到stderr，JSON摘要输出到stdout。',
  'about.verify':
    '重新计算一个事件流或所配置存储中全部事件流的哈希链；对整个存储，还将其与已知的每个签名检查点\n（存储中最新的一个、检查点文件，以及另行保存的FILE）核对，从而发现被截掉末尾的事件流和被回滚的存储。\n进度输出到stderr，结果（JSON，含第一处断链和每个检查点的结论）输出到stdout。\n全部相符时退出码为0，否则为1。',
  'about.checkpoint':
    '立即为整个日志记录一个签名检查点（写入存储和检查点文件DUTYLEDGER_CHECKPOINT_FILE），\n自上一个检查点以来没有追加事件时除外；给出--out时还写入FILE：请将该副本与存储分开保存，\n并用verify --checkpoint FILE与之核对。',
  'about.exportCase':
    '将案件文件包（JSON Lines：清单，含日志最新的签名检查点和按--lang语言生成的可打印案件报告，\n默认为运维人员的语言；随后是该案件及其所依据的每个事件流的全部事件）写入FILE；\n可在任何地方用verify-bundle校验。',
  'about.verifyBundle':
    '离线校验案件文件包（无需数据库和配置）：重新计算每个事件流的哈希链，将数量和流头与清单比对，\n并将每个事件流与清单所带的日志签名检查点核对（导出前被截掉的事件由此发现）；\n--public-key要求该检查点由该密钥签名（否则打印其密钥编号，请与您信任的密钥比对）；\n--checkpoint还将文件包与另行保存的检查点文件核对（导出前被回滚的存储由此发现）。\n全部相符时退出码为0，否则为1。',
  'about.reservations':
    '为早期版本写入的存储中已有的值（人员编号、调用方指定的子编号、未结案件的依据）补做保留，\n使api拒绝重复使用这些值。升级后运行一次即可；已保留的值保持不变。结果JSON输出到stdout。',
  unknownCommand: '未知命令“{name}”',
  flagTwice: '参数--{flag}重复出现',
  unexpectedArgument: '多余的参数“{word}”',
  argumentMissing: '缺少参数',
  langUnknown: '--lang只能是zh-CN或en',
  unknownFlag: '未知参数“{flag}”',
  flagValueMissing: '参数{flag}缺少取值',
  flagValueAmbiguous:
    '参数{flag}缺少取值，其后的{next}像是另一个参数：以短横线开头的取值请写成{flag}=-取值',
  flagTakesNoValue: '参数{flag}不带取值',
  commandLineRefused: '命令行有误：{reason}',
  noEventStore: '{file}处没有事件存储（DUTYLEDGER_DATA_DIR）',
  'token.roleUnknown': '--role只能是以下之一：{roles}',
  'token.subjectInvalid': '--sub须为1至200个字母、数字或 . _ @ - 字符',
  'token.hoursInvalid': '--hours须为1至{most}之间的整数（DUTYLEDGER_JWT_MAX_LIFETIME_SECONDS）',
  'token.identityProvider': '已配置身份提供方：令牌须由其签发',
  'exportCase.caseInvalid': '--case须为案件编号（UUID v4）',
  'exportCase.outMissing': '--out须指明要写入的文件',
  'verify.checkpointWithStream': '--checkpoint针对整个存储，不能与--stream同用',
  'verify.checkpointMissing': '--checkpoint {file}：文件不存在',
  'verify.streamNotFound': '未找到事件流{stream}',
  'verifyBundle.fileMissing': 'verify-bundle需要指明文件包FILE',
  'verifyBundle.cannotRead':
    '无法读取{what, select, publicKey {公钥} checkpoint {检查点} other {文件包}}{file}：{reason}',
  'verifyBundle.publicKeyInvalid': '--public-key {file}须为Ed25519公钥（PEM格式）',
  'verifyBundle.checkpointInvalid': '--checkpoint {file}不是检查点文件（JSON）',
  'projections.actionUnknown': 'projections须带以下操作之一：{actions}（“{action}”不在其中）',
  'projections.takesNoName': 'projections {action}不接受投影名称（“{name}”）',
  'projections.takesNoFlag': 'projections {action}不接受参数{flag}',
  'projections.retryTarget': 'projections retry须且只须给出--id N或--projection NAME之一',
  'projections.idInvalid': '--id须为整数，而不是“{id}”',
  'projections.unknown': '没有名为“{name}”的投影；现有投影：{projections}',
  'reservations.actionUnknown': 'reservations：未知操作“{action}”（可用操作：backfill）',
  'demo.urlInvalid': '--url须为http(s)地址，如http://127.0.0.1:3000，而不是“{url}”',
  'demo.concurrencyInvalid': '--concurrency须为1至32之间的整数',
  'demo.tokensAllFive': '以下五个参数须全部给出：{flags}',
  'demo.identityProvider': '已配置身份提供方：请用其签发的令牌给出{flags}',
  'demo.unreachable': '无法连接{url}处的DutyLedger服务（{why}）：请先用npm start启动',
  'demo.tokenWithoutSubject':
    '{role, select, investigator {调查人} supervisor {决定人} other {申诉复核人}}令牌没有主体（sub）：演示数据以此确定调查人',
  'demo.supervisorsNotThree':
    '调查人（{investigator}）、决定人（{supervisor}）和申诉复核人（{appealBoard}）的令牌须属于三个不同主体：调查认定、处理决定和申诉决定须由不同的人作出',
  'exportCase.notFound': '未找到案件{caseId}',
  'exportCase.written': '已将{streams}条事件流中的{events}个事件写入{out}',
  'verify.progress':
    '已核验{streams}条事件流中的{events}个事件（{where, select, position {全局位置} other {版本}} {reached}/{head}）',
  'verify.checkpoint':
    '检查点（{source} {where}），位置{position}：{holds, select, yes {相符} other {{problem}}}',
  'verify.checkpointFails': '不相符',
  'verify.headDiffers': '  {stream}：签署时为{signed}，现为{found}',
  'verify.head': '修订号{revision}（{hash}）',
  'verify.firstBreak': '第一处断链，位于位置{position}：{problem}',
  'verify.expectedNoHash':
    '{problem, select, unreadable {数据和元数据均为JSON的事件} other {按哈希方案1或2计算的哈希，而非方案{scheme}}}',
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
  'verifyBundle.carriedCheckpoint': '文件所附检查点：{problem}',
  'verifyBundle.givenCheckpoint': '所给检查点：{problem}',
  // 核验发现的问题（libs/event-store 的 INTEGRITY_PROBLEMS）：每个代码一条。
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
  'projections.progress': '{name}：已处理{events}个事件，每秒{rate}个，位于位置{position}',
  'projections.difference': '  {table} {key}\n    现行：{live}\n    重建：{rebuilt}',
  'demo.loaded': '已执行{commands}条命令，用时{seconds}秒。',
  'demo.stopped': '演示数据加载中止：{reason}',
  'demo.refused': '{route}的应答为{status}：{answer}',
  'demo.tokenRefused':
    '令牌被拒绝：请使用与api相同的DUTYLEDGER_DATA_DIR运行命令行工具，或给出--token-admin、--token-caseworker、--token-supervisor、--token-investigator和--token-appeal-board。',
  'demo.alreadyLoaded':
    '该存储中已有演示数据（以其他令牌主体加载）；请加载到空的DUTYLEDGER_DATA_DIR中。',
  'demo.loadedOnAnotherDay':
    '演示数据已于另一天加载到该存储中；请加载到空的DUTYLEDGER_DATA_DIR中。',
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
  'demo.phases.departments': '部门（第{level}级）',
  'demo.phases.postsAndCadres': '职务和干部',
  'demo.phases.appointments': '任职和免职',
  'demo.phases.overrides': '经资格阻却例外批准的任职',
  'demo.phases.duties': '职责、履职和未履职',
  'demo.phases.accidents': '事故',
  'demo.phases.cases': '问责案件',
  'demo.phases.assessments': '年度述职和考核',
  'demo.phase': '  {phase}：{commands}条命令，用时{seconds}秒',
};
