/**
 * The cost of CloudTrail recording per call (ISSUE 3): building one Encrypt record in AWS's
 * shape (model-driven requestParameters, resources, keyMaterialId) and storing it in event
 * history and in a logging trail, without the rest of dispatch. Also the record's JSON size,
 * which is what event history and log files carry per call.
 */
import { createAccount, dispatch, randomIds, systemClock, type Account } from '../src/engine/index.ts';
import { recordCall, type RecordedCall } from '../src/engine/cloudtrail/recordCall.ts';
import type { OperationContext } from '../src/engine/operation.ts';
import { PLAINTEXT } from './subjects.ts';

const ADMIN = { kind: 'accessKey', accessKeyId: 'AKIAIOSFODNN7EXAMPLE' } as const;

async function encryptCall(): Promise<{ ctx: OperationContext; call: RecordedCall }> {
  const account: Account = await createAccount({ clock: systemClock, ids: randomIds(globalThis.crypto), crypto: globalThis.crypto });
  const ok = async (action: string, input: object) => {
    const outcome = await dispatch(account, { action, input, caller: ADMIN });
    if (!outcome.ok) throw new Error(`${action}: ${outcome.error.code}`);
    return outcome.value as Record<string, unknown>;
  };
  const { KeyMetadata } = (await ok('kms:CreateKey', {})) as { KeyMetadata: { KeyId: string } };
  await ok('cloudtrail:CreateTrail', { Name: 'bench-trail', S3BucketName: 'bench-logs' }).catch(() => undefined);
  await ok('cloudtrail:StartLogging', { Name: 'bench-trail' }).catch(() => undefined);
  const input = { KeyId: KeyMetadata.KeyId, Plaintext: PLAINTEXT, EncryptionContext: { purpose: 'bench', team: 'kms' } };
  const output = await ok('kms:Encrypt', input);
  const principal = { type: 'IAMUser', arn: 'arn:aws:iam::111122223333:user/Admin', accountId: '111122223333', principalId: 'AIDASAMPLEADMINUSER01', userName: 'Admin', accessKeyId: ADMIN.accessKeyId } as const;
  const ctx: OperationContext = { account, principal, now: Date.now(), requestId: 'bench', source: { sourceIp: '127.0.0.1', userAgent: 'bench', secureTransport: true } };
  return { ctx, call: { input, output } };
}

export async function reportCloudTrailBench(seconds: number): Promise<void> {
  const { ctx, call } = await encryptCall();
  const { cloudtrail } = ctx.account.state;
  const trails = Object.values(cloudtrail.trails ?? {});
  const record = () => {
    recordCall(ctx, 'kms', 'Encrypt', undefined, call);
    // Keep memory flat so the figure is the recording, not a growing heap.
    if (cloudtrail.events.length >= 50_000) cloudtrail.events.length = 0;
    for (const trail of trails) if (trail.pending.length >= 50_000) trail.pending.length = 0;
  };
  for (let i = 0; i < 5000; i++) record();
  let count = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 500; i++) record();
    count += 500;
  }
  const perSecond = count / ((performance.now() - start) / 1000);
  const bytes = JSON.stringify(cloudtrail.events.at(-1)).length;
  const where = trails.length > 0 ? 'event history + 1 logging trail' : 'event history';
  console.log(`\nCloudTrail recording (Encrypt record, ${where}): ${(1e6 / perSecond).toFixed(2)} µs per call, ${Math.round(perSecond).toLocaleString('en-US')} records/s, ${bytes} bytes of JSON per record`);
}
