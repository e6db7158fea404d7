/** Step 1, Configure key: key type, key usage, and the advanced options (key material origin, Regionality). */
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tiles from '@cloudscape-design/components/tiles';
import { useLocale } from '../../../hooks/useLocale.ts';
import type { WizardState } from './wizardState.ts';

type Props = { state: WizardState; onChange: (patch: Partial<WizardState>) => void; showErrors: boolean };

export function ConfigureKeyStep({ state, onChange, showErrors }: Props) {
  const { t } = useLocale();
  const notHere = t('wizard.notInLab');
  return (
    <Container header={<Header variant="h2">{t('wizard.configuration')}</Header>}>
      <SpaceBetween size="l">
        <FormField label={t('wizard.keyType')}>
          <Tiles value="symmetric" onChange={() => undefined} items={[
            { value: 'symmetric', label: t('wizard.symmetric'), description: t('wizard.symmetricHelp') },
            { value: 'asymmetric', label: t('wizard.asymmetric'), description: `${t('wizard.asymmetricHelp')} ${notHere}`, disabled: true },
          ]} />
        </FormField>
        <FormField label={t('wizard.keyUsage')}>
          <Tiles value="encrypt" onChange={() => undefined} items={[
            { value: 'encrypt', label: t('wizard.encryptDecrypt'), description: t('wizard.encryptDecryptHelp') },
            { value: 'mac', label: t('wizard.mac'), description: `${t('wizard.macHelp')} ${notHere}`, disabled: true },
          ]} />
        </FormField>
        <ExpandableSection headerText={t('wizard.advanced')} defaultExpanded={state.origin !== 'AWS_KMS'}>
          <SpaceBetween size="l">
            <FormField label={t('wizard.origin')} description={t('wizard.originHelp')}>
              <RadioGroup
                value={state.origin}
                onChange={({ detail }) => onChange({ origin: detail.value as WizardState['origin'] })}
                items={[
                  { value: 'AWS_KMS', label: t('wizard.originKms'), description: t('wizard.recommended') },
                  { value: 'EXTERNAL', label: t('wizard.originExternal') },
                  { value: 'AWS_CLOUDHSM', label: t('wizard.originCloudHsm'), description: notHere, disabled: true },
                  { value: 'EXTERNAL_KEY_STORE', label: t('wizard.originXks'), description: notHere, disabled: true },
                ]}
              />
            </FormField>
            {state.origin === 'EXTERNAL' && (
              <FormField errorText={showErrors && !state.externalAcknowledged ? t('wizard.externalRequired') : undefined}>
                <Checkbox checked={state.externalAcknowledged} onChange={({ detail }) => onChange({ externalAcknowledged: detail.checked })}>
                  {t('wizard.externalAcknowledge')}
                </Checkbox>
              </FormField>
            )}
            <FormField label={t('wizard.regionality')}>
              <RadioGroup value="single" onChange={() => undefined} items={[
                { value: 'single', label: t('wizard.singleRegion') },
                { value: 'multi', label: t('wizard.multiRegion'), description: notHere, disabled: true },
              ]} />
            </FormField>
          </SpaceBetween>
        </ExpandableSection>
      </SpaceBetween>
    </Container>
  );
}
