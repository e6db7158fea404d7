/** Step 5, Review: what will be created, and the key policy the console generated from the choices. */
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useLocale } from '../../../hooks/useLocale.ts';
import { PolicyJson } from '../PolicyJson.tsx';
import { aliasNameOf, type WizardState } from './wizardState.ts';

export function ReviewStep({ state, policy }: { state: WizardState; policy: string }) {
  const { t } = useLocale();
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">{t('wizard.configuration')}</Header>}>
        <KeyValuePairs columns={3} items={[
          { label: t('wizard.keyType'), value: t('wizard.symmetric') },
          { label: t('keys.keySpec'), value: 'SYMMETRIC_DEFAULT' },
          { label: t('wizard.keyUsage'), value: t('wizard.encryptDecrypt') },
          { label: t('wizard.origin'), value: state.origin },
          { label: t('wizard.regionality'), value: t('wizard.singleRegion') },
        ]} />
      </Container>
      <Container header={<Header variant="h2">{t('wizard.labels')}</Header>}>
        <KeyValuePairs columns={3} items={[
          { label: t('create.alias'), value: aliasNameOf(state.alias) },
          { label: t('create.keyDescription'), value: state.description || '-' },
          { label: t('wizard.tags'), value: state.tags.map((tag) => `${tag.TagKey}=${tag.TagValue}`).join(', ') || '-' },
        ]} />
      </Container>
      <Container header={<Header variant="h2">{t('policy.title')}</Header>}>
        <PolicyJson policy={policy} label={t('policy.title')} />
      </Container>
    </SpaceBetween>
  );
}
