/**
 * The policy editor page: the editor (Monaco, fetched when the page is first shown) above the
 * workspace's files. Everything it reads and writes is the workspace it is given.
 */
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { lazy, Suspense, useState } from 'react';
import { useLocale } from '../hooks/useLocale.ts';
import type { ObservableWorkspace } from '../workspace/observableWorkspace.ts';
import type { PolicyEditorProps } from './PolicyEditor.tsx';
import { WorkspaceFiles } from './WorkspaceFiles.tsx';

const PolicyEditor = lazy(() => import('./PolicyEditor.tsx'));

export type EditorPageProps = {
  readonly workspace: ObservableWorkspace;
  readonly accountId: string;
  readonly region: string;
};

export function EditorPage({ workspace, accountId, region }: EditorPageProps) {
  const { t } = useLocale();
  const [opened, setOpened] = useState<PolicyEditorProps['opened']>();
  return (
    <ContentLayout header={<Header variant="h1" description={t('editor.description')}>{t('editor.title')}</Header>}>
      <SpaceBetween size="l">
        <Container>
          <Suspense fallback={<Spinner size="large" />}>
            <PolicyEditor workspace={workspace} accountId={accountId} region={region} opened={opened} />
          </Suspense>
        </Container>
        <WorkspaceFiles workspace={workspace} onOpen={(path, text) => setOpened((o) => ({ path, text, version: (o?.version ?? 0) + 1 }))} />
      </SpaceBetween>
    </ContentLayout>
  );
}
