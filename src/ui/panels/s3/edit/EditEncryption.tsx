/** Edit default encryption: SSE-S3 or SSE-KMS with a key of yours or an ARN, and the Bucket Key. */
import { useState } from 'react';
import { useLocale } from '../../../hooks/useLocale.ts';
import { fromEncryptionRule, isComplete, toEncryptionConfiguration } from '../../../s3/encryptionChoice.ts';
import type { EncryptionRule } from '../../../s3/s3Api.ts';
import { EncryptionFields } from '../fields/EncryptionFields.tsx';
import { EditFrame } from './EditFrame.tsx';
import { useBucketEdit } from './useBucketEdit.ts';

export function EditEncryption({ bucket, current }: { bucket: string; current?: EncryptionRule }) {
  const { t } = useLocale();
  const edit = useBucketEdit(bucket, 'properties');
  const [choice, setChoice] = useState(() => fromEncryptionRule(current));
  const [submitted, setSubmitted] = useState(false);
  const save = () => {
    setSubmitted(true);
    if (!isComplete(choice)) return;
    void edit.save(edit.run('s3:PutBucketEncryption', { Bucket: bucket, ServerSideEncryptionConfiguration: toEncryptionConfiguration(choice) }), 's3.encryption.saved');
  };
  return (
    <EditFrame title={t('s3.encryption.edit')} description={t('s3.encryption.help')} pending={edit.pending} onCancel={edit.back} onSave={save}>
      <EncryptionFields value={choice} onChange={setChoice} showErrors={submitted} />
    </EditFrame>
  );
}
