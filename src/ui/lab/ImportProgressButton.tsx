/** Loads exported progress back into the lab; a damaged or foreign file is refused with its reason. */
import Alert from '@cloudscape-design/components/alert';
import FileInput from '@cloudscape-design/components/file-input';
import { useState } from 'react';
import type { LabSession } from '../../runner/index.ts';
import { useLocale } from '../hooks/useLocale.ts';

export function ImportProgressButton({ session }: { readonly session: LabSession }) {
  const { t } = useLocale();
  const [problem, setProblem] = useState<string>();
  const load = async (file: File | undefined) => {
    if (!file) return;
    try {
      setProblem(undefined);
      await session.importProgress(await file.text());
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <>
      <FileInput value={[]} accept="application/json,.json" onChange={({ detail }) => void load(detail.value[0])}>
        {t('lab.progress.import')}
      </FileInput>
      {problem && <Alert type="error">{t('lab.progress.importFailed', { message: problem })}</Alert>}
    </>
  );
}
