/** Encryption type (SSE-S3 or SSE-KMS), the KMS key, and the Bucket Key, as the console lays them out. */
import FormField from '@cloudscape-design/components/form-field';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useLocale } from '../../../hooks/useLocale.ts';
import type { EncryptionChoice } from '../../../s3/encryptionChoice.ts';
import { KmsKeyField } from './KmsKeyField.tsx';

type Props = { readonly value: EncryptionChoice; readonly onChange: (next: EncryptionChoice) => void; readonly showErrors: boolean };

export function EncryptionFields({ value, onChange, showErrors }: Props) {
  const { t } = useLocale();
  return (
    <SpaceBetween size="l">
      <FormField label={t('s3.encryption.type')} stretch>
        <RadioGroup
          ariaLabel={t('s3.encryption.type')}
          value={value.type}
          onChange={({ detail }) => onChange({ ...value, type: detail.value === 'aws:kms' ? 'aws:kms' : 'AES256' })}
          items={[
            { value: 'AES256', label: t('s3.encryption.AES256') },
            { value: 'aws:kms', label: t('s3.encryption.awsKms') },
          ]}
        />
      </FormField>
      {value.type === 'aws:kms' && <KmsKeyField value={value} onChange={onChange} showErrors={showErrors} />}
      {value.type === 'aws:kms' && (
        <FormField label={t('s3.encryption.bucketKey')} description={t('s3.encryption.bucketKeyHelp')}>
          <RadioGroup
            ariaLabel={t('s3.encryption.bucketKey')}
            value={value.bucketKey ? 'enable' : 'disable'}
            onChange={({ detail }) => onChange({ ...value, bucketKey: detail.value === 'enable' })}
            items={[{ value: 'disable', label: t('s3.encryption.disable') }, { value: 'enable', label: t('s3.encryption.enable') }]}
          />
        </FormField>
      )}
    </SpaceBetween>
  );
}
