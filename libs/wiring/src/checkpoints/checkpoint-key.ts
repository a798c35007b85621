import {
  type KeyObject,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
} from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DutyLedgerConfig } from '@dutyledger/config';
import { privateDirectory } from '@dutyledger/event-store';

function readKey(file: string): KeyObject {
  const pem = readFileSync(file, 'utf8');
  const key = pem.includes('PRIVATE KEY') ? createPrivateKey(pem) : createPublicKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new Error(`${file} must hold an Ed25519 key (DUTYLEDGER_CHECKPOINT_KEY_FILE)`);
  }
  return key;
}

/**
 * The Ed25519 key that signs checkpoints: the configured file, created (600, owner-only) with a
 * new key the first time one is needed. A file holding only a public key cannot sign.
 */
export function checkpointSigningKey(config: DutyLedgerConfig): KeyObject {
  const file = config.checkpoints.keyFile;
  if (!existsSync(file)) {
    privateDirectory(dirname(file));
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
  }
  const key = readKey(file);
  if (key.type !== 'private') {
    throw new Error(`${file} holds a public key: checkpoints cannot be signed with it`);
  }
  return key;
}

/** The public key checkpoints must be signed by, if the key file exists (verifying creates none). */
export function trustedCheckpointKey(config: DutyLedgerConfig): KeyObject | undefined {
  const file = config.checkpoints.keyFile;
  return existsSync(file) ? createPublicKey(readKey(file)) : undefined;
}
