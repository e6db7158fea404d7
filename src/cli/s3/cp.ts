/**
 * `aws s3 cp` and `aws s3 mv`: each transfer prints `upload: ./x to s3://b/x`, `download: …`
 * or `copy: …` (`move: …` for mv, which then deletes the source); a failed one prints
 * `upload failed: ./x to s3://b/x <error>` and the command exits 1 once the rest are done.
 * --sse, --sse-kms-key-id and --content-type become the PutObject/CopyObject parameters.
 * Files go up in one PutObject (the CLI switches to multipart above 8 MiB; lab files are small).
 */
import { CliError } from '../cliErrors.ts';
import type { S3Args } from './s3Args.ts';
import { printed, TRANSFER_FAILED, type S3Command } from './s3Command.ts';
import { errorLine, type S3Session } from './s3Session.ts';
import { guessContentType } from './contentType.ts';
import { fatal } from './rm.ts';
import { headObjectError } from './transferErrors.ts';
import { planTransfers, shownFrom, shownTo, type Transfer } from './transferPlan.ts';

type Body = { transformToByteArray(): Promise<Uint8Array> };

const encryptionOf = (args: S3Args) => ({
  ...(args.values.has('--sse') ? { ServerSideEncryption: args.values.get('--sse') } : {}),
  ...(args.values.has('--sse-kms-key-id') ? { SSEKMSKeyId: args.values.get('--sse-kms-key-id') } : {}),
  ...(args.values.has('--acl') ? { ACL: args.values.get('--acl') } : {}),
});

const copySource = (bucket: string, key: string) => `${bucket}/${key.split('/').map(encodeURIComponent).join('/')}`;

async function perform(t: Transfer, args: S3Args, session: S3Session): Promise<void> {
  const contentType = args.values.get('--content-type');
  if (t.kind === 'upload') {
    const type = contentType ?? guessContentType(t.from);
    const body = session.env.workspace.read(t.from) ?? new Uint8Array();
    await session.call('PutObject', { Bucket: t.to.bucket, Key: t.to.key, Body: body, ...(type ? { ContentType: type } : {}), ...encryptionOf(args) });
  } else if (t.kind === 'download') {
    const got = await session.call<{ Body: Body }>('GetObject', { Bucket: t.from.bucket, Key: t.from.key });
    session.env.workspace.write(t.to, await got.Body.transformToByteArray());
  } else {
    const replace = contentType ? { ContentType: contentType, MetadataDirective: 'REPLACE' } : {};
    await session.call('CopyObject', { Bucket: t.to.bucket, Key: t.to.key, CopySource: copySource(t.from.bucket, t.from.key), ...replace, ...encryptionOf(args) });
  }
}

async function removeSource(t: Transfer, session: S3Session): Promise<void> {
  if (t.kind === 'upload') session.env.workspace.remove(t.from);
  else await session.call('DeleteObject', { Bucket: t.from.bucket, Key: t.from.key });
}

function transferCommand(move: boolean): S3Command {
  return {
    spec: {
      positionals: ['paths', 'paths'],
      flags: ['--recursive', '--quiet', '--only-show-errors', '--no-progress'],
      withValue: ['--sse', '--sse-kms-key-id', '--content-type', '--acl', '--storage-class', '--metadata-directive', '--page-size'],
    },
    async run(args, session) {
      const [source, dest] = args.paths as [string, string];
      const recursive = args.flags.has('--recursive');
      let transfers: Transfer[];
      try {
        transfers = await planTransfers(session, source, dest, recursive);
        // A single S3 source is looked up first, so a missing key fails before anything is written.
        const single = transfers[0];
        if (!recursive && single && single.kind !== 'upload') {
          await session.call('HeadObject', { Bucket: single.from.bucket, Key: single.from.key }).catch((error: unknown) => {
            throw new CliError(headObjectError(error, single.from.key), TRANSFER_FAILED);
          });
        }
      } catch (error) {
        if (error instanceof CliError && error.exitCode === TRANSFER_FAILED) return printed('', `fatal error: ${error.stderr}\n`, TRANSFER_FAILED);
        if (error instanceof CliError && !/^\nAn error occurred/.test(error.stderr)) throw error;
        return fatal(error);
      }
      const verb = (t: Transfer) => (move ? 'move' : t.kind);
      let stdout = '';
      let stderr = '';
      for (const t of transfers) {
        try {
          await perform(t, args, session);
          if (move) await removeSource(t, session);
          stdout += `${verb(t)}: ${shownFrom(t)} to ${shownTo(t)}\n`;
        } catch (error) {
          stderr += `${verb(t)} failed: ${shownFrom(t)} to ${shownTo(t)} ${errorLine(error)}\n`;
        }
      }
      const quiet = args.flags.has('--quiet') || args.flags.has('--only-show-errors');
      return printed(quiet ? '' : stdout, args.flags.has('--quiet') ? '' : stderr, stderr === '' ? 0 : TRANSFER_FAILED);
    },
  };
}

export const cp = transferCommand(false);
export const mv = transferCommand(true);
