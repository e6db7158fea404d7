/** Step 3, Define key administrative permissions: administrators, and whether they may delete the key. */
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useLocale } from '../../../hooks/useLocale.ts';
import { PrincipalPicker } from '../PrincipalPicker.tsx';
import type { WizardState } from './wizardState.ts';

type Props = { state: WizardState; onChange: (patch: Partial<WizardState>) => void };

export function AdministratorsStep({ state, onChange }: Props) {
  const { t } = useLocale();
  return (
    <SpaceBetween size="l">
      <PrincipalPicker
        title={t('policy.administrators')}
        description={t('policy.administratorsHelp')}
        selected={state.administrators}
        onChange={(administrators) => onChange({ administrators })}
      />
      <Container header={<Header variant="h2">{t('policy.deletion')}</Header>}>
        <Checkbox checked={state.allowAdministratorsToDelete} onChange={({ detail }) => onChange({ allowAdministratorsToDelete: detail.checked })}>
          {t('policy.allowDelete')}
        </Checkbox>
      </Container>
    </SpaceBetween>
  );
}
