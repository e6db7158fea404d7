/** IAM › Roles: the account's roles, as iam:ListRoles returns them. */
import { AppLink } from '../../components/AppLink.tsx';
import { useEngineQuery } from '../../hooks/useEngineQuery.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { loadRoles, type IamRole } from '../../iam/iamApi.ts';
import { ListPage } from '../../components/ListPage.tsx';

export function RolesPage() {
  const { locale, t } = useLocale();
  const roles = useEngineQuery(loadRoles, []);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <ListPage<IamRole>
      title={t('iam.roles')} description={t('iam.rolesDescription')}
      items={roles.value ?? []} status={roles.status} error={roles.error} refresh={roles.refresh}
      trackBy="RoleName" createLabel={t('iam.createRole')} createHref="/iam/roles/create"
      empty={t('iam.noRoles')} filterPlaceholder={t('iam.filterRoles')}
      columns={[
        { id: 'name', header: t('iam.roleName'), cell: (r) => <AppLink href={`/iam/roles/${encodeURIComponent(r.RoleName)}`}>{r.RoleName}</AppLink>, sortingField: 'RoleName', sortText: (r) => r.RoleName, filterText: (r) => r.RoleName },
        { id: 'description', header: t('iam.description'), cell: (r) => r.Description || '-', filterText: (r) => r.Description ?? '' },
        { id: 'created', header: t('iam.created'), cell: (r) => date.format(r.CreateDate), sortingField: 'CreateDate', sortText: (r) => new Date(r.CreateDate).toISOString() },
      ]}
    />
  );
}
