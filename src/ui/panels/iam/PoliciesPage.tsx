/** IAM › Policies: AWS managed and customer managed policies (iam:ListPolicies, Scope All). */
import { AppLink } from '../../components/AppLink.tsx';
import { useEngineQuery } from '../../hooks/useEngineQuery.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { isAwsManaged, loadPolicies, type IamPolicy } from '../../iam/iamApi.ts';
import { ListPage } from '../../components/ListPage.tsx';

export function PoliciesPage() {
  const { t } = useLocale();
  const policies = useEngineQuery((client, as) => loadPolicies(client, as), []);
  const typeOf = (p: IamPolicy) => t(isAwsManaged(p.Arn) ? 'iam.awsManaged' : 'iam.customerManaged');
  return (
    <ListPage<IamPolicy>
      title={t('iam.policies')} description={t('iam.policiesDescription')}
      items={policies.value ?? []} status={policies.status} error={policies.error} refresh={policies.refresh}
      trackBy="Arn" createLabel={t('iam.createPolicy')} createHref="/iam/policies/create"
      empty={t('iam.noPolicies')} filterPlaceholder={t('iam.filterPolicies')}
      columns={[
        { id: 'name', header: t('iam.policyName'), cell: (p) => <AppLink href={`/iam/policies/${encodeURIComponent(p.Arn)}`}>{p.PolicyName}</AppLink>, sortingField: 'PolicyName', sortText: (p) => p.PolicyName, filterText: (p) => p.PolicyName },
        { id: 'type', header: t('iam.type'), cell: typeOf, sortingField: 'type', sortText: typeOf, filterText: typeOf },
        { id: 'attached', header: t('iam.attachedEntities'), cell: (p) => String(p.AttachmentCount ?? 0), sortingField: 'AttachmentCount', sortText: (p) => String(p.AttachmentCount ?? 0).padStart(6, '0') },
        { id: 'description', header: t('iam.description'), cell: (p) => p.Description || '-', filterText: (p) => p.Description ?? '' },
      ]}
    />
  );
}
