/**
 * The console's top bar: services, the simulated clock with fast-forward, the Region, the
 * language and the signed-in principal with a switcher among the account's users and roles.
 */
import TopNavigation, { type TopNavigationProps } from '@cloudscape-design/components/top-navigation';
import { useNavigate } from '@tanstack/react-router';
import { LOCALE_NAMES, LOCALES, isLocale } from '../../i18n/i18n.ts';
import { useLocale } from '../hooks/useLocale.ts';
import { usePrincipals } from '../hooks/usePrincipals.ts';
import { useShellFacts } from '../hooks/useSession.ts';
import { useClockMenu } from './useClockMenu.ts';

/** The console writes account ids in groups of four: 1111-2222-3333. */
const groupAccountId = (id: string) => id.replace(/^(\d{4})(\d{4})(\d{4})$/, '$1-$2-$3');
const principalName = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1) || arn;

export function TopBar() {
  const { locale, setLocale, t } = useLocale();
  const { accountId, region, principalArn, setPrincipalArn } = useShellFacts();
  const navigate = useNavigate();
  const principals = usePrincipals(principalArn);
  const clock = useClockMenu();
  const signedIn = `${principalName(principalArn)} @ ${groupAccountId(accountId)}`;

  const services: TopNavigationProps.Utility = {
    type: 'menu-dropdown',
    text: t('header.services'),
    iconName: 'grid-view',
    items: [
      { id: '/kms/keys', text: t('nav.kms') },
      // Not built yet in this lab: shown so the learner sees where they will be.
      { id: '/iam/users', text: 'IAM' },
      { id: '/s3/buckets', text: 'S3' },
      { id: '/cloudtrail/events', text: 'CloudTrail' },
    ],
    onItemClick: ({ detail }) => void (detail.id.startsWith('/') && navigate({ to: detail.id })),
  };

  return (
    <TopNavigation
      identity={{ href: '/kms/keys', title: t('app.title'), onFollow: (e) => { e.preventDefault(); void navigate({ to: '/kms/keys' }); } }}
      i18nStrings={{ overflowMenuTriggerText: t('header.more'), overflowMenuTitleText: t('header.more') }}
      utilities={[
        services,
        clock,
        {
          type: 'menu-dropdown',
          text: region,
          description: t('header.region'),
          // Accessible names start with the visible text, so voice control users can say what they see.
          ariaLabel: `${region}, ${t('header.regionLabel')}: ${t('header.region')}`,
          items: [{ id: region, text: `${t('header.region')} ${region}` }],
        },
        {
          type: 'menu-dropdown',
          text: LOCALE_NAMES[locale],
          iconName: 'globe',
          ariaLabel: `${t('header.language')}: ${LOCALE_NAMES[locale]}`,
          items: LOCALES.map((l) => ({ itemType: 'checkbox', id: l, text: LOCALE_NAMES[l], lang: l, checked: l === locale })),
          onItemClick: ({ detail }) => isLocale(detail.id) && setLocale(detail.id),
        },
        {
          type: 'menu-dropdown',
          text: signedIn,
          iconName: 'user-profile',
          description: principalArn,
          ariaLabel: `${signedIn}, ${t('header.principal')}: ${principalArn}`,
          items: [
            { id: 'account', text: `${t('header.account')}: ${groupAccountId(accountId)}`, disabled: true },
            {
              id: 'switch',
              text: t('header.switchPrincipal'),
              items: principals.map((p) => ({
                itemType: 'checkbox' as const, id: p.arn, checked: p.arn === principalArn,
                text: `${p.name} (${t(p.kind === 'user' ? 'header.user' : 'header.role')})`,
              })),
            },
          ],
          onItemClick: ({ detail }) => detail.id.startsWith('arn:') && setPrincipalArn(detail.id),
        },
      ]}
    />
  );
}
