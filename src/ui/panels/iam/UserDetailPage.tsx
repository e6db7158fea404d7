/** IAM › Users › name: Summary, then Permissions, Groups and Security credentials tabs. */
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Table from '@cloudscape-design/components/table';
import Tabs from '@cloudscape-design/components/tabs';
import { AwsErrorAlert } from '../../components/AwsErrorAlert.tsx';
import { AwsErrorDetails } from '../../components/AwsErrorDetails.tsx';
import { useEngineQuery } from '../../hooks/useEngineQuery.ts';
import { CopyInline } from '../../components/CopyInline.tsx';
import { useLocale } from '../../hooks/useLocale.ts';
import { AccessKeysPanel } from './AccessKeysPanel.tsx';
import { PermissionsPanel } from './PermissionsPanel.tsx';

export function UserDetailPage({ userName }: { userName: string }) {
  const { locale, t } = useLocale();
  const user = useEngineQuery(async (client, as) => {
    const [u, groups] = await Promise.all([
      client.call('iam:GetUser', { UserName: userName }, { as }),
      client.call('iam:ListGroupsForUser', { UserName: userName }, { as }),
    ]);
    if (!u.ok) return u;
    // A caller who may read the user but not its groups sees why in the Groups table.
    return { ok: true, value: { user: u.value.User, groups: groups.ok ? groups.value.Groups : [], groupsFailure: groups.ok ? undefined : groups.error } };
  }, [userName]);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'medium' });

  if (user.status === 'loading') return <Spinner size="large" />;
  if (user.status === 'error') return <Alert type="error" header={user.error.code}><AwsErrorDetails failure={user.error} /></Alert>;
  const { user: u, groups, groupsFailure } = user.value;
  return (
    <ContentLayout header={<Header variant="h1">{u.UserName}</Header>}>
      <SpaceBetween size="l">
        <Container header={<Header variant="h2">{t('iam.summary')}</Header>}>
          <KeyValuePairs columns={3} items={[
            { label: 'ARN', value: <CopyInline text={u.Arn} name="ARN" /> },
            { label: t('iam.created'), value: date.format(u.CreateDate) },
            { label: t('iam.userId'), value: u.UserId },
          ]} />
        </Container>
        <Tabs
          ariaLabel={t('iam.userTabs')}
          tabs={[
            { id: 'permissions', label: t('iam.permissions'), content: <PermissionsPanel holder={{ kind: 'user', name: u.UserName }} /> },
            {
              id: 'groups', label: t('iam.groups'), content: (
                <Table
                  items={groups}
                  trackBy="GroupName"
                  ariaLabels={{ tableLabel: t('iam.groupMembership') }}
                  header={<Header variant="h2" counter={`(${groups.length})`}>{t('iam.groupMembership')}</Header>}
                  empty={groupsFailure ? <AwsErrorAlert failure={groupsFailure} /> : <Box textAlign="center" color="inherit">{t('iam.noGroups')}</Box>}
                  columnDefinitions={[{ id: 'name', header: t('iam.groupName'), cell: (g) => g.GroupName }, { id: 'arn', header: 'ARN', cell: (g) => g.Arn }]}
                />
              ),
            },
            { id: 'credentials', label: t('iam.securityCredentials'), content: <AccessKeysPanel userName={u.UserName} /> },
          ]}
        />
      </SpaceBetween>
    </ContentLayout>
  );
}
