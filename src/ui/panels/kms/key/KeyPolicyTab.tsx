/**
 * The Key policy tab: the default view (key administrators, key deletion, key users) when the
 * policy is one the console would write, and the policy view (the JSON) always.
 */
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useState } from 'react';
import { AwsErrorAlert } from '../../../components/AwsErrorAlert.tsx';
import { useEngineQuery } from '../../../hooks/useEngineQuery.ts';
import { useLocale } from '../../../hooks/useLocale.ts';
import { useNotify } from '../../../hooks/useNotify.ts';
import { useOperation } from '../../../hooks/useOperation.ts';
import { useSession } from '../../../hooks/useSession.ts';
import { consoleKeyPolicy, formatPolicy, readConsolePolicy, type ConsolePolicyChoices } from '../../../kms/consoleKeyPolicy.ts';
import { PolicyJson } from '../PolicyJson.tsx';
import { PolicyPrincipals } from './PolicyPrincipals.tsx';

export function KeyPolicyTab({ keyId }: { keyId: string }) {
  const { t } = useLocale();
  const { accountId } = useSession();
  const notify = useNotify();
  const { run, pending } = useOperation();
  const [policyView, setPolicyView] = useState(false);
  const policy = useEngineQuery((client, as) => client.call('kms:GetKeyPolicy', { KeyId: keyId }, { as }), [keyId]);

  if (policy.status === 'loading') return <Spinner />;
  if (policy.status === 'error') return <AwsErrorAlert failure={policy.error} />;
  const text = policy.value.Policy;
  const choices = readConsolePolicy(text, accountId, 'aws');
  const showJson = policyView || !choices;

  const save = async (next: ConsolePolicyChoices) => {
    const put = await run('kms:PutKeyPolicy', { KeyId: keyId, PolicyName: 'default', Policy: formatPolicy(consoleKeyPolicy(next)) });
    if (put.ok) notify.success('policy.saved');
    else notify.error(put.error);
  };

  const toggle = choices && (
    <Button onClick={() => setPolicyView(!policyView)}>{t(policyView ? 'policy.toDefault' : 'policy.toPolicy')}</Button>
  );
  if (showJson) {
    return (
      <Container header={<Header variant="h2" actions={toggle} description={choices ? undefined : t('policy.noDefaultView')}>{t('policy.title')}</Header>}>
        <PolicyJson policy={text} label={t('policy.title')} />
      </Container>
    );
  }
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2" actions={toggle}>{t('policy.title')}</Header>} />
      <PolicyPrincipals title={t('policy.administrators')} description={t('policy.administratorsHelp')} arns={choices.administrators} pending={pending}
        onSave={(administrators) => void save({ ...choices, administrators })} />
      <Container header={<Header variant="h2">{t('policy.deletion')}</Header>}>
        <Checkbox checked={choices.allowAdministratorsToDelete} disabled={pending || choices.administrators.length === 0}
          onChange={({ detail }) => void save({ ...choices, allowAdministratorsToDelete: detail.checked })}>
          {t('policy.allowDelete')}
        </Checkbox>
      </Container>
      <PolicyPrincipals title={t('policy.users')} description={t('policy.usersHelp')} arns={choices.users} pending={pending}
        onSave={(users) => void save({ ...choices, users })} />
    </SpaceBetween>
  );
}
