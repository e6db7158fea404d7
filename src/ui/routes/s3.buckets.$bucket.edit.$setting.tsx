import { createFileRoute } from '@tanstack/react-router';
import type { EditableSetting } from '../panels/s3/bucket/PermissionsTab.tsx';
import { EditSettingPage } from '../panels/s3/edit/EditSettingPage.tsx';
import { NotFound } from '../app/NotFound.tsx';

const SETTINGS: readonly EditableSetting[] = ['block-public-access', 'policy', 'ownership', 'acl', 'encryption'];

function EditRoute() {
  const { bucket, setting } = Route.useParams();
  if (!SETTINGS.includes(setting as EditableSetting)) return <NotFound />;
  return <EditSettingPage key={`${bucket}/${setting}`} bucket={bucket} setting={setting as EditableSetting} />;
}

export const Route = createFileRoute('/s3/buckets/$bucket/edit/$setting')({ component: EditRoute });
