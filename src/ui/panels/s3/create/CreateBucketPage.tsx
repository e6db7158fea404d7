/** Create bucket: General configuration, Object Ownership, Block Public Access, Default encryption. */
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useLocale } from '../../../hooks/useLocale.ts';
import { useNotify } from '../../../hooks/useNotify.ts';
import { useOperation } from '../../../hooks/useOperation.ts';
import { useSession } from '../../../hooks/useSession.ts';
import { DEFAULT_CHOICE, isComplete } from '../../../s3/encryptionChoice.ts';
import type { ObjectOwnership } from '../../../s3/s3Api.ts';
import { BLOCK_ALL, BlockPublicAccessFields, isAllOn } from '../fields/BlockPublicAccessFields.tsx';
import { EncryptionFields } from '../fields/EncryptionFields.tsx';
import { ObjectOwnershipFields } from '../fields/ObjectOwnershipFields.tsx';
import { createBucketWithSettings } from './createBucketCalls.ts';

export function CreateBucketPage() {
  const { t } = useLocale();
  const { region } = useSession();
  const navigate = useNavigate();
  const notify = useNotify();
  const { run, pending } = useOperation();
  const [name, setName] = useState('');
  const [ownership, setOwnership] = useState<ObjectOwnership>('BucketOwnerEnforced');
  const [block, setBlock] = useState(BLOCK_ALL);
  const [acknowledged, setAcknowledged] = useState(false);
  const [encryption, setEncryption] = useState(DEFAULT_CHOICE);
  const [submitted, setSubmitted] = useState(false);

  const submit = async () => {
    setSubmitted(true);
    if (!name.trim() || (!isAllOn(block) && !acknowledged) || !isComplete(encryption)) return;
    const result = await createBucketWithSettings(run, { name: name.trim(), ownership, publicAccessBlock: block, encryption });
    if (!result.ok) return notify.error(result.error);
    notify.success('s3.create.created', { bucket: name.trim() });
    void navigate({ to: '/s3/buckets' });
  };

  return (
    <ContentLayout header={<Header variant="h1" description={t('s3.buckets.description')}>{t('s3.create.title')}</Header>}>
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <Form
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button formAction="none" variant="link" onClick={() => void navigate({ to: '/s3/buckets' })}>{t('app.cancel')}</Button>
              <Button variant="primary" loading={pending}>{t('s3.create.title')}</Button>
            </SpaceBetween>
          }
        >
          <SpaceBetween size="l">
            <Container header={<Header variant="h2">{t('s3.create.general')}</Header>}>
              <SpaceBetween size="l">
                <FormField label={t('s3.create.region')}>
                  <Select ariaLabel={t('s3.create.region')} selectedOption={{ value: region, label: t('s3.regionName', { region }) }} options={[{ value: region, label: t('s3.regionName', { region }) }]} onChange={() => undefined} />
                </FormField>
                <FormField label={t('s3.create.name')} description={t('s3.create.nameHelp')} errorText={submitted && !name.trim() ? t('s3.create.nameRequired') : undefined}>
                  <Input value={name} placeholder={t('s3.create.namePlaceholder')} onChange={({ detail }) => setName(detail.value)} />
                </FormField>
              </SpaceBetween>
            </Container>
            <Container header={<Header variant="h2" description={t('s3.create.ownershipHelp')}>{t('s3.ownership.label')}</Header>}>
              <ObjectOwnershipFields value={ownership} onChange={setOwnership} />
            </Container>
            <Container header={<Header variant="h2" description={t('s3.bpa.description')}>{t('s3.bpa.title')}</Header>}>
              <BlockPublicAccessFields value={block} onChange={setBlock} acknowledgement={{ checked: acknowledged, onChange: setAcknowledged, showError: submitted }} />
            </Container>
            <Container header={<Header variant="h2" description={t('s3.encryption.help')}>{t('s3.encryption.title')}</Header>}>
              <EncryptionFields value={encryption} onChange={setEncryption} showErrors={submitted} />
            </Container>
          </SpaceBetween>
        </Form>
      </form>
    </ContentLayout>
  );
}
