/** The bucket ACL by grantee (bucket owner, Everyone, Authenticated users group) and permission. */
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useLocale } from '../../../hooks/useLocale.ts';
import { ALL_USERS, AUTHENTICATED_USERS, groupOf, type Grant, type ObjectOwnership } from '../../../s3/s3Api.ts';

type Row = { readonly id: string; readonly grantee: string; readonly permissions: string };

/** `loading` while GetBucketAcl has not answered; its failure is the Permissions tab's to show. */
export function AclSummary({ grants, ownership, loading = false }: { grants: readonly Grant[]; ownership?: ObjectOwnership; loading?: boolean }) {
  const { t } = useLocale();
  const granteeOf = (g: Grant) => groupOf(g) === ALL_USERS ? t('s3.acl.everyone') : groupOf(g) === AUTHENTICATED_USERS ? t('s3.acl.authenticated') : t('s3.acl.owner');
  const rows = new Map<string, string[]>();
  for (const g of grants) rows.set(granteeOf(g), [...(rows.get(granteeOf(g)) ?? []), g.Permission ?? '']);
  const items: Row[] = [...rows].map(([grantee, permissions]) => ({ id: grantee, grantee, permissions: permissions.join(', ') }));
  return (
    <SpaceBetween size="s">
      {ownership === 'BucketOwnerEnforced' && <Alert type="info">{t('s3.acl.disabledInfo')}</Alert>}
      <Table<Row>
        variant="embedded"
        ariaLabels={{ tableLabel: t('s3.acl.title') }}
        items={items}
        trackBy="id"
        loading={loading}
        loadingText={t('table.loading')}
        empty={<Box textAlign="center" color="inherit">{t('s3.acl.noGrants')}</Box>}
        columnDefinitions={[
          { id: 'grantee', header: t('s3.acl.grantee'), cell: (r) => r.grantee, isRowHeader: true },
          { id: 'permissions', header: t('s3.acl.permissions'), cell: (r) => r.permissions },
        ]}
      />
    </SpaceBetween>
  );
}
