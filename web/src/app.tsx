/** The app: the session gate, the shell, and the page the address points to. */
import { lazy, Suspense } from 'react';
import { Loading } from './components/notices.js';
import { Shell } from './components/shell.js';
import { ActionItemsPage } from './pages/action-items/action-items-page.js';
import { ListPage } from './pages/list/list-page.js';
import { NewPostmortemPage } from './pages/new/new-postmortem-page.js';
import { SignInPage } from './pages/sign-in-page.js';
import { useLocation } from './routing/router.js';
import { routeOf } from './routing/routes.js';
import { SessionProvider, useSession } from './session/session.js';

const PostmortemPage = lazy(() => import('./pages/postmortem/postmortem-page.js'));

function CurrentPage() {
  const route = routeOf(useLocation().pathname);
  switch (route.page) {
    case 'list':
      return <ListPage />;
    case 'new':
      return <NewPostmortemPage />;
    case 'actionItems':
      return <ActionItemsPage />;
    case 'postmortem':
      return (
        <Suspense fallback={<Loading what="the postmortem" />}>
          <PostmortemPage key={route.id} id={route.id} mode={route.mode} />
        </Suspense>
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
