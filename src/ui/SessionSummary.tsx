/** Where the learner is working: account, Region and principal, always in view. */
import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { SimulatedClock } from './SimulatedClock.tsx';
import { useLocale } from './hooks/useLocale.ts';
import { useSession } from './hooks/useSession.ts';

export function SessionSummary() {
  const { t } = useLocale();
  const { accountId, region, principalArn } = useSession();
  const facts = [
    { id: 'account', label: t('header.account'), value: accountId },
    { id: 'region', label: t('header.regionLabel'), value: `${region} (${t('header.region')})` },
    { id: 'principal', label: t('header.principal'), value: principalArn },
  ];
  return (
    <SpaceBetween direction="horizontal" size="l">
      {facts.map((f) => (
        <span key={f.id} data-fact={f.id}>
          {f.label}: <Box variant="code" display="inline">{f.value}</Box>
        </span>
      ))}
      <SimulatedClock />
    </SpaceBetween>
  );
}
