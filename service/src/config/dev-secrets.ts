import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Secrets a development machine generates once and keeps in an ignored file. */
export interface DevSecrets {
  jwtSecret: string;
  encryptionSecret: string;
}

/** Reads `DATA_DIR/dev-secrets.json`, creating it (mode 600) with fresh random secrets if it is missing. */
export function loadDevSecrets(dataDir: string): DevSecrets {
  const file = join(dataDir, 'dev-secrets.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as DevSecrets;
  } catch {
    const secrets: DevSecrets = {
      jwtSecret: randomBytes(32).toString('base64url'),
      encryptionSecret: randomBytes(32).toString('base64url'),
    };
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600, flag: 'wx' });
    return secrets;
  }
}
