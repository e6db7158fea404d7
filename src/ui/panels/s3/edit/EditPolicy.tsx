/**
 * Edit bucket policy: the JSON in a text area (the Monaco policy editor can take its place),
 * saved with PutBucketPolicy so S3's own MalformedPolicy answers show; empty deletes it.
 */
import Box from '@cloudscape-design/components/box';
import FormField from '@cloudscape-design/components/form-field';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useState } from 'react';
import { useLocale } from '../../../hooks/useLocale.ts';
import { bucketArn } from '../../../s3/s3Api.ts';
import { EditFrame } from './EditFrame.tsx';
import { useBucketEdit } from './useBucketEdit.ts';

export function EditPolicy({ bucket, current }: { bucket: string; current?: string }) {
  const { t } = useLocale();
  const edit = useBucketEdit(bucket, 'permissions');
  const [text, setText] = useState(current ?? '');
  const save = () => {
    const call = text.trim() === ''
      ? edit.run('s3:DeleteBucketPolicy', { Bucket: bucket })
      : edit.run('s3:PutBucketPolicy', { Bucket: bucket, Policy: text });
    void edit.save(call, text.trim() === '' ? 's3.policy.deleted' : 's3.policy.saved');
  };
  return (
    <EditFrame title={t('s3.policy.edit')} description={t('s3.policy.help')} pending={edit.pending} onCancel={edit.back} onSave={save}>
      <SpaceBetween size="m">
        <KeyValuePairs items={[{ label: t('s3.policy.bucketArn'), value: <Box variant="code">{bucketArn(bucket)}</Box> }]} />
        <FormField label={t('s3.policy.label')} description={t('s3.policy.emptyDeletes')} stretch>
          <Textarea value={text} rows={18} spellcheck={false} onChange={({ detail }) => setText(detail.value)} />
        </FormField>
      </SpaceBetween>
    </EditFrame>
  );
}
