/** IAM › Roles › name: Summary, then Permissions and Trust relationships (the trust policy as JSON). */
import Alert from '@cloudscape-design/components/alert';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Tabs from '@cloudscape-design/components/tabs';
import { AwsErrorDetails } from '../../components/AwsErrorDetails.tsx';
import { JsonView } from '../../components/JsonView.tsx';
import { useEngineQuery } from '../../hooks/useEngineQuery.ts';
import { CopyInline } from '../../components/CopyInline.tsx';
import { useLocale } from '../../hooks/useLocale.ts';
import { prettyPolicy } from '../../iam/iamApi.ts';
import { PermissionsPanel } from './PermissionsPanel.tsx';

export function RoleDetailPage({ roleName }: { roleName: string }) {
  const { locale, t } = useLocale();
  const role = useEngineQuery((client, as) => client.call('iam:GetRole', { RoleName: roleName }, { as }), [roleName]);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'medium' });

  if (role.status === 'loading') return <Spinner size="large" />;
  if (role.status === 'error') return <Alert type="error" header={role.error.code}><AwsErrorDetails failure={role.error} /></Alert>;
  const r = role.value.Role;
  return (
    <ContentLayout header={<Header variant="h1" description={r.Description}>{r.RoleName}</Header>}>
      <SpaceBetween size="l">
        <Container header={<Header variant="h2">{t('iam.summary')}</Header>}>
          <KeyValuePairs columns={3} items={[
            { label: 'ARN', value: <CopyInline text={r.Arn} name="ARN" /> },
            { label: t('iam.created'), value: date.format(r.CreateDate) },
            { label: t('iam.maxSession'), value: t('iam.hours', { count: r.MaxSessionDuration / 3600 }) },
          ]} />
        </Container>
        <Tabs
          ariaLabel={t('iam.roleTabs')}
          tabs={[
            { id: 'permissions', label: t('iam.permissions'), content: <PermissionsPanel holder={{ kind: 'role', name: r.RoleName }} /> },
            {
              id: 'trust', label: t('iam.trustRelationships'), content: (
                <Container header={<Header variant="h2" description={t('iam.trustHelp')}>{t('iam.trustedEntities')}</Header>}>
                  <JsonView json={prettyPolicy(r.AssumeRolePolicyDocument)} label={t('iam.trustedEntities')} testId="trust-policy" />
                </Container>
              ),
            },
          ]}
        />
      </SpaceBetween>
    </ContentLayout>
  );
}
