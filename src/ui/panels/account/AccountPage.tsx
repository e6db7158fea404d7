/** The lab's account page: where it is saved, export to a file, import from one, reset. */
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useLocale } from '../../hooks/useLocale.ts';
import { ExportPanel } from './ExportPanel.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { ResetPanel } from './ResetPanel.tsx';
import { StorageStatusPanel } from './StorageStatusPanel.tsx';

export function AccountPage() {
  const { t } = useLocale();
  return (
    <ContentLayout header={<Header variant="h1" description={t('account.description')}>{t('nav.account')}</Header>}>
      <SpaceBetween size="l">
        <StorageStatusPanel />
        <ExportPanel />
        <ImportPanel />
        <ResetPanel />
      </SpaceBetween>
    </ContentLayout>
  );
}
