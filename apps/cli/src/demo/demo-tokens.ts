import { type MessageValues, translate } from '@dutyledger/i18n';
import type { DemoRole } from './demo-command';

/** The bearer tokens the scenario needs, one per role it acts in. */
export type DemoTokens = Readonly<Record<DemoRole, string>>;

/** The api role and the token subject of each demo role when the CLI mints the tokens. */
export const DEMO_TOKEN_HOLDERS: Readonly<
  Record<DemoRole, { role: 'ADMIN' | 'CASEWORKER' | 'SUPERVISOR'; subject: string }>
> = {
  admin: { role: 'ADMIN', subject: 'demo-admin' },
  caseworker: { role: 'CASEWORKER', subject: 'demo-caseworker' },
  supervisor: { role: 'SUPERVISOR', subject: 'demo-supervisor' },
  investigator: { role: 'SUPERVISOR', subject: 'demo-investigator' },
  appealBoard: { role: 'SUPERVISOR', subject: 'demo-appeal-board' },
};

/** Every demo token, each minted by `mint` for its role and subject. */
export function demoTokens(
  mint: (role: 'ADMIN' | 'CASEWORKER' | 'SUPERVISOR', subject: string) => string,
): DemoTokens {
  const minted = (demoRole: DemoRole): string => {
    const { role, subject } = DEMO_TOKEN_HOLDERS[demoRole];
    return mint(role, subject);
  };
  return {
    admin: minted('admin'),
    caseworker: minted('caseworker'),
    supervisor: minted('supervisor'),
    investigator: minted('investigator'),
    appealBoard: minted('appealBoard'),
  };
}

/** The tokens cannot act the fair procedure: the load would be refused halfway. */
export class DemoTokensUnfit extends Error {
  override readonly name = 'DemoTokensUnfit';
  /** The `cli` message that says why, and its values. */
  readonly said: { readonly key: string; readonly values: MessageValues };
  constructor(key: string, values: MessageValues) {
    super(translate('en', key, values));
    this.said = { key, values };
  }
}

/**
 * The subject (`sub`) of a JWT, read without verifying it: the api verifies, the demo only needs
 * to name the investigator it assigns, who must be the subject that then records the findings.
 */
export function tokenSubject(token: string): string | undefined {
  const payload = token.split('.')[1];
  if (payload === undefined) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const sub = typeof claims === 'object' && claims !== null && 'sub' in claims ? claims.sub : '';
    return typeof sub === 'string' && sub !== '' ? sub : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The investigator's id for the scenario, after checking that the three supervisors are three
 * different people: the api refuses a measure decided by the investigator and an appeal decided
 * by anyone who took part.
 */
export function investigatorOf(tokens: DemoTokens): string {
  const subjects = (['investigator', 'supervisor', 'appealBoard'] as const).map((role) => {
    const subject = tokenSubject(tokens[role]);
    if (subject === undefined) {
      throw new DemoTokensUnfit('cli.demo.tokenWithoutSubject', { role });
    }
    return subject;
  });
  const [investigator, supervisor, appealBoard] = subjects;
  if (new Set(subjects).size !== subjects.length || investigator === undefined) {
    throw new DemoTokensUnfit('cli.demo.supervisorsNotThree', {
      investigator: investigator ?? '',
      supervisor: supervisor ?? '',
      appealBoard: appealBoard ?? '',
    });
  }
  return investigator;
}
