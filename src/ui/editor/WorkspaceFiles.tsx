/**
 * The workspace's files: what the lab provides, what the learner uploads, what the editor
 * saved and what the terminal wrote. Text files open in the editor; all can be downloaded
 * (the console's Upload takes files from the computer) and removed.
 */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useRef } from 'react';
import { readText } from '../../cli/workspace.ts';
import { useLocale } from '../hooks/useLocale.ts';
import type { ObservableWorkspace } from '../workspace/observableWorkspace.ts';
import { useWorkspaceFiles } from '../workspace/useWorkspace.ts';
import { downloadWorkspaceFile } from './downloadWorkspaceFile.ts';

export type WorkspaceFilesProps = {
  readonly workspace: ObservableWorkspace;
  readonly onOpen: (path: string, text: string) => void;
};

export function WorkspaceFiles({ workspace, onOpen }: WorkspaceFilesProps) {
  const { t } = useLocale();
  const files = useWorkspaceFiles(workspace);
  const picker = useRef<HTMLInputElement>(null);

  const upload = async (list: FileList | null) => {
    for (const file of list ? [...list] : []) workspace.write(file.name, new Uint8Array(await file.arrayBuffer()));
    if (picker.current) picker.current.value = '';
  };

  return (
    <Table
      variant="container"
      header={
        <Header
          description={t('workspace.description')}
          counter={`(${files.length})`}
          actions={
            <>
              <input ref={picker} type="file" multiple hidden aria-label={t('workspace.upload')} onChange={(e) => void upload(e.target.files)} />
              <Button iconName="upload" onClick={() => picker.current?.click()}>{t('workspace.upload')}</Button>
            </>
          }
        >
          {t('workspace.title')}
        </Header>
      }
      items={files.map((path) => ({ path, size: workspace.read(path)?.length ?? 0 }))}
      trackBy="path"
      empty={<Box textAlign="center" color="inherit">{t('workspace.empty')}</Box>}
      columnDefinitions={[
        { id: 'name', header: t('workspace.name'), cell: (f) => <Box variant="code">{f.path}</Box> },
        { id: 'size', header: t('workspace.size'), cell: (f) => t('workspace.sizeBytes', { size: f.size }) },
        {
          id: 'actions',
          header: '',
          cell: (f) => (
            <SpaceBetween size="xs" direction="horizontal">
              <Button variant="inline-link" ariaLabel={`${t('workspace.open')} ${f.path}`} onClick={() => onOpen(f.path, readText(workspace, f.path) ?? '')}>
                {t('workspace.open')}
              </Button>
              <Button variant="inline-link" ariaLabel={`${t('workspace.download')} ${f.path}`} onClick={() => { const bytes = workspace.read(f.path); if (bytes) downloadWorkspaceFile(f.path, bytes); }}>
                {t('workspace.download')}
              </Button>
              <Button variant="inline-link" ariaLabel={`${t('workspace.delete')} ${f.path}`} onClick={() => workspace.remove(f.path)}>
                {t('workspace.delete')}
              </Button>
            </SpaceBetween>
          ),
        },
      ]}
    />
  );
}
