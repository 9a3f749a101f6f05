import { Fragment, type ReactElement } from 'react';
import { BillingPage } from './pages/BillingPage';
import { EndUsersPage } from './pages/EndUsersPage';
import { GenerationDetailPage } from './pages/GenerationDetailPage';
import { GenerationListPage } from './pages/GenerationListPage';
import { HomePage } from './pages/HomePage';
import { NewGenerationPage } from './pages/NewGenerationPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { SettingsPage } from './pages/SettingsPage';
import { SupportPage } from './pages/SupportPage';
import { matchPath } from './router';

interface Route {
  path: string;
  render: (params: Record<string, string>) => ReactElement;
}

// Specific before general: `/generations/new` before `/generations/:id`.
const ROUTES: readonly Route[] = [
  { path: '/', render: () => <HomePage /> },
  { path: '/generations', render: () => <GenerationListPage /> },
  { path: '/generations/new', render: () => <NewGenerationPage /> },
  { path: '/generations/:id', render: (params) => <GenerationDetailPage id={params.id ?? ''} /> },
  { path: '/end-users', render: () => <EndUsersPage /> },
  { path: '/billing', render: () => <BillingPage /> },
  { path: '/settings', render: () => <SettingsPage /> },
  { path: '/support', render: () => <SupportPage /> },
];

/** The page for `pathname` (keyed by it, so each route mounts fresh), or the 404 page. */
export function renderRoute(pathname: string): ReactElement {
  for (const route of ROUTES) {
    const params = matchPath(route.path, pathname);
    if (params) return <Fragment key={pathname}>{route.render(params)}</Fragment>;
  }
  return <NotFoundPage key={pathname} />;
}

/** The nav's links; `currentNavItem` picks the one a path belongs to. */
export const NAV_ITEMS = [
  { to: '/generations', label: 'Generations' },
  { to: '/generations/new', label: 'New generation' },
  { to: '/end-users', label: 'End-users' },
  { to: '/billing', label: 'Billing' },
  { to: '/settings', label: 'API keys' },
  { to: '/support', label: 'Support' },
] as const;

/** The nav link `pathname` belongs to: the longest one that is the path or a parent of it. */
export function currentNavItem(pathname: string): string | undefined {
  return NAV_ITEMS.map((item) => item.to)
    .filter((to) => pathname === to || pathname.startsWith(`${to}/`))
    .sort((a, b) => b.length - a.length)[0];
}
