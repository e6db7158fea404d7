/**
 * The four Block Public Access settings under "Block all public access", and the warning with
 * its acknowledgement that the console shows as soon as any of them is off.
 */
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Checkbox from '@cloudscape-design/components/checkbox';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useLocale } from '../../../hooks/useLocale.ts';
import type { PublicAccessBlock } from '../../../s3/s3Api.ts';

export const SETTINGS = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'] as const;
export const BLOCK_ALL: PublicAccessBlock = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
export const isAllOn = (b: PublicAccessBlock) => SETTINGS.every((s) => b[s]);

type Props = {
  readonly value: PublicAccessBlock;
  readonly onChange: (next: PublicAccessBlock) => void;
  /** Create bucket asks for the acknowledgement; the edit page asks for "confirm" instead. */
  readonly acknowledgement?: { readonly checked: boolean; readonly onChange: (checked: boolean) => void; readonly showError: boolean };
};

export function BlockPublicAccessFields({ value, onChange, acknowledgement }: Props) {
  const { t } = useLocale();
  const all = isAllOn(value);
  const set = (on: boolean) => onChange({ BlockPublicAcls: on, IgnorePublicAcls: on, BlockPublicPolicy: on, RestrictPublicBuckets: on });
  return (
    <SpaceBetween size="m">
      <Checkbox checked={all} indeterminate={!all && SETTINGS.some((s) => value[s])} onChange={({ detail }) => set(detail.checked)} description={t('s3.bpa.allHelp')}>
        <Box variant="strong">{t('s3.bpa.all')}</Box>
      </Checkbox>
      <Box padding={{ left: 'xl' }}>
        <SpaceBetween size="s">
          {SETTINGS.map((s) => (
            <Checkbox key={s} checked={value[s]} onChange={({ detail }) => onChange({ ...value, [s]: detail.checked })}>
              {t(`s3.bpa.${s}`)}
            </Checkbox>
          ))}
        </SpaceBetween>
      </Box>
      {!all && acknowledgement && (
        <Alert type="warning" header={t('s3.bpa.warning')}>
          <SpaceBetween size="s">
            <Box variant="p">{t('s3.bpa.warningHelp')}</Box>
            <Checkbox checked={acknowledgement.checked} onChange={({ detail }) => acknowledgement.onChange(detail.checked)}>
              {t('s3.bpa.acknowledge')}
            </Checkbox>
            {acknowledgement.showError && !acknowledgement.checked && <Box color="text-status-error">{t('s3.bpa.acknowledgeRequired')}</Box>}
          </SpaceBetween>
        </Alert>
      )}
    </SpaceBetween>
  );
}
