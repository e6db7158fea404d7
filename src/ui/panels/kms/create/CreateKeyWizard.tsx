/** The console's Create key wizard, five steps, ending in CreateKey + CreateAlias. */
import Wizard from '@cloudscape-design/components/wizard';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useLocale } from '../../../hooks/useLocale.ts';
import { useSession } from '../../../hooks/useSession.ts';
import { consoleKeyPolicy, formatPolicy } from '../../../kms/consoleKeyPolicy.ts';
import { PrincipalPicker } from '../PrincipalPicker.tsx';
import { AdministratorsStep } from './AdministratorsStep.tsx';
import { ConfigureKeyStep } from './ConfigureKeyStep.tsx';
import { LabelsStep } from './LabelsStep.tsx';
import { ReviewStep } from './ReviewStep.tsx';
import { useCreateKey } from './useCreateKey.ts';
import { aliasProblem, initialWizardState, type WizardState } from './wizardState.ts';

export function CreateKeyWizard() {
  const { t } = useLocale();
  const { accountId } = useSession();
  const navigate = useNavigate();
  const { create, pending } = useCreateKey();
  const [state, setState] = useState<WizardState>(initialWizardState);
  const [step, setStep] = useState(0);
  const [showErrors, setShowErrors] = useState(false);
  const [takenAlias, setTakenAlias] = useState<string>();
  const onChange = (patch: Partial<WizardState>) => setState((s) => ({ ...s, ...patch }));
  const policy = formatPolicy(consoleKeyPolicy({ accountId, partition: 'aws', ...state }));

  const stepValid = (index: number) =>
    index === 0 ? state.origin === 'AWS_KMS' || state.externalAcknowledged : index === 1 ? !aliasProblem(state.alias) : true;

  const finish = async () => {
    const outcome = await create(state, policy);
    if ('aliasTaken' in outcome) {
      setTakenAlias(outcome.aliasTaken);
      setStep(1);
    } else if ('created' in outcome) {
      void navigate({ to: '/kms/keys/$keyId', params: { keyId: outcome.created } });
    }
  };

  return (
    <Wizard
      activeStepIndex={step}
      isLoadingNextStep={pending}
      submitButtonText={t('wizard.finish')}
      onCancel={() => void navigate({ to: '/kms/keys' })}
      onSubmit={() => void finish()}
      onNavigate={({ detail }) => {
        // Forward only when this step is complete; back and jumps to earlier steps always.
        if (detail.requestedStepIndex > step && !stepValid(step)) return setShowErrors(true);
        setShowErrors(false);
        setStep(detail.requestedStepIndex);
      }}
      steps={[
        { title: t('wizard.configure'), content: <ConfigureKeyStep state={state} onChange={onChange} showErrors={showErrors} /> },
        { title: t('wizard.labels'), content: <LabelsStep state={state} onChange={onChange} showErrors={showErrors} takenAlias={takenAlias} /> },
        { title: t('wizard.administrators'), content: <AdministratorsStep state={state} onChange={onChange} /> },
        {
          title: t('wizard.users'),
          content: <PrincipalPicker title={t('policy.users')} description={t('policy.usersHelp')} selected={state.users} onChange={(users) => onChange({ users })} />,
        },
        { title: t('wizard.review'), content: <ReviewStep state={state} policy={policy} /> },
      ]}
    />
  );
}
