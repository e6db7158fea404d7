/** IAM › Policies › name: Policy details, the default version's document in the JSON view, and the policy's versions. */
import Alert from '@cloudscape-design/components/alert';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { AwsErrorDetails } from '../../components/AwsErrorDetails.tsx';
import { JsonView } from '../../components/JsonView.tsx';
import { useEngineQuery } from '../../hooks/useEngineQuery.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { isAwsManaged, prettyPolicy } from '../../iam/iamApi.ts';
import { PolicyVersionsPanel } from './PolicyVersionsPanel.tsx';

export function PolicyDetailPage({ policyArn }: { policyArn: string }) {
  const { t } = useLocale();
  const policy = useEngineQuery(async (client, as) => {
    const p = await client.call('iam:GetPolicy', { PolicyArn: policyArn }, { as });
    if (!p.ok) return p;
    const v = await client.call('iam:GetPolicyVersion', { PolicyArn: policyArn, VersionId: p.value.Policy.DefaultVersionId }, { as });
    return v.ok ? { ok: true, value: { policy: p.value.Policy, document: v.value.PolicyVersion.Document } } : v;
  }, [policyArn]);

  if (policy.status === 'loading') return <Spinner size="large" />;
  if (policy.status === 'error') return <Alert type="error" header={policy.error.code}><AwsErrorDetails failure={policy.error} /></Alert>;
  const { policy: p, document } = policy.value;
  return (
    <ContentLayout header={<Header variant="h1" description={p.Description}>{p.PolicyName}</Header>}>
      <SpaceBetween size="l">
        <Container header={<Header variant="h2">{t('iam.policyDetails')}</Header>}>
          <KeyValuePairs columns={3} items={[
            { label: t('iam.type'), value: t(isAwsManaged(p.Arn) ? 'iam.awsManaged' : 'iam.customerManaged') },
            { label: 'ARN', value: p.Arn },
            { label: t('iam.attachedEntities'), value: String(p.AttachmentCount) },
          ]} />
        </Container>
        <Container header={<Header variant="h2" description={t('iam.versionLabel', { version: p.DefaultVersionId })}>{t('iam.permissionsDefined')}</Header>}>
          <JsonView json={prettyPolicy(document)} label={p.PolicyName} testId="policy-document" />
        </Container>
        <PolicyVersionsPanel policyArn={p.Arn} editable={!isAwsManaged(p.Arn)} />
      </SpaceBetween>
    </ContentLayout>
  );
}
