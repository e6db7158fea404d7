/** CLI v2 auto-pagination, end to end: many pages become one result; --max-items and --starting-token resume. */
import { beforeAll, describe, expect, it } from 'vitest';
import { fromUtf8 } from '../shared/bytes.ts';
import { createHeadlessLab, type HeadlessLab } from '../headless.ts';

let lab: HeadlessLab;

async function run(line: string) {
  const result = await lab.shell.run(line);
  return { stdout: fromUtf8(result.stdout), stderr: result.stderr, exitCode: result.exitCode };
}

const json = async (line: string) => JSON.parse((await run(line)).stdout) as Record<string, unknown> & { Contents?: { Key: string }[]; NextToken?: string };
const keys = (result: { Contents?: { Key: string }[] }) => result.Contents?.map((c) => c.Key);

beforeAll(async () => {
  lab = await createHeadlessLab({ 'x.txt': 'x' });
  await run('aws s3 mb s3://lab-bucket');
  for (const key of ['a', 'b', 'c', 'd', 'e']) await run(`aws s3 cp x.txt s3://lab-bucket/${key}`);
});

describe('auto-pagination (the CLI v2 default)', () => {
  it('follows ContinuationToken across pages of --page-size and prints only the merged results', async () => {
    const result = await json('aws s3api list-objects-v2 --bucket lab-bucket --page-size 2');
    expect(keys(result)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(Object.keys(result)).toEqual(['Contents']);
  });

  it('follows ListObjects v1 by the last key when S3 gives no NextMarker', async () => {
    expect(keys(await json('aws s3api list-objects --bucket lab-bucket --page-size 2'))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('stops at --max-items with a NextToken that --starting-token resumes from, even mid-page', async () => {
    const first = await json('aws s3api list-objects-v2 --bucket lab-bucket --page-size 2 --max-items 3');
    expect(keys(first)).toEqual(['a', 'b', 'c']);
    expect(JSON.parse(atob(first.NextToken!))).toMatchObject({ boto_truncate_amount: 1 });
    const rest = await json(`aws s3api list-objects-v2 --bucket lab-bucket --page-size 2 --starting-token ${first.NextToken}`);
    expect({ keys: keys(rest), next: rest.NextToken }).toEqual({ keys: ['d', 'e'], next: undefined });
  });

  it('with --no-paginate prints the first page as the service returned it', async () => {
    const page = await json('aws s3api list-objects-v2 --bucket lab-bucket --max-keys 2 --no-paginate');
    expect({ keys: keys(page), truncated: page.IsTruncated, hasToken: typeof page.NextContinuationToken }).toEqual({ keys: ['a', 'b'], truncated: true, hasToken: 'string' });
  });

  it('refuses a token it cannot read', async () => {
    const result = await run('aws s3api list-objects-v2 --bucket lab-bucket --starting-token nonsense');
    expect({ stderr: result.stderr, exitCode: result.exitCode }).toEqual({ stderr: '\nUnable to parse pagination token: nonsense\n', exitCode: 252 });
  });
});
