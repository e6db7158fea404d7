/** The service's side navigation, as in the KMS console, plus the lab's own pages. */
import SideNavigation, { type SideNavigationProps } from '@cloudscape-design/components/side-navigation';
import { useNavigate, useRouterState } from '@tanstack/react-router';
import { useLocale } from '../hooks/useLocale.ts';
import { s3Nav } from './s3Nav.ts';
import { serviceNav } from './serviceNav.ts';

export function SideNav() {
  const { t } = useLocale();
  const navigate = useNavigate();
  const path = useRouterState({ select: (s) => s.location.pathname });
  // The key pages belong to the customer managed keys list, as in the console.
  const active = path.startsWith('/kms/keys') ? '/kms/keys' : path;
  const service = serviceNav(path, t) ?? s3Nav(path, t);
  return (
    <SideNavigation
      header={service?.header ?? { text: t('nav.kms'), href: '/kms/keys' }}
      activeHref={service?.active ?? active}
      onFollow={(event) => {
        if (event.detail.external) return;
        event.preventDefault();
        void navigate({ to: event.detail.href });
      }}
      items={[
        ...(service?.items ?? [
          { type: 'link', text: t('nav.awsKeys'), href: '/kms/aws-managed-keys' },
          { type: 'link', text: t('nav.customerKeys'), href: '/kms/keys' },
          { type: 'divider' },
          { type: 'link', text: t('nav.tryIt'), href: '/kms/try' },
        ] satisfies SideNavigationProps.Item[]),
        { type: 'divider' },
        { type: 'section', text: t('nav.lab'), items: [
          { type: 'link', text: t('lab.list.title'), href: '/labs' },
          { type: 'link', text: t('nav.objectUrls'), href: '/s3/object-urls' },
          { type: 'link', text: t('nav.editor'), href: '/editor' },
          { type: 'link', text: t('nav.playground'), href: '/playground' },
          { type: 'link', text: t('nav.account'), href: '/account' },
        ] },
      ]}
    />
  );
}
