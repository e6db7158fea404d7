/**
 * `aws s3 rb s3://bucket [--force]` — DeleteBucket; --force first removes every object as
 * `aws s3 rm --recursive` would. Prints `remove_bucket: name`, or `remove_bucket failed:
 * s3://name <error>` and exit 1 (RbCommand in awscli/customizations/s3/subcommands.py).
 */
import { CliError, EXIT } from '../cliErrors.ts';
import { isS3Uri, parseS3Uri } from './s3Paths.ts';
import { printed, TRANSFER_FAILED, type S3Command } from './s3Command.ts';
import { errorLine } from './s3Session.ts';
import { invalidArgumentType } from './mb.ts';
import { removeObjects } from './rm.ts';

export const rb: S3Command = {
  spec: { positionals: ['path'], flags: ['--force'], withValue: [] },
  async run(args, session) {
    const path = args.paths[0]!;
    if (!isS3Uri(path)) throw invalidArgumentType();
    const { bucket, key } = parseS3Uri(path.replace(/\/$/, ''));
    if (key !== '') throw new CliError(`\nPlease specify a valid bucket name only. E.g. s3://${bucket}\n`, EXIT.other);
    let stdout = '';
    if (args.flags.has('--force')) {
      const removed = await removeObjects(session, { bucket, key: '' }, true);
      // The CLI stops with a RuntimeError (exit 255) when the objects could not all be removed (RbCommand._force).
      if (removed.exitCode !== 0) return printed(removed.stdout, `${removed.stderr}\nremove_bucket failed: Unable to delete all objects in the bucket, bucket will not be deleted.\n`, EXIT.other);
      stdout = removed.stdout;
    }
    try {
      await session.call('DeleteBucket', { Bucket: bucket });
      return printed(`${stdout}remove_bucket: ${bucket}\n`);
    } catch (error) {
      return printed(stdout, `remove_bucket failed: ${path} ${errorLine(error)}\n`, TRANSFER_FAILED);
    }
  },
};
