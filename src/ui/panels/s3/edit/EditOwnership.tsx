/**
 * Edit Object Ownership: PutBucketOwnershipControls, refused by S3 while ACLs still grant access.
 * Turning ACLs back on from bucket owner enforced asks for the acknowledgement first, as the console does.
 */
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useLocale } from '../../../hooks/useLocale.ts';
import type { ObjectOwnership } from '../../../s3/s3Api.ts';
import { ObjectOwnershipFields } from '../fields/ObjectOwnershipFields.tsx';
import { AclsRestoredAcknowledgement } from './AclsRestoredAcknowledgement.tsx';
import { EditFrame } from './EditFrame.tsx';
import { useBucketEdit } from './useBucketEdit.ts';

export function EditOwnership({ bucket, current }: { bucket: string; current?: ObjectOwnership }) {
  const { t } = useLocale();
  const edit = useBucketEdit(bucket, 'permissions');
  const [ownership, setOwnership] = useState<ObjectOwnership>(current ?? 'ObjectWriter');
  const [acknowledged, setAcknowledged] = useState(false);
  const restoresAcls = current === 'BucketOwnerEnforced' && ownership !== 'BucketOwnerEnforced';
  const save = () => void edit.save(edit.run('s3:PutBucketOwnershipControls', { Bucket: bucket, OwnershipControls: { Rules: [{ ObjectOwnership: ownership }] } }), 's3.ownership.saved');
  return (
    <EditFrame title={t('s3.ownership.edit')} description={t('s3.create.ownershipHelp')} pending={edit.pending} onCancel={edit.back} onSave={save} saveDisabled={restoresAcls && !acknowledged}>
      <SpaceBetween size="m">
        <ObjectOwnershipFields value={ownership} onChange={setOwnership} />
        {restoresAcls && <AclsRestoredAcknowledgement checked={acknowledged} onChange={setAcknowledged} />}
      </SpaceBetween>
    </EditFrame>
  );
}
