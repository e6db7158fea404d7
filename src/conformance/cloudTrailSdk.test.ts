/**
 * The real @aws-sdk/client-cloudtrail in process, and the real AWS CLI over the loopback
 * endpoint, finding a KMS call in event history with the caller's own User-Agent.
 */
import { CloudTrailClient, LookupEventsCommand, TrailNotFoundException, GetTrailCommand } from '@aws-sdk/client-cloudtrail';
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { execFile } from 'node:child_process';
import { expect, it } from 'vitest';
import { createSdkRequestHandler } from '../client/sdkRequestHandler.ts';
import { createAccount, randomIds, systemClock } from '../engine/index.ts';
import { serveLoopback } from '../node/serveLoopback.ts';
import { ADMIN, REGION, rejection } from './kmsTransports.ts';
import { ADMIN_CLI_ENV, hasAws } from './installedTools.ts';

const newAccount = () => createAccount({ clock: systemClock, ids: randomIds(globalThis.crypto), crypto: globalThis.crypto });

it('finds a KMS CreateKey with LookupEvents through the real CloudTrail client in process', async () => {
  const account = await newAccount();
  const requestHandler = createSdkRequestHandler(account);
  const kms = new KMSClient({ region: REGION, credentials: ADMIN, requestHandler, maxAttempts: 1 });
  const cloudtrail = new CloudTrailClient({ region: REGION, credentials: ADMIN, requestHandler, maxAttempts: 1 });
  const { KeyMetadata, $metadata } = await kms.send(new CreateKeyCommand({ Description: 'audited' }));
  const { Events } = await cloudtrail.send(new LookupEventsCommand({ LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: 'CreateKey' }] }));
  expect(Events).toHaveLength(1);
  const event = Events![0]!;
  expect(event).toMatchObject({ EventName: 'CreateKey', EventSource: 'kms.amazonaws.com', ReadOnly: 'false', Username: 'Admin', AccessKeyId: ADMIN.accessKeyId });
  expect(event.EventTime).toBeInstanceOf(Date);
  expect(event.Resources).toEqual([{ ResourceType: 'AWS::KMS::Key', ResourceName: KeyMetadata!.Arn }]);
  const record = JSON.parse(event.CloudTrailEvent!) as Record<string, unknown>;
  expect(record).toMatchObject({ requestID: $metadata.requestId, sourceIPAddress: '127.0.0.1', requestParameters: { description: 'audited' } });
  expect(record.userAgent).toMatch(/aws-sdk-js/);

  const missing = await rejection(cloudtrail.send(new GetTrailCommand({ Name: 'nope' })));
  expect(missing).toBeInstanceOf(TrailNotFoundException);
  expect(missing.message).toBe('Unknown trail: nope for the user: 111122223333');
});

if (!hasAws) console.warn('cloudTrailSdk.test.ts: the AWS CLI check is skipped because `aws` is not installed on this machine.');

it.skipIf(!hasAws)('answers `aws cloudtrail lookup-events` from the real AWS CLI with the CLI call it recorded', async () => {
  const account = await newAccount();
  const server = await serveLoopback(account, 0);
  try {
    const env = ADMIN_CLI_ENV;
    // Asynchronous: the endpoint answers from this same process, so its event loop must keep running.
    const aws = (args: string[]) => new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile('aws', ['--endpoint-url', server.url, '--output', 'json', ...args], { env, encoding: 'utf8' }, (error, stdout, stderr) =>
        resolve({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }));
    });
    expect((await aws(['kms', 'create-key', '--description', 'from the cli'])).status).toBe(0);
    const result = await aws(['cloudtrail', 'lookup-events', '--lookup-attributes', 'AttributeKey=EventSource,AttributeValue=kms.amazonaws.com']);
    expect(result.status, result.stderr).toBe(0);
    const { Events } = JSON.parse(result.stdout) as { Events: { EventName: string; CloudTrailEvent: string }[] };
    expect(Events.map((e) => e.EventName)).toEqual(['CreateKey']);
    const record = JSON.parse(Events[0]!.CloudTrailEvent) as { userAgent: string; requestParameters: unknown };
    expect(record.userAgent).toMatch(/^aws-cli\//);
    expect(record.requestParameters).toEqual({ description: 'from the cli' });
    const missing = await aws(['cloudtrail', 'get-trail-status', '--name', 'nope']);
    expect(missing.status).toBe(255);
    expect(missing.stderr.trim()).toBe('An error occurred (TrailNotFoundException) when calling the GetTrailStatus operation: Unknown trail: arn:aws:cloudtrail:us-east-1:111122223333:trail/nope for the user: 111122223333');
  } finally {
    await server.close();
  }
});
