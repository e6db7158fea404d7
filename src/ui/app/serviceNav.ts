/**
 * The IAM and CloudTrail consoles' side navigation and breadcrumbs. SideNav and breadcrumbsFor
 * ask here first, so each service's pages keep their own navigation as in the AWS console.
 */
import type { SideNavigationProps } from '@cloudscape-design/components/side-navigation';
import type { TranslationKey } from '../../i18n/i18n.ts';
import type { Crumb } from './breadcrumbsFor.ts';

type T = (key: TranslationKey) => string;
type Nav = { readonly header: { text: string; href: string }; readonly items: SideNavigationProps.Item[]; readonly active: string };

export function serviceNav(path: string, t: T): Nav | undefined {
  if (path.startsWith('/iam')) {
    return {
      header: { text: t('iam.service'), href: '/iam/users' },
      items: [{ type: 'section', text: t('iam.accessManagement'), items: [
        { type: 'link', text: t('iam.users'), href: '/iam/users' },
        { type: 'link', text: t('iam.roles'), href: '/iam/roles' },
        { type: 'link', text: t('iam.policies'), href: '/iam/policies' },
      ] }],
      active: /^\/iam\/[a-z]+/.exec(path)?.[0] ?? path,
    };
  }
  if (path.startsWith('/cloudtrail')) {
    return {
      header: { text: t('cloudtrail.service'), href: '/cloudtrail/events' },
      items: [
        { type: 'link', text: t('cloudtrail.eventHistory'), href: '/cloudtrail/events' },
        { type: 'link', text: t('cloudtrail.trails'), href: '/cloudtrail/trails' },
      ],
      active: /^\/cloudtrail\/[a-z]+/.exec(path)?.[0] ?? path,
    };
  }
  return undefined;
}

const LISTS: Record<string, TranslationKey> = {
  '/iam/users': 'iam.users', '/iam/roles': 'iam.roles', '/iam/policies': 'iam.policies',
  '/cloudtrail/events': 'cloudtrail.eventHistory', '/cloudtrail/trails': 'cloudtrail.trails',
};
const CREATE: Record<string, TranslationKey> = {
  '/iam/users': 'iam.createUser', '/iam/roles': 'iam.createRole', '/iam/policies': 'iam.createPolicy', '/cloudtrail/trails': 'cloudtrail.createTrail',
};

/** Service › list › page (a name, an ARN, or the create page). */
export function serviceCrumbs(path: string, t: T): Crumb[] | undefined {
  const match = /^\/(iam|cloudtrail)(\/[a-z]+)?(?:\/([^/]+))?/.exec(path);
  if (!match) return undefined;
  const [, service, list, page] = match;
  const root = service === 'iam' ? { text: t('iam.service'), href: '/iam/users' } : { text: t('cloudtrail.service'), href: '/cloudtrail/events' };
  const listHref = `/${service}${list ?? ''}`;
  const listKey = LISTS[listHref];
  if (!listKey) return [root];
  const crumbs = [root, { text: t(listKey), href: listHref }];
  if (!page) return crumbs;
  const createKey = CREATE[listHref];
  const text = page === 'create' && createKey ? t(createKey) : decodeURIComponent(page);
  return [...crumbs, { text, href: path }];
}
