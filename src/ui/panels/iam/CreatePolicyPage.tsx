/**
 * Create policy in the JSON editor view (iam:CreatePolicy). IAM checks the document; a
 * problem comes back as MalformedPolicyDocument with IAM's own message, shown as it is.
 */
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { CallFailure } from '../../../client/engineClient.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { useNotify } from '../../hooks/useNotify.ts';
import { useOperation } from '../../hooks/useOperation.ts';
import { CreateForm } from './CreateForm.tsx';

/** The console's JSON editor starts from an empty statement list. */
const STARTER = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Statement1', Effect: 'Allow', Action: [], Resource: [] }] }, null, 2);

export function CreatePolicyPage() {
  const { t } = useLocale();
  const navigate = useNavigate();
  const notify = useNotify();
  const { run, pending } = useOperation();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [document, setDocument] = useState(STARTER);
  const [failure, setFailure] = useState<CallFailure>();

  const submit = async () => {
    const created = await run('iam:CreatePolicy', { PolicyName: name.trim(), PolicyDocument: document, ...(description ? { Description: description } : {}) });
    if (!created.ok) return setFailure(created.error);
    notify.success('iam.policyCreated', { name: created.value.Policy.PolicyName });
    void navigate({ to: '/iam/policies/$policyArn', params: { policyArn: created.value.Policy.Arn } });
  };

  return (
    <CreateForm title={t('iam.createPolicy')} submitLabel={t('iam.createPolicy')} cancelHref="/iam/policies" pending={pending} failure={failure} onSubmit={() => void submit()}>
      <Container header={<Header variant="h2" description={t('iam.policyEditorHelp')}>{t('iam.policyEditor')}</Header>}>
        <Textarea value={document} rows={16} spellcheck={false} ariaLabel={t('iam.policyEditor')} onChange={({ detail }) => setDocument(detail.value)} />
      </Container>
      <Container header={<Header variant="h2">{t('iam.policyDetails')}</Header>}>
        <SpaceBetween size="l">
          <FormField label={t('iam.policyName')} constraintText={t('iam.nameConstraint')}>
            <Input value={name} onChange={({ detail }) => setName(detail.value)} />
          </FormField>
          <FormField label={t('iam.description')}>
            <Input value={description} onChange={({ detail }) => setDescription(detail.value)} />
          </FormField>
        </SpaceBetween>
      </Container>
    </CreateForm>
  );
}
