/**
 * Grants through the real @aws-sdk/client-kms and the in-process requestHandler: CreateGrant's
 * response, ListGrants' entries as the SDK parses them, RetireGrant by token, and the SDK's
 * typed errors for the grant-specific failures.
 */
import {
  CreateGrantCommand, CreateKeyCommand, DryRunOperationException, InvalidArnException, InvalidGrantTokenException,
  ListGrantsCommand, ListRetirableGrantsCommand, RetireGrantCommand, RevokeGrantCommand, type KMSClient,
} from '@aws-sdk/client-kms';
import { beforeAll, describe, expect, it } from 'vitest';
import { inProcessTransport, keyArn, rejection } from './kmsTransports.ts';

const ADMIN_ARN = 'arn:aws:iam::111122223333:user/Admin';
const ROOT = 'arn:aws:iam::111122223333:root';

describe('KMS grants through the real SDK in process', () => {
  let kms: KMSClient;
  let keyId: string;
  beforeAll(async () => {
    kms = (await inProcessTransport()).client();
    keyId = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!.KeyId!;
  });

  it('creates a grant, lists it with every GrantListEntry field, and retires it by token', async () => {
    const created = await kms.send(new CreateGrantCommand({
      KeyId: keyId, GranteePrincipal: ADMIN_ARN, RetiringPrincipal: ROOT, Operations: ['Encrypt', 'Decrypt'],
      Constraints: { EncryptionContextSubset: { Department: 'IT' } }, Name: 'sdk-grant',
    }));
    expect(created.$metadata.httpStatusCode).toBe(200);
    expect(created.GrantId).toMatch(/^[0-9a-f]{64}$/);
    expect(created.GrantToken).toMatch(/^AQpA/);

    const { Grants, Truncated } = await kms.send(new ListGrantsCommand({ KeyId: keyArn(keyId) }));
    expect(Truncated).toBe(false);
    expect(Grants).toEqual([{
      KeyId: keyArn(keyId), GrantId: created.GrantId, Name: 'sdk-grant', CreationDate: expect.any(Date), GranteePrincipal: ADMIN_ARN,
      RetiringPrincipal: ROOT, IssuingAccount: ROOT, Operations: ['Encrypt', 'Decrypt'], Constraints: { EncryptionContextSubset: { Department: 'IT' } },
    }]);
    const retirable = await kms.send(new ListRetirableGrantsCommand({ RetiringPrincipal: ROOT }));
    expect(retirable.Grants!.map((g) => g.GrantId)).toEqual([created.GrantId]);

    await kms.send(new RetireGrantCommand({ GrantToken: created.GrantToken }));
    expect((await kms.send(new ListGrantsCommand({ KeyId: keyId }))).Grants).toEqual([]);
  });

  it('raises the typed errors for a missing principal, a bad token and a dry run', async () => {
    const arnError = await rejection(kms.send(new CreateGrantCommand({ KeyId: keyId, GranteePrincipal: 'arn:aws:iam::111122223333:user/ghost', Operations: ['Decrypt'] })));
    expect(arnError).toBeInstanceOf(InvalidArnException);
    const tokenError = await rejection(kms.send(new RetireGrantCommand({ GrantToken: 'not-a-grant-token' })));
    expect(tokenError).toBeInstanceOf(InvalidGrantTokenException);
    const { GrantId } = await kms.send(new CreateGrantCommand({ KeyId: keyId, GranteePrincipal: ADMIN_ARN, Operations: ['Decrypt'] }));
    const dryRun = await rejection(kms.send(new RevokeGrantCommand({ KeyId: keyId, GrantId, DryRun: true })));
    expect(dryRun).toBeInstanceOf(DryRunOperationException);
    expect(dryRun.$metadata.httpStatusCode).toBe(412);
    await kms.send(new RevokeGrantCommand({ KeyId: keyId, GrantId }));
  });
});
