/**
 * Create key, reduced to what a first lab needs: a symmetric key whose material KMS makes,
 * with the alias and description the console's "Add labels" step asks for.
 */
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import { useState } from 'react';
import type { Notify } from './hooks/useFlashes.ts';
import { useLocale } from './hooks/useLocale.ts';
import { useOperation } from './hooks/useOperation.ts';

export function CreateKeyForm({ notify }: { notify: Notify }) {
  const { t } = useLocale();
  const { run, pending } = useOperation();
  const [alias, setAlias] = useState('');
  const [description, setDescription] = useState('');
  const [takenAlias, setTakenAlias] = useState<string>();

  const aliasTaken = async (aliasName: string) => {
    const listed = await run('kms:ListAliases', {});
    // If the list cannot be read, CreateAlias will still answer with AWS's own error.
    return listed.ok && (listed.value.Aliases ?? []).some((a) => a.AliasName === aliasName);
  };

  const create = async () => {
    const name = alias.trim();
    // The console checks the alias before it creates anything, so a taken name leaves no stray key.
    if (name && (await aliasTaken(`alias/${name}`))) return setTakenAlias(name);
    const created = await run('kms:CreateKey', { Description: description, KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'ENCRYPT_DECRYPT' });
    if (!created.ok) return notify.error(created.error);
    const { KeyId } = created.value.KeyMetadata;
    if (name) {
      // Like the console: the learner types the name and the alias/ prefix is added, always.
      const aliased = await run('kms:CreateAlias', { AliasName: `alias/${name}`, TargetKeyId: KeyId });
      if (!aliased.ok) return notify.error(aliased.error);
    }
    notify.success('create.created', { key: name ? `alias/${name}` : KeyId });
    setAlias('');
    setDescription('');
  };

  return (
    <form onSubmit={(e) => { e.preventDefault(); void create(); }}>
      <Form actions={<Button variant="primary" formAction="submit" loading={pending}>{t('create.submit')}</Button>}>
        <Container header={<Header variant="h2" description={t('create.description')}>{t('create.title')}</Header>}>
          <ColumnLayout columns={2}>
            <FormField
              label={t('create.alias')}
              description={t('create.aliasHelp')}
              errorText={takenAlias !== undefined && takenAlias === alias.trim() ? t('create.aliasTaken', { alias: `alias/${takenAlias}` }) : undefined}
            >
              <Input value={alias} placeholder={t('create.aliasPlaceholder')} onChange={({ detail }) => setAlias(detail.value)} />
            </FormField>
            <FormField label={t('create.keyDescription')} description={t('create.keyDescriptionHelp')}>
              <Input value={description} onChange={({ detail }) => setDescription(detail.value)} />
            </FormField>
          </ColumnLayout>
        </Container>
      </Form>
    </form>
  );
}
