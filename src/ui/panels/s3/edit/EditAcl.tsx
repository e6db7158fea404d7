/**
 * Edit access control list (ACL): what Everyone and the Authenticated users group may do with
 * the bucket's objects, saved as the canned ACL it amounts to (public-read, public-read-write,
 * authenticated-read or private). S3 refuses it while ACLs are disabled or Block Public Access is on.
 */
import Alert from '@cloudscape-design/components/alert';
import Checkbox from '@cloudscape-design/components/checkbox';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useLocale } from '../../../hooks/useLocale.ts';
import { ALL_USERS, AUTHENTICATED_USERS, groupOf, type Grant } from '../../../s3/s3Api.ts';
import { EditFrame } from './EditFrame.tsx';
import { useBucketEdit } from './useBucketEdit.ts';

const has = (grants: readonly Grant[], uri: string, permission: string) => grants.some((g) => groupOf(g) === uri && g.Permission === permission);

export function EditAcl({ bucket, grants }: { bucket: string; grants: readonly Grant[] }) {
  const { t } = useLocale();
  const edit = useBucketEdit(bucket, 'permissions');
  const [everyoneList, setEveryoneList] = useState(has(grants, ALL_USERS, 'READ'));
  const [everyoneWrite, setEveryoneWrite] = useState(has(grants, ALL_USERS, 'WRITE'));
  const [authenticatedList, setAuthenticatedList] = useState(has(grants, AUTHENTICATED_USERS, 'READ'));
  const [understood, setUnderstood] = useState(false);
  const isPublic = everyoneList || everyoneWrite || authenticatedList;
  const acl = everyoneWrite ? 'public-read-write' : everyoneList ? 'public-read' : authenticatedList ? 'authenticated-read' : 'private';
  const save = () => {
    if (isPublic && !understood) return;
    void edit.save(edit.run('s3:PutBucketAcl', { Bucket: bucket, ACL: acl }), 's3.acl.saved');
  };
  return (
    <EditFrame title={t('s3.acl.edit')} description={t('s3.acl.help')} pending={edit.pending} onCancel={edit.back} onSave={save}>
      <SpaceBetween size="m">
        <Checkbox checked disabled>{`${t('s3.acl.owner')}: ${t('s3.acl.list')}, ${t('s3.acl.write')}`}</Checkbox>
        <Checkbox checked={everyoneList} onChange={({ detail }) => setEveryoneList(detail.checked)}>{`${t('s3.acl.everyone')}: ${t('s3.acl.list')}`}</Checkbox>
        <Checkbox checked={everyoneWrite} onChange={({ detail }) => setEveryoneWrite(detail.checked)}>{`${t('s3.acl.everyone')}: ${t('s3.acl.write')}`}</Checkbox>
        <Checkbox checked={authenticatedList} onChange={({ detail }) => setAuthenticatedList(detail.checked)}>{`${t('s3.acl.authenticated')}: ${t('s3.acl.list')}`}</Checkbox>
        {isPublic && (
          <Alert type="warning">
            <SpaceBetween size="s">
              {t('s3.acl.publicWarning')}
              <Checkbox checked={understood} onChange={({ detail }) => setUnderstood(detail.checked)}>{t('s3.acl.acknowledge')}</Checkbox>
            </SpaceBetween>
          </Alert>
        )}
      </SpaceBetween>
    </EditFrame>
  );
}
