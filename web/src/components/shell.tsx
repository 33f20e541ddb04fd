/** The frame around every page once signed in: skip link, navigation (admin pages for admins only, New postmortem for those who may write), who is signed in (a link to their account), sign out. */
import type { ReactNode } from 'react';
import { Link, useLocation } from '../routing/router.js';
import { useCanWrite, useIsAdmin, useSession, useUser } from '../session/session.js';

const NAV = [
  { to: '/', label: 'Dashboard', match: (path: string) => path === '/' },
  { to: '/postmortems', label: 'Postmortems', match: (path: string) => path === '/postmortems' || (path.startsWith('/postmortems/') && path !== '/postmortems/new') },
  { to: '/postmortems/new', label: 'New postmortem', match: (path: string) => path === '/postmortems/new', writersOnly: true },
  { to: '/incidents', label: 'Incidents', match: (path: string) => path === '/incidents' || path.startsWith('/incidents/') },
  { to: '/action-items', label: 'Action items', match: (path: string) => path === '/action-items' },
  { to: '/reports/patterns', label: 'Patterns', match: (path: string) => path === '/reports/patterns' },
  { to: '/admin/policy', label: 'Policy', match: (path: string) => path === '/admin/policy', adminOnly: true },
  { to: '/admin/teams', label: 'Teams', match: (path: string) => path === '/admin/teams', adminOnly: true },
  { to: '/admin/slos', label: 'SLOs', match: (path: string) => path === '/admin/slos', adminOnly: true },
  { to: '/admin/notifications', label: 'Notifications', match: (path: string) => path === '/admin/notifications', adminOnly: true },
  { to: '/admin/integrations', label: 'Integrations', match: (path: string) => path === '/admin/integrations', adminOnly: true },
  { to: '/admin/users', label: 'Users', match: (path: string) => path === '/admin/users', adminOnly: true },
  { to: '/admin/audit', label: 'Audit log', match: (path: string) => path === '/admin/audit', adminOnly: true },
  { to: '/admin/deleted', label: 'Deleted', match: (path: string) => path === '/admin/deleted', adminOnly: true },
];

/** The page frame. */
export function Shell({ children }: { children: ReactNode }) {
  const user = useUser();
  const { signOut } = useSession();
  const isAdmin = useIsAdmin();
  const canWrite = useCanWrite();
  const path = useLocation().pathname;
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          Debrief
        </Link>
        <nav aria-label="Main">
          <ul>
            {NAV.filter((item) => (isAdmin || item.adminOnly !== true) && (canWrite || item.writersOnly !== true)).map((item) => (
              <li key={item.to}>
                <Link to={item.to} aria-current={item.match(path) ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who" data-testid="current-user">
          <Link to="/account" className="who-name" title="Your account: password and API tokens" aria-current={path === '/account' ? 'page' : undefined}>
            {user.name || user.email}
          </Link>{' '}
          <span className="who-role">{user.role}</span>
          <button type="button" className="button-quiet" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
