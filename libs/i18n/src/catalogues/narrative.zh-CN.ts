/**
 * 案件叙述（简体中文）：案件时间线和审计报告中的每一句话，按承办人员的行文习惯书写，而非逐词
 * 翻译。参数与英文目录相同；其中的领域词汇（问责方式、事故等级等）由 `terms` 目录给出。
 */
export const NARRATIVE_ZH_CN: Readonly<Record<string, string>> = {
  'case.opened': '{department}立案（{kind}），承办人：{actor}。案由：{summary}',
  'case.subjectNamed': '{actor}将{subject}（{post}）列为问责对象。',
  'case.failureCited':
    '{actor}援引{post}于{occurredAt}的失职情形（编号{failureId}）作为问责依据；不良影响：{adverseEffect}，{vacant, select, true {该岗位当时空缺} other {责任人：{responsible}}}。',
  'case.accidentCited':
    '{actor}援引{occurredAt}发生的事故（编号{accidentId}，事故等级：{grade}）作为问责依据。',
  'case.deadlineSet': '{actor}确定调查期限至{dueAt}。',
  'case.investigatorAssigned':
    '{actor}指定{investigator}为调查人员{replacing, select, true {，接替{previous}} other {}}。',
  'case.investigationStarted': '{actor}启动调查，调查人员：{investigator}。',
  'case.evidenceAttached': '{actor}附入证据：{description}（SHA-256 {contentHash}）。',
  'case.hearingNoticeServed':
    '{actor}向{subject}送达告知书，{subject}可于{respondBy}前进行陈述和申辩。',
  'case.statementRecorded': '{actor}记录{subject}的陈述：“{statement}”',
  'case.findingRecorded':
    '{recorder}{hearing, select, STATEMENT {在听取{subject}陈述后} NOTICE_UNANSWERED {在{subject}收到告知书逾期未陈述后} other {未听取{subject}陈述，}}认定{subject}{responsible, select, true {{kindGiven, select, true {负有{responsibilityKind}} other {负有责任}}} other {不负有责任}}。理由：{reasoning}{aggravatingCount, plural, =0 {} other {。从重情节：{aggravating}}}{mitigatingCount, plural, =0 {} other {。从轻情节：{mitigating}}}',
  'case.circumstance': '{circumstance}（{note}）',
  'case.sanctionWithdrawn': '因作出新的责任认定，{actor}撤回对{subject}作出的{sanction}决定。',
  'case.sanctionDecided':
    '{decider}{measure, select, true {决定对{subject}予以{sanction}。} other {决定将{subject}的问题{sanction}。}}',
  'case.decided': '{decider}对本案作出决定，申诉期限至{appealWindowClosesAt}。',
  'case.appealWaived': '{subject}放弃对{sanction}决定的申诉（{actor}记录）。',
  'case.appealFiled': '{subject}对{sanction}决定提出申诉（{actor}登记）：{grounds}',
  'case.appealDecided':
    '{decider}对{subject}的申诉作出决定：{outcome, select, UPHELD {维持{sanction}决定} SANCTION_REVOKED {撤销{sanction}决定} other {将{sanction}变更为{changedSanction}}}。理由：{reasoning}',
  'case.deadlineExtended': '{actor}将调查期限延长{days}日，至{dueAt}。理由：{reason}',
  'case.closed': '{actor}结案。理由：{reason}',
  'case.reopened': '{actor}重新启动本案（第{reopening}次）。理由：{reason}',
  /** 早于本版本保存的时间线句子：按保存时的原文显示。 */
  'case.storedSentence': '{sentence}',
};
