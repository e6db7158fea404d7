/**
 * The real, unmodified @aws-sdk/client-iam and client-sts against the engine, in process and
 * over the loopback endpoint: users and access keys, the new key's identity, AssumeRole and
 * a KMS call with the session's credentials, and IAM/STS errors as the SDK raises them.
 */
import {
  AttachRolePolicyCommand, CreateAccessKeyCommand, CreateRoleCommand, CreateUserCommand, EntityAlreadyExistsException, GetRolePolicyCommand,
  GetUserCommand, IAMClient, ListAccessKeysCommand, ListUsersCommand, NoSuchEntityException, PutRolePolicyCommand, type Tag,
} from '@aws-sdk/client-iam';
import { ListKeysCommand, KMSClient } from '@aws-sdk/client-kms';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient, STSServiceException } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSdkRequestHandler } from '../client/sdkRequestHandler.ts';
import { serveLoopback } from '../node/serveLoopback.ts';
import { ACCOUNT, ADMIN, REGION, rejection, type Credentials } from './kmsTransports.ts';
import { createAccount, randomIds, systemClock } from '../engine/index.ts';

type Clients = { iam(c?: Credentials): IAMClient; sts(c?: Credentials): STSClient; kms(c?: Credentials): KMSClient; close(): Promise<void> };

const newAccount = () => createAccount({ clock: systemClock, ids: randomIds(globalThis.crypto), crypto: globalThis.crypto });

async function inProcess(): Promise<Clients> {
  const requestHandler = createSdkRequestHandler(await newAccount());
  const options = (credentials: Credentials = ADMIN) => ({ region: REGION, credentials, requestHandler, maxAttempts: 1 });
  return { iam: (c) => new IAMClient(options(c)), sts: (c) => new STSClient(options(c)), kms: (c) => new KMSClient(options(c)), close: async () => {} };
}

async function overLoopback(): Promise<Clients> {
  const server = await serveLoopback(await newAccount(), 0);
  const options = (credentials: Credentials = ADMIN) => ({ region: REGION, credentials, endpoint: server.url, maxAttempts: 1 });
  return { iam: (c) => new IAMClient(options(c)), sts: (c) => new STSClient(options(c)), kms: (c) => new KMSClient(options(c)), close: () => server.close() };
}

const TRUST = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'sts:AssumeRole' }] });

describe.each([
  { name: 'in process', start: inProcess },
  { name: 'over the loopback endpoint', start: overLoopback },
])('IAM and STS through the real SDK $name', ({ start }) => {
  let clients: Clients;
  beforeAll(async () => {
    clients = await start();
  });
  afterAll(() => clients.close());

  it('creates a user and an access key that STS then names as the caller', async () => {
    const iam = clients.iam();
    const tags: Tag[] = [{ Key: 'team', Value: 'lab' }];
    const { User } = await iam.send(new CreateUserCommand({ UserName: 'alice', Tags: tags }));
    expect(User).toMatchObject({ UserName: 'alice', Path: '/', Arn: `arn:aws:iam::${ACCOUNT}:user/alice` });
    expect(User?.CreateDate).toBeInstanceOf(Date);
    const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: 'alice' }));
    const listed = await iam.send(new ListAccessKeysCommand({ UserName: 'alice' }));
    expect(listed.AccessKeyMetadata).toEqual([{ UserName: 'alice', AccessKeyId: AccessKey!.AccessKeyId, Status: 'Active', CreateDate: AccessKey!.CreateDate }]);
    const who = await clients.sts({ accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey! }).send(new GetCallerIdentityCommand({}));
    expect(who).toMatchObject({ UserId: User!.UserId, Account: ACCOUNT, Arn: User!.Arn });
    expect((await iam.send(new ListUsersCommand({}))).Users?.map((u) => u.UserName)).toContain('alice');
  });

  it('assumes a role and calls KMS with the session credentials', async () => {
    const iam = clients.iam();
    await iam.send(new CreateRoleCommand({ RoleName: 'KmsUsers', AssumeRolePolicyDocument: TRUST }));
    await iam.send(new AttachRolePolicyCommand({ RoleName: 'KmsUsers', PolicyArn: 'arn:aws:iam::aws:policy/AWSKeyManagementServicePowerUser' }));
    const out = await clients.sts().send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${ACCOUNT}:role/KmsUsers`, RoleSessionName: 'sdk-session', DurationSeconds: 900 }));
    expect(out.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${ACCOUNT}:assumed-role/KmsUsers/sdk-session`);
    expect(out.Credentials?.Expiration).toBeInstanceOf(Date);
    const session = { accessKeyId: out.Credentials!.AccessKeyId!, secretAccessKey: out.Credentials!.SecretAccessKey!, sessionToken: out.Credentials!.SessionToken! };
    expect((await clients.sts(session).send(new GetCallerIdentityCommand({}))).Arn).toBe(out.AssumedRoleUser?.Arn);
    expect((await clients.kms(session).send(new ListKeysCommand({}))).Keys).toBeDefined();
    const noToken = { accessKeyId: session.accessKeyId, secretAccessKey: session.secretAccessKey };
    const error = await rejection(clients.sts(noToken).send(new GetCallerIdentityCommand({})));
    expect({ name: error.name, message: error.message, status: error.$metadata.httpStatusCode })
      .toEqual({ name: 'InvalidClientTokenId', message: 'The security token included in the request is invalid.', status: 403 });
  });

  it('returns an inline policy document URL-encoded, as IAM does', async () => {
    const iam = clients.iam();
    await iam.send(new CreateRoleCommand({ RoleName: 'Encoded', AssumeRolePolicyDocument: TRUST }));
    const document = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"kms:Describe*","Resource":"*"}]}';
    await iam.send(new PutRolePolicyCommand({ RoleName: 'Encoded', PolicyName: 'read', PolicyDocument: document }));
    const { PolicyDocument } = await iam.send(new GetRolePolicyCommand({ RoleName: 'Encoded', PolicyName: 'read' }));
    expect(decodeURIComponent(PolicyDocument!)).toBe(document);
  });

  it('raises NoSuchEntityException and EntityAlreadyExistsException with AWS messages and statuses', async () => {
    const iam = clients.iam();
    const missing = await rejection(iam.send(new GetUserCommand({ UserName: 'bob' })));
    expect(missing).toBeInstanceOf(NoSuchEntityException);
    expect({ message: missing.message, status: missing.$metadata.httpStatusCode, fault: missing.$fault })
      .toEqual({ message: 'The user with name bob cannot be found.', status: 404, fault: 'client' });
    expect(missing.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
    await iam.send(new CreateUserCommand({ UserName: 'twice' }));
    const twice = await rejection(iam.send(new CreateUserCommand({ UserName: 'twice' })));
    expect(twice).toBeInstanceOf(EntityAlreadyExistsException);
    expect([twice.message, twice.$metadata.httpStatusCode]).toEqual(['User with name twice already exists.', 409]);
  });

  it('raises AccessDenied from AssumeRole and SignatureDoesNotMatch for a wrong secret', async () => {
    const denied = await rejection(clients.sts().send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${ACCOUNT}:role/Nobody`, RoleSessionName: 'x1' })));
    expect(denied).toBeInstanceOf(STSServiceException);
    expect({ name: denied.name, status: denied.$metadata.httpStatusCode, message: denied.message }).toEqual({
      name: 'AccessDenied',
      status: 403,
      message: `User: arn:aws:iam::${ACCOUNT}:user/Admin is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${ACCOUNT}:role/Nobody`,
    });
    const wrong = await rejection(clients.iam({ ...ADMIN, secretAccessKey: 'x'.repeat(40) }).send(new ListUsersCommand({})));
    expect([wrong.name, wrong.$metadata.httpStatusCode]).toEqual(['SignatureDoesNotMatch', 403]);
  });
});
