import { nameSortKey } from '@dutyledger/i18n';

/**
 * A department's chart segment as the versions before issue 15's compact keys stored it: kind by
 * code point (4 base-36 digits each) padded with `0` to 80 characters, the name's sort key cut
 * and padded to 240, then the id's hex digits. The compact keys must order exactly as these do.
 */
export function paddedSegment(place: { departmentId: string; kind: string; name: string }): string {
  const kindDigits = [...place.kind]
    .slice(0, 20)
    .map((character) => (character.codePointAt(0) ?? 0).toString(36).padStart(4, '0'))
    .join('');
  return (
    kindDigits.padEnd(80, '0') +
    nameSortKey(place.name).slice(0, 240).padEnd(240, '0') +
    place.departmentId.toLowerCase().replace(/[^0-9a-z]/g, '')
  );
}
