import { currentLanguage, t } from './i18n.js';

const KEY = 'dutyledger.token';

/** Roles that may see personal details of cadres (names, who is a case subject). */
const PERSONAL_ROLES = new Set(['ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR']);

/** The token of this browser tab, if signed in. */
export function storedToken() {
  return sessionStorage.getItem(KEY);
}

export function forget() {
  sessionStorage.removeItem(KEY);
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
  return { subject, role, timeZone, token: trimmed };
}

/** Whether the role may see cadres' personal details. */
export function seesPersonalDetails(role) {
  return PERSONAL_ROLES.has(role);
}
