import { currentLanguage } from './i18n.js';

/** An answer other than 2xx, with the api's error body. */
export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message ?? `The api answered ${status}`);
    this.status = status;
    this.body = body;
  }
}

/** Fired when the api no longer accepts the token (expired): the page signs out. */
export const SIGNED_OUT = 'dutyledger:signed-out';

/**
 * A GET against the api with the signed-in token.
 * @param {string} token
 * @param {string} path
 * @param {Record<string, string | number | boolean | undefined>} [query]
 */
export async function get(token, path, query = {}) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const url = search.size > 0 ? `${path}?${search}` : path;
  // The api says its sentences and refusals in the reader's language.
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${token}`, 'accept-language': currentLanguage() },
  });
  const body = await response.json().catch(() => undefined);
  if (response.status === 401) window.dispatchEvent(new CustomEvent(SIGNED_OUT, { detail: body }));
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/** Every item of a paged list, up to `limit` items (pages of 100, the api's largest). */
export async function all(token, path, query = {}, limit = 500) {
  const items = [];
  for (let page = 1; items.length < limit; page += 1) {
    const answer = await get(token, path, { ...query, page, pageSize: 100 });
    items.push(...answer.items);
    if (answer.items.length === 0 || items.length >= answer.total) break;
  }
  return items;
}

/**
 * A year's compliance of every department: the api answers it in pages (100 departments at most a
 * page), read here one after the other.
 * @param {string} token
 * @param {number} year
 */
export async function complianceOfYear(token, year) {
  const first = await get(token, '/compliance', { year, page: 1, pageSize: 100 });
  const departments = [...first.departments];
  for (let page = 2; departments.length < first.total; page += 1) {
    const more = await get(token, '/compliance', { year, page, pageSize: 100 });
    if (more.departments.length === 0) break;
    departments.push(...more.departments);
  }
  return { ...first, departments };
}
