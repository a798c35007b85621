import type { ValueTransformer } from 'typeorm';

/** Store positions as 64-bit integers and read them back as bigint (pg answers strings). */
export const bigintColumn: ValueTransformer = {
  to: (value: bigint | null | undefined) =>
    value === null || value === undefined ? value : value.toString(),
  from: (value: string | number | null) => (value === null ? null : BigInt(value)),
};
