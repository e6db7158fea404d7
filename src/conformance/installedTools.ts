/**
 * Whether the real AWS CLI and boto3 are on this machine. Conformance tests skip, with a
 * message, only when a tool is truly absent: a probe that merely failed under load (the pyenv
 * shims are slow when both cores are busy) must not quietly turn the tests off.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { ADMIN, REGION } from './kmsTransports.ts';

const onPath = (name: string) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, name)));

function probeBoto3(): boolean {
  if (!onPath('python3')) return false;
  for (let attempt = 0; attempt < 3; attempt++) {
    const result = spawnSync('python3', ['-c', 'import boto3'], { encoding: 'utf8', timeout: 60_000 });
    if (result.status === 0) return true;
    if (/ModuleNotFoundError|ImportError/.test(result.stderr ?? '')) return false;
  }
  return false;
}

export const hasAws = onPath('aws');
export const hasBoto3 = probeBoto3();


/**
 * The environment the real AWS CLI and boto3 run with in these tests: the Admin user's example
 * key, us-east-1, and nothing from the machine's own AWS configuration.
 */
export const ADMIN_CLI_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  AWS_ACCESS_KEY_ID: ADMIN.accessKeyId,
  AWS_SECRET_ACCESS_KEY: ADMIN.secretAccessKey,
  AWS_DEFAULT_REGION: REGION,
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
};
