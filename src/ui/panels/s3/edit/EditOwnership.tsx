/** Edit Object Ownership: PutBucketOwnershipControls, refused by S3 while ACLs still grant access. */
import { useState } from 'react';
import { useLocale } from '../../../hooks/useLocale.ts';
import type { ObjectOwnership } from '../../../s3/s3Api.ts';
import { ObjectOwnershipFields } from '../fields/ObjectOwnershipFields.tsx';
import { EditFrame } from './EditFrame.tsx';
import { useBucketEdit } from './useBucketEdit.ts';

export function EditOwnership({ bucket, current }: { bucket: string; current?: ObjectOwnership }) {
  const { t } = useLocale();
  const edit = useBucketEdit(bucket, 'permissions');
  const [ownership, setOwnership] = useState<ObjectOwnership>(current ?? 'ObjectWriter');
  const save = () => void edit.save(edit.run('s3:PutBucketOwnershipControls', { Bucket: bucket, OwnershipControls: { Rules: [{ ObjectOwnership: ownership }] } }), 's3.ownership.saved');
  return (
    <EditFrame title={t('s3.ownership.edit')} description={t('s3.create.ownershipHelp')} pending={edit.pending} onCancel={edit.back} onSave={save}>
      <ObjectOwnershipFields value={ownership} onChange={setOwnership} />
    </EditFrame>
  );
}
