/** "Block all public access: On/Off" and the four settings beneath it. */
import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useLocale } from '../../../hooks/useLocale.ts';
import type { PublicAccessBlock } from '../../../s3/s3Api.ts';
import { SETTINGS, isAllOn } from '../fields/BlockPublicAccessFields.tsx';

/** No configuration at all (deleted) blocks nothing. */
const NONE: PublicAccessBlock = { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false };

export function BlockPublicAccessSummary({ block = NONE }: { block?: PublicAccessBlock }) {
  const { t } = useLocale();
  const state = (on: boolean) => <StatusIndicator type={on ? 'success' : 'warning'}>{on ? t('s3.bpa.on') : t('s3.bpa.off')}</StatusIndicator>;
  return (
    <SpaceBetween size="s">
      <SpaceBetween direction="horizontal" size="xs">
        <Box variant="strong">{t('s3.bpa.all')}</Box>
        {state(isAllOn(block))}
      </SpaceBetween>
      <Box padding={{ left: 'l' }}>
        <SpaceBetween size="xs">
          {SETTINGS.map((s) => (
            <SpaceBetween key={s} direction="horizontal" size="xs">
              <Box>{t(`s3.bpa.${s}`)}</Box>
              {state(block[s])}
            </SpaceBetween>
          ))}
        </SpaceBetween>
      </Box>
    </SpaceBetween>
  );
}
