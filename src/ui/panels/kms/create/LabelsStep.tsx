/** Step 2, Add labels: alias (required in the console), description and tags. */
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import TagEditor from '@cloudscape-design/components/tag-editor';
import Textarea from '@cloudscape-design/components/textarea';
import { useLocale } from '../../../hooks/useLocale.ts';
import { aliasProblem, type WizardState } from './wizardState.ts';

type Props = { state: WizardState; onChange: (patch: Partial<WizardState>) => void; showErrors: boolean; takenAlias?: string };

export function LabelsStep({ state, onChange, showErrors, takenAlias }: Props) {
  const { t } = useLocale();
  const problem = aliasProblem(state.alias);
  const aliasError = takenAlias && takenAlias === state.alias.trim()
    ? t('create.aliasTaken', { alias: `alias/${takenAlias}` })
    : showErrors && problem ? t(`wizard.alias.${problem}`) : undefined;
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">{t('wizard.alias.title')}</Header>}>
        <SpaceBetween size="l">
          <FormField label={t('create.alias')} description={t('create.aliasHelp')} errorText={aliasError}>
            <Input value={state.alias} placeholder={t('create.aliasPlaceholder')} onChange={({ detail }) => onChange({ alias: detail.value })} />
          </FormField>
          <FormField label={t('create.keyDescription')} description={t('create.keyDescriptionHelp')}>
            <Textarea value={state.description} onChange={({ detail }) => onChange({ description: detail.value })} />
          </FormField>
        </SpaceBetween>
      </Container>
      <Container header={<Header variant="h2" description={t('wizard.tagsHelp')}>{t('wizard.tags')}</Header>}>
        <TagEditor
          tags={state.tags.map((tag) => ({ key: tag.TagKey, value: tag.TagValue, existing: false }))}
          onChange={({ detail }) => onChange({ tags: detail.tags.filter((tag) => !tag.markedForRemoval).map((tag) => ({ TagKey: tag.key, TagValue: tag.value })) })}
        />
      </Container>
    </SpaceBetween>
  );
}
