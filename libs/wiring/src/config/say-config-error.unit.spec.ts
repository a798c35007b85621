import { ConfigError, loadConfig } from '@dutyledger/config';
import { sayConfigError } from './say-config-error';

function refused(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('a refused configuration, as the processes print it at start', () => {
  const error = refused({
    PORT: 'eighty',
    DUTYLEDGER_EVENT_STORE: 'mongodb',
    DUTYLEDGER_READ_MODELS: 'postgres',
    DUTYLEDGER_TIME_ZONE: 'Beijing',
  });

  it('says every problem in Chinese, naming the variable, its value and what it accepts', () => {
    expect(sayConfigError(error, 'zh-CN').split('\n')).toEqual([
      '配置有误（4处）：',
      '  - DUTYLEDGER_EVENT_STORE="mongodb"不可接受；只能是以下之一：sqlite, eventstoredb',
      '  - DUTYLEDGER_READ_MODELS=postgres时须设置DUTYLEDGER_READ_MODELS_URL，例如postgres://host:port',
      '  - PORT="eighty"须为0至65535之间的整数',
      '  - DUTYLEDGER_TIME_ZONE="Beijing"不是本运行环境认识的IANA时区，例如Asia/Shanghai',
    ]);
  });

  it('says them in English', () => {
    expect(sayConfigError(error, 'en').split('\n')).toEqual([
      'Invalid configuration (4 problems):',
      '  - DUTYLEDGER_EVENT_STORE="mongodb" is not accepted; use one of: sqlite, eventstoredb',
      '  - DUTYLEDGER_READ_MODELS_URL is required when DUTYLEDGER_READ_MODELS=postgres; e.g. postgres://host:port',
      '  - PORT="eighty" must be a whole number from 0 to 65535',
      '  - DUTYLEDGER_TIME_ZONE="Beijing" is not an IANA time zone this runtime knows, e.g. Asia/Shanghai',
    ]);
  });

  it('says each kind of rule between variables and of lists of pairs, in both languages', () => {
    const more = refused({
      DUTYLEDGER_HTTP_HEADERS_TIMEOUT_MS: '60000',
      DUTYLEDGER_HTTP_REQUEST_TIMEOUT_MS: '30000',
      DUTYLEDGER_COMPLIANCE_WEIGHTS: 'coverage=much',
    });
    expect(sayConfigError(more, 'zh-CN')).toContain(
      'DUTYLEDGER_HTTP_HEADERS_TIMEOUT_MS不得大于DUTYLEDGER_HTTP_REQUEST_TIMEOUT_MS',
    );
    expect(sayConfigError(more, 'zh-CN')).toContain(
      'DUTYLEDGER_COMPLIANCE_WEIGHTS：coverage="much"须为不小于0的数',
    );
    expect(sayConfigError(more, 'en')).toContain(
      'DUTYLEDGER_COMPLIANCE_WEIGHTS: coverage="much" must be a number from 0 upwards',
    );
  });
});
