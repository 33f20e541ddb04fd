/** The app: the session gate, the shell, and the page the address points to. */
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { Loading } from './components/notices.js';
import { Shell } from './components/shell.js';
import { ActionItemsPage } from './pages/action-items/action-items-page.js';
import { DashboardPage } from './pages/dashboard/dashboard-page.js';
import { ListPage } from './pages/list/list-page.js';
import { NewPostmortemPage } from './pages/new/new-postmortem-page.js';
import { SignInPage } from './pages/sign-in-page.js';
import { movedListAddress } from './routing/moved-list.js';
import { navigate, useLocation } from './routing/router.js';
import { ADMIN_PAGES, routeOf } from './routing/routes.js';
import { SessionProvider, useIsAdmin, useSession } from './session/session.js';

const PostmortemPage = lazy(() => import('./pages/postmortem/postmortem-page.js'));
// Rarely visited, so they stay out of the first load.
const AccountPage = lazy(() => import('./pages/account/account-page.js'));
const UsersPage = lazy(() => import('./pages/admin/users-page.js'));
const AuditPage = lazy(() => import('./pages/admin/audit-page.js'));
const DeletedPage = lazy(() => import('./pages/admin/deleted-page.js'));
const TeamsPage = lazy(() => import('./pages/admin/teams-page.js'));
const SlosPage = lazy(() => import('./pages/admin/slos-page.js'));
const NotificationsPage = lazy(() => import('./pages/admin/notifications-page.js'));
const IntegrationsPage = lazy(() => import('./pages/admin/integrations-page.js'));
const PolicyPage = lazy(() => import('./pages/policy/policy-page.js'));
const IncidentsPage = lazy(() => import('./pages/incidents/incidents-page.js'));
const IncidentPage = lazy(() => import('./pages/incidents/incident-page.js'));
const PatternsPage = lazy(() => import('./pages/patterns/patterns-page.js'));

/** A page loaded when first needed, with a loading line meanwhile. */
function Lazy({ what, children }: { what: string; children: ReactNode }) {
  return <Suspense fallback={<Loading what={what} />}>{children}</Suspense>;
}

function CurrentPage() {
  const location = useLocation();
  const route = routeOf(location.pathname);
  const isAdmin = useIsAdmin();
  const moved = movedListAddress(location);
  useEffect(() => {
    if (moved !== null) navigate(moved, { replace: true });
  }, [moved]);
  if (moved !== null) return null;
  if (ADMIN_PAGES.has(route.page) && !isAdmin) {
    return (
      <>
        <h1>Admins only</h1>
        <p>This page is for admins. Ask one if you need an account, a team or a notification channel changed, or want to see the audit log.</p>
      </>
    );
  }
  switch (route.page) {
    case 'dashboard':
      return <DashboardPage />;
    case 'list':
      return <ListPage />;
    case 'new':
      return <NewPostmortemPage />;
    case 'actionItems':
      return <ActionItemsPage />;
    case 'postmortem':
      return (
        <Lazy what="the postmortem">
          <PostmortemPage key={route.id} id={route.id} mode={route.mode} />
        </Lazy>
      );
    case 'account':
      return (
        <Lazy what="your account">
          <AccountPage />
        </Lazy>
      );
    case 'users':
      return (
        <Lazy what="the users">
          <UsersPage />
        </Lazy>
      );
    case 'audit':
      return (
        <Lazy what="the audit log">
          <AuditPage />
        </Lazy>
      );
    case 'deleted':
      return (
        <Lazy what="the deleted postmortems">
          <DeletedPage />
        </Lazy>
      );
    case 'incidents':
      return (
        <Lazy what="the incidents">
          <IncidentsPage />
        </Lazy>
      );
    case 'incident':
      return (
        <Lazy what="the incident">
          <IncidentPage key={route.id} id={route.id} />
        </Lazy>
      );
    case 'patterns':
      return (
        <Lazy what="the pattern report">
          <PatternsPage />
        </Lazy>
      );
    case 'policy':
      return (
        <Lazy what="the policy">
          <PolicyPage />
        </Lazy>
      );
    case 'teams':
      return (
        <Lazy what="the teams">
          <TeamsPage />
        </Lazy>
      );
    case 'slos':
      return (
        <Lazy what="the SLOs">
          <SlosPage />
        </Lazy>
      );
    case 'notifications':
      return (
        <Lazy what="the notification channels">
          <NotificationsPage />
        </Lazy>
      );
    case 'integrations':
      return (
        <Lazy what="the integrations">
          <IntegrationsPage />
        </Lazy>
      );
    case 'notFound':
      return <h1>There is no such page</h1>;
  }
}

function Gate() {
  const { state } = useSession();
  if (state.phase === 'loading') return <Loading what="Debrief" />;
  if (state.phase === 'signedOut') return <SignInPage notice={state.error} />;
  return (
    <Shell>
      <CurrentPage />
    </Shell>
  );
}

/** The whole app. */
export function App() {
  return (
    <SessionProvider>
      <Gate />
    </SessionProvider>
  );
}
