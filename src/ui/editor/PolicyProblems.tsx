/** The validator's verdict under the editor: each problem as the service would answer it. */
import Box from '@cloudscape-design/components/box';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useLocale } from '../hooks/useLocale.ts';

export function PolicyProblems({ problems }: { readonly problems: readonly string[] }) {
  const { t } = useLocale();
  if (problems.length === 0) return <StatusIndicator type="success">{t('editor.noProblems')}</StatusIndicator>;
  return (
    <ExpandableSection defaultExpanded headerText={t('editor.problemCount', { count: problems.length })}>
      <ul aria-label={t('editor.problems')} style={{ margin: 0, paddingLeft: 20 }}>
        {problems.map((problem, i) => (
          <li key={i}>
            <Box variant="p"><span style={{ whiteSpace: 'pre-line' }}>{problem}</span></Box>
          </li>
        ))}
      </ul>
    </ExpandableSection>
  );
}
