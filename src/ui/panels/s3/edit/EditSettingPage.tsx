/** Loads the bucket's current settings and shows the edit page the Permissions or Properties tab asked for. */
import Spinner from '@cloudscape-design/components/spinner';
import { AwsErrorAlert } from '../../../components/AwsErrorAlert.tsx';
import { useEngineQuery } from '../../../hooks/useEngineQuery.ts';
import { loadPermissions, orNotSet } from '../../../s3/s3Api.ts';
import type { EditableSetting } from '../bucket/PermissionsTab.tsx';
import { BLOCK_ALL } from '../fields/BlockPublicAccessFields.tsx';
import { EditAcl } from './EditAcl.tsx';
import { EditBlockPublicAccess } from './EditBlockPublicAccess.tsx';
import { EditEncryption } from './EditEncryption.tsx';
import { EditOwnership } from './EditOwnership.tsx';
import { EditPolicy } from './EditPolicy.tsx';

export function EditSettingPage({ bucket, setting }: { bucket: string; setting: EditableSetting }) {
  // Read once: the form keeps what the learner types even if the account changes meanwhile.
  const current = useEngineQuery(async (client, as) => {
    const [perms, encryption] = await Promise.all([loadPermissions(client, as, bucket), client.call('s3:GetBucketEncryption', { Bucket: bucket }, { as }).then(orNotSet)]);
    if (!perms.ok) return perms;
    if (!encryption.ok) return encryption;
    return { ok: true, value: { ...perms.value, encryption: encryption.value?.ServerSideEncryptionConfiguration.Rules[0] } };
  }, [bucket]);
  if (current.status === 'loading') return <Spinner size="large" />;
  if (current.status === 'error') return <AwsErrorAlert failure={current.error} />;
  const c = current.value;
  switch (setting) {
    case 'block-public-access': return <EditBlockPublicAccess bucket={bucket} current={c.publicAccessBlock ?? { ...BLOCK_ALL, BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false }} />;
    case 'encryption': return <EditEncryption bucket={bucket} current={c.encryption} />;
    case 'ownership': return <EditOwnership bucket={bucket} current={c.ownership} />;
    case 'policy': return <EditPolicy bucket={bucket} current={c.policy} />;
    case 'acl': return <EditAcl bucket={bucket} grants={c.grants} />;
  }
}
