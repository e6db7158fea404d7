/**
 * "Add permissions" → "Attach policies directly": choose managed policies (AWS managed and
 * customer managed) and attach each with iam:AttachUserPolicy or iam:AttachRolePolicy.
 */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Modal from '@cloudscape-design/components/modal';
import Multiselect, { type MultiselectProps } from '@cloudscape-design/components/multiselect';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { AwsErrorAlert } from '../../components/AwsErrorAlert.tsx';
import { useEngineQuery } from '../../hooks/useEngineQuery.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { isAwsManaged, loadPolicies } from '../../iam/iamApi.ts';
import type { CallFailure } from '../../../client/engineClient.ts';
import { usePrincipalPolicies, type PolicyHolder } from './usePrincipalPolicies.ts';

type Props = { holder: PolicyHolder; attached: readonly string[]; visible: boolean; onClose: () => void };

export function AttachPoliciesModal({ holder, attached, visible, onClose }: Props) {
  const { t } = useLocale();
  const policies = useEngineQuery((client, as) => loadPolicies(client, as), []);
  const { attach, pending } = usePrincipalPolicies(holder);
  const [selected, setSelected] = useState<readonly MultiselectProps.Option[]>([]);
  const [failure, setFailure] = useState<CallFailure>();
  const options = (policies.value ?? [])
    .filter((p) => !attached.includes(p.Arn))
    .map((p) => ({ value: p.Arn, label: p.PolicyName, description: t(isAwsManaged(p.Arn) ? 'iam.awsManaged' : 'iam.customerManaged') }));

  const submit = async () => {
    const problem = await attach(selected.map((o) => o.value ?? ''));
    setFailure(problem);
    if (!problem) {
      setSelected([]);
      onClose();
    }
  };

  return (
    <Modal
      visible={visible}
      onDismiss={onClose}
      header={t('iam.addPermissions')}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onClose}>{t('app.cancel')}</Button>
            <Button variant="primary" loading={pending} disabled={selected.length === 0} onClick={() => void submit()}>{t('iam.attachPolicies')}</Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <FormField label={t('iam.permissionsPolicies')} description={t('iam.attachHelp')}>
          <Multiselect
            selectedOptions={selected}
            options={options}
            filteringType="auto"
            placeholder={t('iam.choosePolicies')}
            filteringAriaLabel={t('iam.filterPolicies')}
            filteringPlaceholder={t('iam.filterPolicies')}
            statusType={policies.status === 'loading' ? 'loading' : policies.status === 'error' ? 'error' : 'finished'}
            loadingText={t('table.loading')}
            deselectAriaLabel={(o) => t('iam.deselect', { name: o.label ?? '' })}
            onChange={({ detail }) => setSelected(detail.selectedOptions)}
          />
        </FormField>
        {failure && <AwsErrorAlert failure={failure} />}
      </SpaceBetween>
    </Modal>
  );
}
