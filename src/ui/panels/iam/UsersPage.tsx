/** IAM › Users: the account's users, as iam:ListUsers returns them. */
import { AppLink } from '../../components/AppLink.tsx';
import { useEngineQuery } from '../../hooks/useEngineQuery.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { loadUsers, type IamUser } from '../../iam/iamApi.ts';
import { ListPage } from '../../components/ListPage.tsx';

export function UsersPage() {
  const { locale, t } = useLocale();
  const users = useEngineQuery(loadUsers, []);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <ListPage<IamUser>
      title={t('iam.users')} description={t('iam.usersDescription')}
      items={users.value ?? []} status={users.status} error={users.error} refresh={users.refresh}
      trackBy="UserName" createLabel={t('iam.createUser')} createHref="/iam/users/create"
      empty={t('iam.noUsers')} filterPlaceholder={t('iam.filterUsers')}
      columns={[
        { id: 'name', header: t('iam.userName'), cell: (u) => <AppLink href={`/iam/users/${encodeURIComponent(u.UserName)}`}>{u.UserName}</AppLink>, sortingField: 'UserName', sortText: (u) => u.UserName, filterText: (u) => u.UserName },
        { id: 'arn', header: 'ARN', cell: (u) => u.Arn, filterText: (u) => u.Arn },
        { id: 'created', header: t('iam.created'), cell: (u) => date.format(u.CreateDate), sortingField: 'CreateDate', sortText: (u) => new Date(u.CreateDate).toISOString() },
      ]}
    />
  );
}
