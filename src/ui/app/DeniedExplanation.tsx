/**
 * "Why was this denied?": the authorization decision the engine kept with the failure. The
 * reason is worded in the learner's language; policy names, Sids, actions and condition keys
 * stay as written in the policies (English, as in AWS).
 */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { CallFailure } from '../../client/engineClient.ts';
import { useLocale } from '../hooks/useLocale.ts';
import { PolicyEvaluation } from './PolicyEvaluation.tsx';

type Decision = NonNullable<CallFailure['decision']>;
type Reason = Decision['explanation']['reason'];

const statementOf = (reason: Reason) => ('by' in reason ? `${reason.by.policy} / ${reason.by.statement}` : '');

export function DeniedExplanation({ failure, onClose }: { failure?: CallFailure; onClose: () => void }) {
  const { t } = useLocale();
  const decision = failure?.decision;
  const e = decision?.explanation;
  return (
    <Modal
      visible={!!failure}
      size="large"
      onDismiss={onClose}
      header={t('denied.title')}
      footer={<Box float="right"><Button variant="primary" onClick={onClose}>{t('app.close')}</Button></Box>}
    >
      {failure && decision && e && (
        <SpaceBetween size="m">
          <Box variant="p">{t(`denied.reason.${e.reason.kind}`, { statement: statementOf(e.reason) })}</Box>
          <KeyValuePairs columns={2} items={[
            { label: t('denied.code'), value: failure.code },
            { label: t('denied.decision'), value: <Box variant="code">{decision.decision}</Box> },
            { label: t('denied.principal'), value: <Box variant="code">{e.principal}</Box> },
            { label: t('denied.action'), value: <Box variant="code">{e.action}</Box> },
            { label: t('denied.resource'), value: <Box variant="code">{e.resource}</Box> },
          ]} />
          <PolicyEvaluation policies={e.policies} />
        </SpaceBetween>
      )}
    </Modal>
  );
}
