/**
 * The console's top bar: the lab's name, the Region, the language switcher and the signed-in
 * principal with its account, as the AWS console shows them.
 */
import TopNavigation from '@cloudscape-design/components/top-navigation';
import { LOCALE_NAMES, LOCALES, isLocale } from '../i18n/i18n.ts';
import { useLocale } from './hooks/useLocale.ts';
import { useSession } from './hooks/useSession.ts';

/** The console writes account ids in groups of four: 1111-2222-3333. */
const groupAccountId = (id: string) => id.replace(/^(\d{4})(\d{4})(\d{4})$/, '$1-$2-$3');
const principalName = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1) || arn;

export function Header() {
  const { locale, setLocale, t } = useLocale();
  const { accountId, region, principalArn } = useSession();
  const signedIn = `${principalName(principalArn)} @ ${groupAccountId(accountId)}`;
  return (
    <TopNavigation
      identity={{ href: '#', title: t('app.title') }}
      i18nStrings={{ overflowMenuTriggerText: t('header.more'), overflowMenuTitleText: t('header.more') }}
      utilities={[
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
            { id: 'principal', text: principalArn, disabled: true },
          ],
        },
      ]}
    />
  );
}
