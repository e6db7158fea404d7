/** The bucket policy as stored, or the console's "No policy to display." */
import Box from '@cloudscape-design/components/box';
import { useLocale } from '../../../hooks/useLocale.ts';

export function PolicySummary({ policy }: { policy?: string }) {
  const { t } = useLocale();
  if (policy === undefined) return <Box color="text-body-secondary">{t('s3.policy.none')}</Box>;
  let shown = policy;
  try {
    shown = JSON.stringify(JSON.parse(policy), null, 2);
  } catch {
    // S3 stores the text it accepted; show it as is.
  }
  return <Box variant="code"><pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{shown}</pre></Box>;
}
