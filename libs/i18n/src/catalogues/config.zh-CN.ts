/**
 * 启动时配置（环境变量）中发现的问题（libs/config，CONFIG_PROBLEMS），简体中文：每个问题代码一条，
 * 由 api、投影进程和命令行工具按运维人员的语言给出。变量名、取值和地址照原样给出。
 */
export const CONFIG_ZH_CN: Readonly<Record<string, string>> = {
  invalidConfiguration: '配置有误（{count}处）：',
  oneOf: '{variable}="{value}"不可接受；只能是以下之一：{allowed}',
  notInteger: '{variable}="{value}"须为{min}至{max}之间的整数',
  urlScheme: '{variable}须为以下列协议之一开头的地址：{schemes}',
  eventStoreUrlForm:
    '{variable}须为esdb://主机:端口[,主机:端口…][?设置]或esdb+discover://主机:端口[…][?设置]',
  timeZoneUnknown: '{variable}="{value}"不是本运行环境认识的IANA时区，例如Asia/Shanghai',
  notPublicKey: '{variable}须为PEM格式的公钥（-----BEGIN PUBLIC KEY-----）',
  pairNameUnknown: '{variable}：“{name}”不在以下之列：{allowed}',
  pairNotScore: '{variable}：{name}="{value}"须为1至100之间的整数',
  pairNotWeight: '{variable}：{name}="{value}"须为不小于0的数',
  pairNotMonths: '{variable}：{name}="{value}"须为0至999之间的整月数，或PERMANENT',
  gradeBandsOrder:
    '{variable}：各等次的最低分须从EXCELLENT、COMPETENT到BASICALLY_COMPETENT依次降低，且大于0',
  weightsAllZero: '{variable}：至少一项权重须大于0',
  requiredWhen: '{when}时须设置{variable}，例如{example}',
  requestTimeoutBelowHeaders: '{headers}不得大于{variable}（请求头是请求的一部分）',
  identityProviderTwice: '{other}和{variable}只能设置其一，不能同时设置',
  identityProviderNeeds:
    '配置身份提供方（{publicKey}或{jwksUrl}）时须设置{variable}：否则该提供方为其他应用签发的令牌也会被接受',
  invalid: '{variable}：{reason}',
};
