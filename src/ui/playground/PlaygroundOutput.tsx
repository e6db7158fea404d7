/** What the learner's code printed, and how the run ended. */
import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useLocale } from '../hooks/useLocale.ts';
import type { RunOutcome } from './runInSandbox.ts';
import type { OutputLine } from './useSandboxRun.ts';

/** Readable on the dark output background. */
const COLOURS = { log: undefined, info: undefined, warn: '#ffe347', error: '#ffb4a6' } as const;

function Outcome({ outcome }: { readonly outcome: RunOutcome }) {
  const { t } = useLocale();
  switch (outcome.kind) {
    case 'finished':
      return <StatusIndicator type="success">{t('playground.finished', { ms: outcome.ms })}</StatusIndicator>;
    case 'failed':
      return <StatusIndicator type="error">{t('playground.failed')} <Box variant="code">{outcome.error}</Box></StatusIndicator>;
    case 'timedOut':
      return <StatusIndicator type="warning">{t('playground.timedOut', { seconds: outcome.seconds })}</StatusIndicator>;
    case 'stopped':
      return <StatusIndicator type="stopped">{t('playground.stopped')}</StatusIndicator>;
  }
}

export function PlaygroundOutput({ lines, outcome }: { readonly lines: readonly OutputLine[]; readonly outcome?: RunOutcome }) {
  const { t } = useLocale();
  return (
    <section aria-label={t('playground.output')}>
      <Header variant="h3">{t('playground.output')}</Header>
      <pre style={{ background: '#0f141a', color: '#e9ebed', padding: 12, minHeight: 80, maxHeight: 360, overflow: 'auto', margin: '8px 0', whiteSpace: 'pre-wrap' }}>
        {lines.length === 0 && !outcome ? t('playground.noOutput') : lines.map((line, i) => (
          <div key={i} style={{ color: COLOURS[line.level] }}>{line.text}</div>
        ))}
      </pre>
      {outcome && <Outcome outcome={outcome} />}
    </section>
  );
}
