/**
 * `aws s3 ls [s3://bucket[/prefix]]` — buckets with their creation time, or one level of a
 * bucket (PRE lines, then objects by base name), or everything under it with --recursive.
 * Service errors are not transfer failures: they print as any CLI error (exit 254). With a
 * key given and nothing matching, ls exits 1 (ListCommand._check_no_objects).
 */
import { integerValue } from './s3Args.ts';
import { listPages } from './listAll.ts';
import { lastModifiedText, objectLine, prefixLine, summaryText } from './formatListing.ts';
import { parseS3Uri } from './s3Paths.ts';
import { printed, type S3Command } from './s3Command.ts';

type Buckets = { Buckets?: { Name: string; CreationDate: Date }[] };

export const ls: S3Command = {
  spec: { positionals: ['paths'], optional: 1, flags: ['--recursive', '--human-readable', '--summarize', '--request-payer'], withValue: ['--page-size'] },
  async run(args, session) {
    const { bucket, key } = parseS3Uri(args.paths[0] ?? 's3://');
    const human = args.flags.has('--human-readable');
    let out = '';
    let objects = 0;
    let bytes = 0;
    let empty = true;
    if (bucket === '') {
      const { Buckets = [] } = await session.call<Buckets>('ListBuckets', {});
      for (const b of Buckets) out += `${lastModifiedText(b.CreationDate)} ${b.Name}\n`;
    } else {
      const recursive = args.flags.has('--recursive');
      const pages = listPages(session, { bucket, prefix: key, ...(recursive ? {} : { delimiter: '/' }), pageSize: integerValue(args, '--page-size') });
      for await (const page of pages) {
        for (const p of page.CommonPrefixes ?? []) out += prefixLine(p.Prefix);
        for (const o of page.Contents ?? []) {
          out += objectLine(o.LastModified, o.Size, recursive ? o.Key : (o.Key.split('/').at(-1) ?? ''), human);
          objects += 1;
          bytes += o.Size;
        }
        if ((page.Contents?.length ?? 0) + (page.CommonPrefixes?.length ?? 0) > 0) empty = false;
      }
    }
    if (args.flags.has('--summarize')) out += summaryText(objects, bytes, human);
    return printed(out, '', key !== '' && empty ? 1 : 0);
  },
};
