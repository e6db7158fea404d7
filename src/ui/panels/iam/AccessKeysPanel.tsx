/**
 * Security credentials › Access keys: list, Create access key (the secret is shown once, with
 * the console's warning), Deactivate / Activate (iam:UpdateAccessKey) and Delete.
 */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import type { OutputOf } from '../../../client/engineClient.ts';
import { AwsErrorAlert } from '../../components/AwsErrorAlert.tsx';
import { useEngineQuery } from '../../hooks/useEngineQuery.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { useNotify } from '../../hooks/useNotify.ts';
import { useOperation } from '../../hooks/useOperation.ts';
import { listIam, type AccessKey } from '../../iam/iamApi.ts';
import { NewAccessKeyModal } from './NewAccessKeyModal.tsx';

type NewKey = OutputOf<'iam:CreateAccessKey'>['AccessKey'];

export function AccessKeysPanel({ userName }: { userName: string }) {
  const { locale, t } = useLocale();
  const notify = useNotify();
  const { run, pending } = useOperation();
  const [created, setCreated] = useState<NewKey>();
  const keys = useEngineQuery((client, as) => listIam(
    (Marker) => client.call('iam:ListAccessKeys', { UserName: userName, ...(Marker ? { Marker } : {}) }, { as }),
    (page) => page.AccessKeyMetadata,
  ), [userName]);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

  const create = async () => {
    const r = await run('iam:CreateAccessKey', { UserName: userName });
    if (r.ok) setCreated(r.value.AccessKey);
    else notify.error(r.error);
  };
  const setStatus = async (k: AccessKey, Status: 'Active' | 'Inactive') => {
    const r = await run('iam:UpdateAccessKey', { UserName: userName, AccessKeyId: k.AccessKeyId, Status });
    if (r.ok) notify.success(Status === 'Active' ? 'iam.keyActivated' : 'iam.keyDeactivated', { key: k.AccessKeyId });
    else notify.error(r.error);
  };
  const remove = async (k: AccessKey) => {
    const r = await run('iam:DeleteAccessKey', { UserName: userName, AccessKeyId: k.AccessKeyId });
    if (r.ok) notify.success('iam.keyDeleted', { key: k.AccessKeyId });
    else notify.error(r.error);
  };

  return (
    <>
      <Table<AccessKey>
        items={keys.value ?? []}
        trackBy="AccessKeyId"
        loading={keys.status === 'loading'}
        loadingText={t('table.loading')}
        ariaLabels={{ tableLabel: t('iam.accessKeys') }}
        empty={keys.error ? <AwsErrorAlert failure={keys.error} /> : <Box textAlign="center" color="inherit">{t('iam.noAccessKeys')}</Box>}
        header={
          <Header variant="h2" description={t('iam.accessKeysHelp')} actions={<Button loading={pending} onClick={() => void create()}>{t('iam.createAccessKey')}</Button>}>
            {t('iam.accessKeys')}
          </Header>
        }
        columnDefinitions={[
          { id: 'id', header: t('iam.accessKeyId'), cell: (k) => <Box variant="code">{k.AccessKeyId}</Box> },
          { id: 'status', header: t('iam.status'), cell: (k) => <StatusIndicator type={k.Status === 'Active' ? 'success' : 'stopped'}>{t(k.Status === 'Active' ? 'iam.active' : 'iam.inactive')}</StatusIndicator> },
          { id: 'created', header: t('iam.created'), cell: (k) => date.format(k.CreateDate) },
          {
            id: 'actions', header: t('iam.actions'), cell: (k) => (
              <SpaceBetween direction="horizontal" size="xs">
                <Button variant="inline-link" ariaLabel={`${t(k.Status === 'Active' ? 'iam.deactivate' : 'iam.activate')} ${k.AccessKeyId}`} onClick={() => void setStatus(k, k.Status === 'Active' ? 'Inactive' : 'Active')}>
                  {t(k.Status === 'Active' ? 'iam.deactivate' : 'iam.activate')}
                </Button>
                <Button variant="inline-link" ariaLabel={`${t('iam.delete')} ${k.AccessKeyId}`} onClick={() => void remove(k)}>{t('iam.delete')}</Button>
              </SpaceBetween>
            ),
          },
        ]}
      />
      <NewAccessKeyModal accessKey={created} onClose={() => setCreated(undefined)} />
    </>
  );
}
