import { ApiError } from './api.js';
import { currentLanguage } from './i18n.js';

/**
 * Downloads a case's audit report (HTML) or bundle: fetched with the token in the Authorization
 * header (a plain link cannot carry it), saved as a file.
 * @param {string} token @param {string} caseId @param {'report' | 'bundle'} what
 */
export async function downloadAudit(token, caseId, what) {
  const response = await fetch(`/audit/cases/${encodeURIComponent(caseId)}/${what}`, {
    headers: { authorization: `Bearer ${token}`, 'accept-language': currentLanguage() },
  });
  if (!response.ok) {
    throw new ApiError(response.status, await response.json().catch(() => undefined));
  }
  const type = response.headers.get('content-type') ?? '';
  const extension = type.includes('html') ? 'html' : type.includes('zip') ? 'zip' : 'json';
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `case-${caseId}-${what}.${extension}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
