/**
 * A UUID made from a SHA-256 digest (hex), shaped as version 4 (the version and variant bits
 * set) because the command API accepts caller-chosen ids only as v4. The same digest always
 * gives the same id: for ids that must come out the same every time (demo data, retries).
 */
export function uuidFromDigest(hex: string): string {
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `4${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}
