/** Encryption type, key ARN and Bucket Key, as the bucket's Default encryption and an object's settings show them. */
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import { useLocale } from '../../../hooks/useLocale.ts';

type Props = { readonly algorithm?: string; readonly keyArn?: string; readonly bucketKey?: boolean; readonly keyLabel?: 'keyArn' | 'kmsKey' };

export function EncryptionSummary({ algorithm, keyArn, bucketKey, keyLabel = 'keyArn' }: Props) {
  const { t } = useLocale();
  const kms = algorithm === 'aws:kms';
  const type = kms ? t('s3.encryption.awsKms') : algorithm === 'AES256' ? t('s3.encryption.AES256') : algorithm ?? '-';
  return (
    <KeyValuePairs
      columns={3}
      items={[
        { label: t('s3.encryption.type'), value: type },
        ...(kms ? [{ label: t(`s3.encryption.${keyLabel}`), value: keyArn ?? t('s3.encryption.awsManaged') }] : []),
        { label: t('s3.encryption.bucketKey'), value: bucketKey ? t('s3.encryption.enabled') : t('s3.encryption.disabled') },
      ]}
    />
  );
}
