/** "Permissions policies" on the create pages: managed policies to attach right after creation. */
import FormField from '@cloudscape-design/components/form-field';
import Multiselect, { type MultiselectProps } from '@cloudscape-design/components/multiselect';
import { useEngineQuery } from '../../hooks/useEngineQuery.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { isAwsManaged, loadPolicies } from '../../iam/iamApi.ts';

type Props = { selected: readonly MultiselectProps.Option[]; onChange: (options: readonly MultiselectProps.Option[]) => void };

export function PolicyChooser({ selected, onChange }: Props) {
  const { t } = useLocale();
  const policies = useEngineQuery((client, as) => loadPolicies(client, as), []);
  return (
    <FormField label={t('iam.permissionsPolicies')} description={t('iam.attachHelp')}>
      <Multiselect
        selectedOptions={selected}
        options={(policies.value ?? []).map((p) => ({ value: p.Arn, label: p.PolicyName, description: t(isAwsManaged(p.Arn) ? 'iam.awsManaged' : 'iam.customerManaged') }))}
        filteringType="auto"
        placeholder={t('iam.choosePolicies')}
        filteringAriaLabel={t('iam.filterPolicies')}
        filteringPlaceholder={t('iam.filterPolicies')}
        statusType={policies.status === 'loading' ? 'loading' : 'finished'}
        loadingText={t('table.loading')}
        deselectAriaLabel={(o) => t('iam.deselect', { name: o.label ?? '' })}
        onChange={({ detail }) => onChange(detail.selectedOptions)}
      />
    </FormField>
  );
}
