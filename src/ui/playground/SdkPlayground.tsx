/**
 * The SDK playground: real AWS SDK for JavaScript v3 code in Monaco, run in a sandboxed
 * worker against the simulated account, with its console output and a time limit.
 * Loaded lazily (React.lazy): Monaco and the sandbox never weigh on the first page load.
 */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Editor from '@monaco-editor/react';
import { useEffect, useState } from 'react';
import { useLocale } from '../hooks/useLocale.ts';
import { EXAMPLES, type ExampleId } from './examples.ts';
import { PlaygroundOutput } from './PlaygroundOutput.tsx';
import { registerSdkCompletions } from './registerSdkCompletions.ts';
import { useSandboxRun, type PlaygroundClient } from './useSandboxRun.ts';

export type SdkPlaygroundProps = {
  readonly client: PlaygroundClient;
  readonly region: string;
  /** How long a run may take before the worker is terminated. */
  readonly timeLimitMs?: number;
};

const EXAMPLE_IDS = Object.keys(EXAMPLES) as ExampleId[];

export default function SdkPlayground({ client, region, timeLimitMs = 10_000 }: SdkPlaygroundProps) {
  const { t } = useLocale();
  const [example, setExample] = useState<ExampleId>('createKey');
  const [code, setCode] = useState(EXAMPLES.createKey);
  const run = useSandboxRun(client, region, timeLimitMs);
  useEffect(() => void registerSdkCompletions(), []);
  const option = (id: ExampleId) => ({ value: id, label: t(`playground.examples.${id}`) });

  return (
    <SpaceBetween size="m">
      <SpaceBetween size="m" direction="horizontal" alignItems="end">
        <FormField label={t('playground.example')}>
          <Select
            selectedOption={option(example)}
            options={EXAMPLE_IDS.map(option)}
            onChange={({ detail }) => {
              const id = detail.selectedOption.value as ExampleId;
              setExample(id);
              setCode(EXAMPLES[id]);
            }}
          />
        </FormField>
        <Button variant="primary" iconName="caret-right-filled" loading={run.running} onClick={() => run.start(code)}>
          {run.running ? t('playground.running') : t('playground.run')}
        </Button>
        <Button iconName="close" disabled={!run.running} onClick={run.stop}>{t('playground.stop')}</Button>
        <Box variant="small" color="text-body-secondary">{t('playground.timeLimit', { seconds: Math.round(timeLimitMs / 1000) })}</Box>
      </SpaceBetween>
      <div role="group" aria-label={t('playground.editorLabel')} style={{ border: '1px solid #e9ebed' }}>
        <Editor
          height="360px"
          path="inmemory://kms-lab/playground.js"
          defaultLanguage="javascript"
          value={code}
          onChange={(value) => setCode(value ?? '')}
          loading={t('playground.loading')}
          options={{ automaticLayout: true, minimap: { enabled: false }, fontSize: 13, scrollBeyondLastLine: false, tabSize: 2 }}
        />
      </div>
      <PlaygroundOutput lines={run.lines} outcome={run.outcome} />
    </SpaceBetween>
  );
}
