/** Create user: a name, then managed policies attached directly (iam:CreateUser, iam:AttachUserPolicy). */
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import type { MultiselectProps } from '@cloudscape-design/components/multiselect';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { CallFailure } from '../../../client/engineClient.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { useNotify } from '../../hooks/useNotify.ts';
import { useOperation } from '../../hooks/useOperation.ts';
import { CreateForm } from './CreateForm.tsx';
import { PolicyChooser } from './PolicyChooser.tsx';

export function CreateUserPage() {
  const { t } = useLocale();
  const navigate = useNavigate();
  const notify = useNotify();
  const { run, pending } = useOperation();
  const [name, setName] = useState('');
  const [policies, setPolicies] = useState<readonly MultiselectProps.Option[]>([]);
  const [failure, setFailure] = useState<CallFailure>();

  const submit = async () => {
    // IAM's own validation answers an empty or invalid name, in AWS's words.
    const created = await run('iam:CreateUser', { UserName: name.trim() });
    if (!created.ok) return setFailure(created.error);
    for (const option of policies) {
      const r = await run('iam:AttachUserPolicy', { UserName: created.value.User.UserName, PolicyArn: option.value ?? '' });
      if (!r.ok) notify.error(r.error);
    }
    notify.success('iam.userCreated', { name: created.value.User.UserName });
    void navigate({ to: '/iam/users/$userName', params: { userName: created.value.User.UserName } });
  };

  return (
    <CreateForm title={t('iam.createUser')} submitLabel={t('iam.createUser')} cancelHref="/iam/users" pending={pending} failure={failure} onSubmit={() => void submit()}>
      <Container header={<Header variant="h2">{t('iam.userDetails')}</Header>}>
        <FormField label={t('iam.userName')} constraintText={t('iam.nameConstraint')}>
          <Input value={name} onChange={({ detail }) => setName(detail.value)} />
        </FormField>
      </Container>
      <Container header={<Header variant="h2">{t('iam.setPermissions')}</Header>}>
        <PolicyChooser selected={policies} onChange={setPolicies} />
      </Container>
    </CreateForm>
  );
}
