/**
 * Create role with a custom trust policy (the console's "Custom trust policy" entity type),
 * then managed policies attached (iam:CreateRole, iam:AttachRolePolicy). A trust policy IAM
 * cannot parse comes back as MalformedPolicyDocument in IAM's words.
 */
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import type { MultiselectProps } from '@cloudscape-design/components/multiselect';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { CallFailure } from '../../../client/engineClient.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { useNotify } from '../../hooks/useNotify.ts';
import { useOperation } from '../../hooks/useOperation.ts';
import { useSession } from '../../hooks/useSession.ts';
import { CreateForm } from './CreateForm.tsx';
import { PolicyChooser } from './PolicyChooser.tsx';

/** Trust principals of this account (the console's "AWS account › This account" choice). */
const thisAccountTrust = (accountId: string) => JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${accountId}:root` }, Action: 'sts:AssumeRole', Condition: {} }],
}, null, 2);

export function CreateRolePage() {
  const { t } = useLocale();
  const { accountId } = useSession();
  const navigate = useNavigate();
  const notify = useNotify();
  const { run, pending } = useOperation();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [trust, setTrust] = useState(() => thisAccountTrust(accountId));
  const [policies, setPolicies] = useState<readonly MultiselectProps.Option[]>([]);
  const [failure, setFailure] = useState<CallFailure>();

  const submit = async () => {
    const created = await run('iam:CreateRole', { RoleName: name.trim(), AssumeRolePolicyDocument: trust, ...(description ? { Description: description } : {}) });
    if (!created.ok) return setFailure(created.error);
    for (const option of policies) {
      const r = await run('iam:AttachRolePolicy', { RoleName: created.value.Role.RoleName, PolicyArn: option.value ?? '' });
      if (!r.ok) notify.error(r.error);
    }
    notify.success('iam.roleCreated', { name: created.value.Role.RoleName });
    void navigate({ to: '/iam/roles/$roleName', params: { roleName: created.value.Role.RoleName } });
  };

  return (
    <CreateForm title={t('iam.createRole')} submitLabel={t('iam.createRole')} cancelHref="/iam/roles" pending={pending} failure={failure} onSubmit={() => void submit()}>
      <Container header={<Header variant="h2" description={t('iam.trustHelp')}>{t('iam.customTrustPolicy')}</Header>}>
        <Textarea value={trust} rows={14} spellcheck={false} ariaLabel={t('iam.customTrustPolicy')} onChange={({ detail }) => setTrust(detail.value)} />
      </Container>
      <Container header={<Header variant="h2">{t('iam.roleDetails')}</Header>}>
        <SpaceBetween size="l">
          <FormField label={t('iam.roleName')} constraintText={t('iam.nameConstraint')}>
            <Input value={name} onChange={({ detail }) => setName(detail.value)} />
          </FormField>
          <FormField label={t('iam.description')}>
            <Input value={description} onChange={({ detail }) => setDescription(detail.value)} />
          </FormField>
          <PolicyChooser selected={policies} onChange={setPolicies} />
        </SpaceBetween>
      </Container>
    </CreateForm>
  );
}
