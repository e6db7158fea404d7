/**
 * How transfer commands report S3's answers. A HEAD request has no error body, so the CLI
 * names a missing source itself: `An error occurred (404) when calling the HeadObject
 * operation: Key "k" does not exist` (awscli's filegenerator); a refused one is botocore's
 * `(403) … Forbidden`.
 */
import { CliError } from '../cliErrors.ts';
import { errorLine } from './s3Session.ts';

export function headObjectError(error: unknown, key: string): string {
  const line = errorLine(error);
  if (/^An error occurred \((NotFound|NoSuchKey|NoSuchBucket|404)\)/.test(line)) return `An error occurred (404) when calling the HeadObject operation: Key "${key}" does not exist`;
  if (/^An error occurred \((Forbidden|AccessDenied|403)\)/.test(line)) return 'An error occurred (403) when calling the HeadObject operation: Forbidden';
  return line;
}

/** A local source that is not in the workspace (awscli raises this before any request; exit 255). */
export const missingLocalPath = (path: string) => new CliError(`\nThe user-provided path ${path} does not exist.\n`, 255);
