/** The console's table of the account's IAM users and roles, to choose key administrators or key users. */
import Header from '@cloudscape-design/components/header';
import Box from '@cloudscape-design/components/box';
import { DataTable } from '../../components/DataTable.tsx';
import { useLocale } from '../../hooks/useLocale.ts';
import { usePrincipalList, type PrincipalChoice } from '../../hooks/usePrincipals.ts';
import { useSession } from '../../hooks/useSession.ts';

type Props = { title: string; description: string; selected: readonly string[]; onChange: (arns: string[]) => void };

export function PrincipalPicker({ title, description, selected, onChange }: Props) {
  const { t } = useLocale();
  const { principalArn } = useSession();
  const { principals, loading } = usePrincipalList(principalArn);
  return (
    <DataTable<PrincipalChoice>
      items={principals}
      trackBy="arn"
      loading={loading}
      label={title}
      filterPlaceholder={t('principals.filter')}
      empty={<Box textAlign="center">{t('principals.empty')}</Box>}
      header={<Header variant="h2" counter={`(${selected.length}/${principals.length})`} description={description}>{title}</Header>}
      columns={[
        { id: 'name', header: t('principals.name'), cell: (p) => p.name, sortingField: 'name', sortText: (p) => p.name, filterText: (p) => p.name },
        { id: 'type', header: t('principals.type'), cell: (p) => t(p.kind === 'user' ? 'header.user' : 'header.role'), sortingField: 'kind', sortText: (p) => p.kind },
        { id: 'arn', header: 'ARN', cell: (p) => p.arn, filterText: (p) => p.arn },
      ]}
      selection={{
        type: 'multi',
        selected: principals.filter((p) => selected.includes(p.arn)),
        // Keep the order the learner chose in: it is the order the policy lists them in.
        onChange: (items) => onChange([...selected.filter((a) => items.some((i) => i.arn === a)), ...items.map((i) => i.arn).filter((a) => !selected.includes(a))]),
        itemLabel: (p) => t('principals.select', { name: p.name }),
      }}
    />
  );
}
