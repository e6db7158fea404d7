/**
 * `aws s3 mb s3://bucket` — CreateBucket, with a LocationConstraint outside us-east-1.
 * Prints `make_bucket: name`; a failure prints `make_bucket failed: s3://name <error>` to
 * stderr and exits 1 (MbCommand in awscli/customizations/s3/subcommands.py).
 */
import { CliError, EXIT } from '../cliErrors.ts';
import { isS3Uri, parseS3Uri } from './s3Paths.ts';
import { printed, TRANSFER_FAILED, type S3Command } from './s3Command.ts';
import { errorLine } from './s3Session.ts';

export const invalidArgumentType = () => new CliError('\n<S3Uri>\nError: Invalid argument type\n', EXIT.other);

export const mb: S3Command = {
  spec: { positionals: ['path'], flags: [], withValue: [] },
  async run(args, session) {
    const path = args.paths[0]!;
    if (!isS3Uri(path)) throw invalidArgumentType();
    const { bucket } = parseS3Uri(path);
    const location = session.region === 'us-east-1' ? {} : { CreateBucketConfiguration: { LocationConstraint: session.region } };
    try {
      await session.call('CreateBucket', { Bucket: bucket, ...location });
      return printed(`make_bucket: ${bucket}\n`);
    } catch (error) {
      return printed('', `make_bucket failed: ${path} ${errorLine(error)}\n`, TRANSFER_FAILED);
    }
  },
};
