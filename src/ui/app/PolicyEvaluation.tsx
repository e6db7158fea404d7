/** Each policy the evaluator read, statement by statement: did it name the caller, the action, the resource, its conditions? */
import Box from '@cloudscape-design/components/box';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import type { CallFailure } from '../../client/engineClient.ts';
import { useLocale } from '../hooks/useLocale.ts';

type Policies = NonNullable<CallFailure['decision']>['explanation']['policies'];
type Row = { id: string; policy: string; statement: Policies[number]['statements'][number] };

const yesNo = (matched: boolean | undefined) => (matched === undefined ? '-' : matched ? '✓' : '✗');

export function PolicyEvaluation({ policies }: { policies: Policies }) {
  const { t } = useLocale();
  const rows: Row[] = policies.flatMap((p) => p.statements.map((s) => ({ id: `${p.name}/${s.id}`, policy: p.name, statement: s })));
  return (
    <Table
      variant="embedded"
      items={rows}
      trackBy="id"
      ariaLabels={{ tableLabel: t('denied.statements') }}
      empty={<Box textAlign="center">{t('denied.noPolicies')}</Box>}
      columnDefinitions={[
        { id: 'policy', header: t('denied.policy'), cell: (r) => r.policy },
        { id: 'sid', header: 'Sid', cell: (r) => r.statement.sid ?? r.statement.id },
        { id: 'effect', header: 'Effect', cell: (r) => r.statement.effect },
        { id: 'principal', header: 'Principal', cell: (r) => yesNo(r.statement.principal?.matched) },
        { id: 'action', header: 'Action', cell: (r) => yesNo(r.statement.action.matched) },
        { id: 'resource', header: 'Resource', cell: (r) => yesNo(r.statement.resource.matched) },
        { id: 'conditions', header: 'Condition', cell: (r) => r.statement.conditions.map((c) => `${c.operator} ${c.key} ${yesNo(c.matched)}`).join('; ') || '-' },
        {
          id: 'applies', header: t('denied.applies'),
          cell: (r) => <StatusIndicator type={r.statement.applies ? (r.statement.effect === 'Deny' ? 'error' : 'success') : 'stopped'}>{t(r.statement.applies ? 'denied.appliesYes' : 'denied.appliesNo')}</StatusIndicator>,
        },
      ]}
    />
  );
}
