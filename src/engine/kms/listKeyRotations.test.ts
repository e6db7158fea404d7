import { describe, expect, it } from 'vitest';
import { testAccount } from '../testing/testAccount.ts';
import { DAY, putTestKey, TEST_START } from './testKeys.ts';

describe('kms:ListKeyRotations', () => {
  it('lists no rotations for a key that was never rotated', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    expect(await t.ok('kms:ListKeyRotations', { KeyId: key.keyId })).toEqual({ Rotations: [], Truncated: false });
  });

  it('lists each rotation with its date and type, the newest material marked CURRENT', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    await t.ok('kms:RotateKeyOnDemand', { KeyId: key.keyId });
    await t.advanceDays(10);
    await t.ok('kms:RotateKeyOnDemand', { KeyId: key.keyId });
    const { Rotations } = await t.ok('kms:ListKeyRotations', { KeyId: key.arn });
    expect(Rotations.map((r) => [r.KeyId, r.RotationType, r.RotationDate, r.KeyMaterialState])).toEqual([
      [key.keyId, 'ON_DEMAND', new Date(TEST_START), 'NON_CURRENT'],
      [key.keyId, 'ON_DEMAND', new Date(TEST_START + 10 * DAY), 'CURRENT'],
    ]);
    expect(Rotations[1]?.KeyMaterialId).toMatch(/^[0-9a-f]{64}$/);
  });

  it('includes the first material with ALL_KEY_MATERIAL', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    const { Rotations } = await t.ok('kms:ListKeyRotations', { KeyId: key.keyId, IncludeKeyMaterial: 'ALL_KEY_MATERIAL' });
    expect(Rotations).toEqual([{ KeyId: key.keyId, KeyMaterialId: key.materials[0]?.materialId, KeyMaterialState: 'CURRENT' }]);
  });

  it('pages with Limit and NextMarker until Truncated is false', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    for (let i = 0; i < 5; i++) await t.ok('kms:RotateKeyOnDemand', { KeyId: key.keyId });
    const seen: string[] = [];
    let Marker: string | undefined;
    for (let pages = 1; ; pages++) {
      const page = await t.ok('kms:ListKeyRotations', { KeyId: key.keyId, Limit: 2, ...(Marker ? { Marker } : {}) });
      seen.push(...page.Rotations.map((r) => r.KeyMaterialId));
      if (!page.Truncated) {
        expect(pages).toBe(3);
        break;
      }
      Marker = page.NextMarker;
    }
    expect(seen).toEqual(key.materials.slice(1).map((m) => m.materialId));
  });

  it('rejects a marker it did not make, a bad Limit and an unknown key', async () => {
    const t = await testAccount();
    const key = await putTestKey(t);
    await t.ok('kms:RotateKeyOnDemand', { KeyId: key.keyId });
    await t.fails('kms:ListKeyRotations', { KeyId: key.keyId, Marker: 'abc' }, 'InvalidMarkerException');
    await t.fails('kms:ListKeyRotations', { KeyId: key.keyId, Limit: 0 }, 'ValidationException', /'limit'.*greater than or equal to 1/);
    await t.fails('kms:ListKeyRotations', { KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab' }, 'NotFoundException', /does not exist/);
  });
});
