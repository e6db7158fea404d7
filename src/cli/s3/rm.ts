/**
 * `aws s3 rm s3://bucket/key [--recursive]` — DeleteObject per key, one `delete: s3://…`
 * line each. A listing that fails is a `fatal error:` (exit 1); a key that fails to delete is
 * `delete failed: s3://… <error>` and exit 1 after the others are done.
 */
import { formatS3Uri, isS3Uri, parseS3Uri, type S3Uri } from './s3Paths.ts';
import { listAllObjects } from './listAll.ts';
import { printed, TRANSFER_FAILED, type S3Command } from './s3Command.ts';
import { errorLine, type S3Session } from './s3Session.ts';
import { invalidArgumentType } from './mb.ts';
import type { CliResult } from '../awsCli.ts';

export const fatal = (error: unknown): CliResult => printed('', `fatal error: ${errorLine(error)}\n`, TRANSFER_FAILED);

/** Deletes every key under the prefix (or the one key); what rb --force runs first. */
export async function removeObjects(session: S3Session, target: S3Uri, recursive: boolean): Promise<CliResult> {
  let keys: string[];
  try {
    keys = recursive ? (await listAllObjects(session, target.bucket, target.key)).map((o) => o.Key) : [target.key];
  } catch (error) {
    return fatal(error);
  }
  let stdout = '';
  let stderr = '';
  for (const key of keys) {
    const uri = formatS3Uri({ bucket: target.bucket, key });
    try {
      await session.call('DeleteObject', { Bucket: target.bucket, Key: key });
      stdout += `delete: ${uri}\n`;
    } catch (error) {
      stderr += `delete failed: ${uri} ${errorLine(error)}\n`;
    }
  }
  return printed(stdout, stderr, stderr === '' ? 0 : TRANSFER_FAILED);
}

export const rm: S3Command = {
  spec: { positionals: ['paths'], flags: ['--recursive', '--quiet', '--only-show-errors'], withValue: ['--page-size', '--request-payer'] },
  async run(args, session) {
    const path = args.paths[0]!;
    if (!isS3Uri(path)) throw invalidArgumentType();
    const result = await removeObjects(session, parseS3Uri(path), args.flags.has('--recursive'));
    return args.flags.has('--quiet') || args.flags.has('--only-show-errors') ? { ...result, stdout: '' } : result;
  },
};
