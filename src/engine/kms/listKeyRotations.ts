/**
 * kms:ListKeyRotations — the completed rotations of a key, oldest first, paginated with
 * Limit/Marker like every KMS list. ALL_KEY_MATERIAL adds the key's first material.
 */
import type { OperationContext } from '../operation.ts';
import { kmsError } from './kmsErrors.ts';
import { notInEnum, outOfRange } from './cryptoErrors.ts';
import { asInput, optionalInteger, optionalString, required } from './kmsInput.ts';
import { findKeyOrThrow } from './resolveKey.ts';
import type { KeyMaterial, KmsKey } from './state.ts';

export type ListKeyRotationsInput = { KeyId: string; IncludeKeyMaterial?: string; Limit?: number; Marker?: string };
export type RotationsListEntry = {
  KeyId: string;
  KeyMaterialId: string;
  KeyMaterialState: 'CURRENT' | 'NON_CURRENT';
  RotationDate?: Date;
  RotationType?: 'AUTOMATIC' | 'ON_DEMAND';
};
export type ListKeyRotationsOutput = { Rotations: RotationsListEntry[]; Truncated: boolean; NextMarker?: string };

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;
const INCLUDE = ['ALL_KEY_MATERIAL', 'ROTATIONS_ONLY'] as const;

function entryOf(key: KmsKey, material: KeyMaterial): RotationsListEntry {
  const current = key.materials.at(-1) === material;
  return {
    KeyId: key.keyId,
    KeyMaterialId: material.materialId,
    KeyMaterialState: current ? 'CURRENT' : 'NON_CURRENT',
    ...(material.rotationType ? { RotationDate: new Date(material.createdAt), RotationType: material.rotationType } : {}),
  };
}

/** Markers are positions in the list; anything else was not made by this operation. */
function startOf(marker: string | undefined, length: number): number {
  if (marker === undefined) return 0;
  const at = /^\d{1,6}$/.test(marker) ? Number(marker) : NaN;
  if (!(at > 0 && at < length)) throw kmsError('InvalidMarkerException', '');
  return at;
}

export async function listKeyRotations(ctx: OperationContext, raw: ListKeyRotationsInput): Promise<ListKeyRotationsOutput> {
  const input = asInput(raw);
  const keyId = required(optionalString(input, 'KeyId'), 'keyId');
  const include = optionalString(input, 'IncludeKeyMaterial') ?? 'ROTATIONS_ONLY';
  const limit = optionalInteger(input, 'Limit') ?? DEFAULT_LIMIT;
  const marker = optionalString(input, 'Marker');
  if (!(INCLUDE as readonly string[]).includes(include)) throw notInEnum(include, 'includeKeyMaterial', INCLUDE);
  if (limit < 1 || limit > MAX_LIMIT) throw outOfRange(limit, 'limit', 1, MAX_LIMIT);
  const key = findKeyOrThrow(ctx, keyId);
  const materials = include === 'ALL_KEY_MATERIAL' ? key.materials : key.materials.filter((m) => m.rotationType);
  const start = startOf(marker, materials.length);
  const page = materials.slice(start, start + limit);
  const next = start + page.length;
  const truncated = next < materials.length;
  return { Rotations: page.map((m) => entryOf(key, m)), Truncated: truncated, ...(truncated ? { NextMarker: String(next) } : {}) };
}
