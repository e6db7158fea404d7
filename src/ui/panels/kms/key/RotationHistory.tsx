/** Rotation history: the key's completed rotations (ListKeyRotations), newest first. */
import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Table from '@cloudscape-design/components/table';
import type { CallFailure, EngineClient } from '../../../../client/engineClient.ts';
import type { Result } from '../../../../shared/result.ts';
import { AwsErrorAlert } from '../../../components/AwsErrorAlert.tsx';
import { useEngineQuery } from '../../../hooks/useEngineQuery.ts';
import { useLocale } from '../../../hooks/useLocale.ts';
import type { RotationsListEntry } from '../../../kms/kmsApi.ts';
import { listAll } from '../../../kms/listAll.ts';

function loadRotations(client: EngineClient, as: string, keyId: string): Promise<Result<RotationsListEntry[], CallFailure>> {
  return listAll(async (Marker) => {
    const r = await client.call('kms:ListKeyRotations', { KeyId: keyId, ...(Marker ? { Marker } : {}) }, { as });
    return r.ok ? { ok: true, value: { items: r.value.Rotations, truncated: r.value.Truncated, nextMarker: r.value.NextMarker } } : r;
  });
}

export function RotationHistory({ keyId }: { keyId: string }) {
  const { locale, t } = useLocale();
  const rotations = useEngineQuery((client, as) => loadRotations(client, as, keyId), [keyId]);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
  const items = [...(rotations.value ?? [])].reverse();
  return (
    <Table
      variant="container"
      items={items}
      trackBy="KeyMaterialId"
      loading={rotations.status === 'loading'}
      loadingText={t('table.loading')}
      ariaLabels={{ tableLabel: t('rotation.history') }}
      header={<Header variant="h2" counter={`(${items.length})`}>{t('rotation.history')}</Header>}
      empty={rotations.error ? <AwsErrorAlert failure={rotations.error} /> : <Box textAlign="center">{t('rotation.none')}</Box>}
      columnDefinitions={[
        { id: 'date', header: t('rotation.date'), cell: (r) => (r.RotationDate ? date.format(r.RotationDate) : '-') },
        { id: 'type', header: t('rotation.type'), cell: (r) => r.RotationType ?? '-' },
        { id: 'material', header: t('detail.currentMaterial'), cell: (r) => <Box variant="code" fontSize="body-s">{r.KeyMaterialId}</Box> },
        { id: 'state', header: t('keys.status'), cell: (r) => r.KeyMaterialState },
      ]}
    />
  );
}
