/**
 * What the verifiers find (libs/event-store, INTEGRITY_PROBLEMS), in Simplified Chinese: one message per
 * problem code, said by the CLI (`verify`, `verify-bundle`) and by `GET /audit/verify` in the
 * reader's language. Hashes, ids and positions are said as they are.
 */
export const INTEGRITY_ZH_CN: Readonly<Record<string, string>> = {
  'bundle.eventNotJson': '该事件行不是有效的JSON',
  'bundle.eventNotObject': '该事件行不是JSON对象',
  'bundle.eventFieldMissing': '该事件行缺少{field}',
  'bundle.eventFieldNotDecimal': '该事件行缺少十进制的{field}',
  'bundle.eventFieldNotObject': '该事件行缺少{field}对象',
  'bundle.eventHashSchemeNotNumber': '该事件行的hashScheme不是数字',
  'bundle.revisionOutOfOrder':
    '事件流{stream}的版本{revision}出现在应为版本{expectedRevision}的位置：有事件缺失或顺序错乱',
  'bundle.positionNotAfter': '全局位置{position}未排在上一行的位置{previousPosition}之后',
  'bundle.hashMismatch':
    '事件{eventId}（事件流{stream}，版本{revision}）的哈希值与其内容及前一事件不符：该事件已被改动',
  'bundle.previousHashMismatch':
    '事件{eventId}（事件流{stream}，版本{revision}）的previousHash不是前一事件的哈希值：有事件被改动、删除或插入',
  'bundle.hashSchemeUnknown':
    '事件{eventId}（事件流{stream}，版本{revision}）标明的哈希方案{scheme}为本版本所不识，无法核验',
  'bundle.manifestUnreadable':
    '清单：第1行不是案件文件包的清单（应为含format、caseId、streams等字段的JSON）',
  'bundle.formatUnknown': '清单：格式“{format}”既不是{eventsOnlyFormat}，也不是{reportFormat}',
  'bundle.reportMissing': "清单：格式{format}应附带报告'{' lang, mediaType, html '}'，但未附带",
  'bundle.caseStreamMissing': '清单：没有案件{caseId}的事件流{stream}',
  'bundle.countMismatch': '清单：事件流{stream}的count为{listed}，而事件实为{found}个',
  'bundle.headRevisionMismatch':
    '清单：事件流{stream}的headRevision为{listed}，而事件给出的是{found}',
  'bundle.headHashMismatch': '清单：事件流{stream}的headHash为{listed}，而事件给出的是{found}',
  'bundle.streamUnlisted': '清单：事件中有事件流{stream}，清单却未列出',
  'bundle.eventCountMismatch': '清单：eventCount为{listed}，而文件包含{found}个事件',
  'bundle.contentDigestMismatch': '清单：contentSha256与清单及各事件行不符：有字节被改动',
  'checkpoint.malformed': '不是DutyLedger日志检查点',
  'checkpoint.keyUnreadable': '其公钥无法读取',
  'checkpoint.keyNotEd25519': '其密钥不是Ed25519密钥',
  'checkpoint.keyIdMismatch': '其密钥编号与其密钥不符',
  'checkpoint.keyNotTrusted': '由密钥{keyId}签署，而非所信任的密钥{trustedKeyId}',
  'checkpoint.signatureMismatch': '其签名与内容不符',
  'checkpoint.headCutOff':
    '签署了事件流{stream}在位置{position}的版本{revision}，文件包中却没有：导出前已有事件被截去',
  'checkpoint.streamUnproved':
    '未对事件流{stream}给出任何证明，而该事件流在其位置{position}已有事件',
  'checkpoint.headReplaced':
    '在位置{position}签署的是事件流{stream}的版本{signedRevision}（{signedHash}），文件包给出的却是版本{revision}（{hash}）：导出前已有事件被截去或替换',
  'checkpoint.proofMismatch': '对事件流{stream}的证明推不出所签署的根哈希',
  'checkpoint.proofOfAbsentStream': '证明了文件包中没有的事件流{stream}',
  'checkpoint.headsNotSigned': '其所列各事件流头并非其所签署的',
  'checkpoint.revisionLacking':
    '签署了事件流{stream}在位置{position}的版本{revision}，文件包中却没有：存储已被回滚，或该事件流被截断',
  'checkpoint.revisionHashDiffers':
    '签署的事件流{stream}版本{revision}为{signedHash}，文件包中的却是{hash}',
  'chain.hashMismatch':
    '事件{eventId}（{stream}修订号{revision}）的哈希与其内容及前一事件不符：该事件已被改动（应为{expected}，实为{found}）',
  'chain.previousHashMismatch':
    '事件{eventId}（{stream}修订号{revision}）的previousHash不是前一事件的哈希：有事件被改动、删除或插入（应为{expected}，实为{found}）',
  'chain.hashSchemeUnknown':
    '事件{eventId}（{stream}修订号{revision}）采用本版本不认识的哈希方案{scheme}：无法校验（其哈希为{found}）',
  'chain.eventUnreadable': '存储的事件{eventId}（{stream}修订号{revision}）无法读取：{reason}',
  'checkpoint.storeRolledBack':
    '已回滚：存储止于位置{position}之前的位置{end}，而位置{position}已于{recordedAt}签署',
  'checkpoint.storeHeadsDiffer':
    '位置{position}处的各事件流头与{recordedAt}签署的不符：该位置及之前的事件有删除、替换或增加（现有{events}个事件，签署时为{signedEvents}个）',
  'checkpoint.logUnreadable':
    '日志在位置{position}之后无法读取：存储的事件{eventId}（事件流{stream}，版本{revision}）无法读取：{reason}',
};
