/** A bucket's console page: its name, then the Objects, Properties and Permissions tabs. */
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Tabs from '@cloudscape-design/components/tabs';
import { useNavigate } from '@tanstack/react-router';
import { useLocale } from '../../../hooks/useLocale.ts';
import { ObjectsTab } from './ObjectsTab.tsx';
import { PermissionsTab } from './PermissionsTab.tsx';
import { PropertiesTab } from './PropertiesTab.tsx';

export type BucketTab = 'objects' | 'properties' | 'permissions';

export function BucketPage({ bucket, tab, prefix }: { bucket: string; tab: BucketTab; prefix: string }) {
  const { t } = useLocale();
  const navigate = useNavigate();
  return (
    <ContentLayout header={<Header variant="h1" info={undefined}>{bucket}</Header>}>
      <Tabs
        ariaLabel={t('s3.bucket.tabs')}
        activeTabId={tab}
        onChange={({ detail }) => void navigate({ to: '/s3/buckets/$bucket', params: { bucket }, search: { tab: detail.activeTabId as BucketTab } })}
        tabs={[
          { id: 'objects', label: t('s3.bucket.objects'), content: <ObjectsTab bucket={bucket} prefix={prefix} /> },
          { id: 'properties', label: t('s3.bucket.properties'), content: <PropertiesTab bucket={bucket} /> },
          { id: 'permissions', label: t('s3.bucket.permissions'), content: <PermissionsTab bucket={bucket} /> },
        ]}
      />
    </ContentLayout>
  );
}
