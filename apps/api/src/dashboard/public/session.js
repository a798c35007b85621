import { currentLanguage, t } from './i18n.js';

const KEY = 'dutyledger.token';
/** The api's answer to the token's last check, kept beside it. */
const ANSWER_KEY = 'dutyledger.session';

/** Roles that may see personal details of cadres (names, who is a case subject). */
const PERSONAL_ROLES = new Set(['ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR']);

/** The token of this browser tab, if signed in. */
export function storedToken() {
  return sessionStorage.getItem(KEY);
}

/**
 * What the api last said of this tab's token (subject, role, time zone), if it said anything:
 * a reloaded tab may ask for its view with it while the token is checked again, never show it
 * before.
 * @returns {{subject: string, role: string, timeZone: string} | undefined}
 */
export function storedAnswer() {
  try {
    const { subject, role, timeZone } = JSON.parse(sessionStorage.getItem(ANSWER_KEY) ?? 'null');
    if ([subject, role, timeZone].every((each) => typeof each === 'string')) {
      return { subject, role, timeZone };
    }
  } catch {
    // Nothing kept, or not what this page keeps.
  }
  return undefined;
}

export function forget() {
  sessionStorage.removeItem(KEY);
  sessionStorage.removeItem(ANSWER_KEY);
}

/**
 * Asks the api who the token belongs to (and the jurisdiction's time zone); keeps the token only
 * if the api accepts it.
 * @returns {Promise<{subject: string, role: string, timeZone: string, token: string}>}
 */
export async function signIn(token) {
  const trimmed = token.trim();
  if (!/^[A-Za-z0-9._~+/=-]+$/.test(trimmed)) {
    throw new Error(t('signIn.notAToken'));
  }
  const response = await fetch('/session', {
    headers: { authorization: `Bearer ${trimmed}`, 'accept-language': currentLanguage() },
  });
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    throw new Error(body.message ?? t('signIn.refused', { status: response.status }));
  }
  const { subject, role, timeZone } = await response.json();
  sessionStorage.setItem(KEY, trimmed);
  sessionStorage.setItem(ANSWER_KEY, JSON.stringify({ subject, role, timeZone }));
  return { subject, role, timeZone, token: trimmed };
}

/** Whether the role may see cadres' personal details. */
export function seesPersonalDetails(role) {
  return PERSONAL_ROLES.has(role);
}
