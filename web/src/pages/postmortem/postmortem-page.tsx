/** One postmortem: read, edit (autosaved) or its history; workflow, findings, export. Loaded lazily. */
import { useEffect, useState } from 'react';
import type { Status } from '../../../../src/core/postmortem.schema.js';
import { isFrozen } from '../../../../src/core/status-flow.js';
import { getPostmortem, restoreRevision, transition } from '../../api/postmortems.js';
import type { PostmortemView } from '../../api/types.js';
import { SeverityBadge } from '../../components/badges.js';
import { formatLocal } from '../../editing/local-time.js';
import { ErrorNote, Loading } from '../../components/notices.js';
import { Link, navigate } from '../../routing/router.js';
import { postmortemPath, type PostmortemMode } from '../../routing/routes.js';
import { useCanWrite, useIsAdmin } from '../../session/session.js';
import { ApprovalsPanel } from './approvals-panel.js';
import { CommentsPanel } from './comments-panel.js';
import { DeleteButton } from './delete-button.js';
import { EditorView } from './editor/editor-view.js';
import { ExportButtons } from './export-buttons.js';
import { FindingsPanel } from './findings.js';
import { HistoryView } from './history-view.js';
import { jumpTo } from './jump.js';
import { MeetingKitPanel } from './meeting-kit-panel.js';
import { PublicVersionView } from './public-version-view.js';
import { SimilarPanel } from './similar-panel.js';
import { ReadView } from './read-view.js';
import { ConflictNotices, SaveIndicator } from './save-status.js';
import { useDraftStore } from './use-draft-store.js';
import { useLint, type PlacedFinding } from './use-lint.js';
import { usePublished } from './use-published.js';
import { WorkflowBar } from './workflow-bar.js';

type Mode = PostmortemMode;

const MODE_LABELS: Record<Mode, string> = { read: 'Read', edit: 'Edit', history: 'History', public: 'Public version' };

/** Read, Edit (for those who may write, while the postmortem is not frozen), History, and Public version (for writers, once published). */
function ModeTabs({ id, mode, canEdit, canPublish }: { id: string; mode: Mode; canEdit: boolean; canPublish: boolean }) {
  const modes: Mode[] = [...(canEdit ? (['read', 'edit', 'history'] as const) : (['read', 'history'] as const)), ...(canPublish ? (['public'] as const) : [])];
  return (
    <nav className="mode-tabs" aria-label="View">
      {modes.map((m) => (
        <Link key={m} to={postmortemPath(id, m)} aria-current={m === mode ? 'page' : undefined} className={m === mode ? 'tab tab-active' : 'tab'}>
          {MODE_LABELS[m]}
        </Link>
      ))}
    </nav>
  );
}

function OpenPostmortem({ initial, mode }: { initial: PostmortemView; mode: Mode }) {
  const canWrite = useCanWrite();
  const isAdmin = useIsAdmin();
  const { store, snapshot } = useDraftStore(initial);
  const { view, draft } = snapshot;
  const { findings, error: lintError } = useLint(view.id, view.version);
  const published = usePublished(view.id, draft.status);
  // Readers see the published version while a reopened postmortem is revised; writers see the revision.
  const readersCopy = published !== null && !canWrite;
  const shown = readersCopy ? published.postmortem : draft;
  // Final and published are frozen: read only until reopened (the server refuses edits too).
  const canEdit = canWrite && !isFrozen(draft.status);
  const editing = canEdit && mode === 'edit';
  // Only a published postmortem gets a public version (never a restricted one: the server says so).
  const canPublish = canWrite && draft.status === 'published';

  /** Saves what is pending; the postmortem as the server then has it, unless a conflict waits for the user. */
  const saved = async () => {
    await store.flush();
    const { conflict, view: current } = store.getSnapshot();
    if (conflict !== null) throw new Error('Resolve the conflict with the other change first.');
    return current;
  };
  const move = async (to: Status, reason?: string) => {
    store.adopt(await transition(view.id, (await saved()).version, to, reason));
  };
  const importTarget = { id: view.id, save: saved, reload: async () => store.adopt(await getPostmortem(view.id)) };
  const restore = async (number: number) => {
    await store.flush();
    store.adopt(await restoreRevision(view.id, number, store.getSnapshot().view.version));
  };
  const jump = (finding: PlacedFinding) => {
    if (canEdit && mode !== 'edit') navigate(postmortemPath(view.id, 'edit'));
    setTimeout(() => jumpTo(finding.place), 50);
  };

  return (
    <>
      <header className="pm-head">
        <div className="pm-title">
          <h1>{shown.title || 'Untitled postmortem'}</h1>
          <SeverityBadge severity={shown.severity} />
        </div>
        <ModeTabs id={view.id} mode={mode} canEdit={canEdit} canPublish={canPublish} />
        <ExportButtons id={view.id} beforeExport={() => store.flush()} />
        {isAdmin ? <DeleteButton id={view.id} title={shown.title} beforeDelete={() => store.flush()} /> : null}
      </header>
      {canEdit ? <SaveIndicator snapshot={snapshot} /> : null}
      <ConflictNotices snapshot={snapshot} store={store} />
      <WorkflowBar status={draft.status} canWrite={canWrite} onMove={move} />
      <ApprovalsPanel id={view.id} version={view.version} status={draft.status} canWrite={canWrite} />
      {draft.status === 'in_review' ? <MeetingKitPanel id={view.id} version={view.version} /> : null}
      {mode === 'public' && canPublish ? (
        <PublicVersionView id={view.id} />
      ) : mode === 'history' ? (
        <HistoryView id={view.id} current={view} canWrite={canEdit} onRestore={restore} />
      ) : (
        <div className="pm-body">
          <div className="pm-main">
            {editing ? (
              <EditorView draft={draft} edit={(recipe) => store.edit(recipe)} findings={findings ?? []} importTarget={importTarget} />
            ) : readersCopy ? (
              <>
                <p className="note published-note">
                  Being revised: this is the version published on {formatLocal(published.at)}. The revision in progress is shown once it is published.
                </p>
                <ReadView pm={shown} />
              </>
            ) : (
              <>
                {published === null ? null : (
                  <p className="note published-note">
                    Readers see the version published on {formatLocal(published.at)} (revision {published.number}) until this one is published.
                  </p>
                )}
                <ReadView pm={draft} />
              </>
            )}
          </div>
          <FindingsPanel findings={findings} error={lintError} onJump={jump} />
        </div>
      )}
      {mode === 'history' || mode === 'public' ? null : <SimilarPanel id={view.id} version={view.version} />}
      {mode === 'history' || mode === 'public' ? null : <CommentsPanel id={view.id} items={shown.actionItems} />}
    </>
  );
}

/** The postmortem page for `id` in `mode`. */
export default function PostmortemPage({ id, mode }: { id: string; mode: Mode }) {
  const [view, setView] = useState<PostmortemView | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const abort = new AbortController();
    getPostmortem(id, abort.signal).then(setView, (caught: unknown) => {
      if (!abort.signal.aborted) setError(caught);
    });
    return () => abort.abort();
  }, [id]);
  if (error !== null) return <ErrorNote error={error} />;
  if (view === null) return <Loading what="the postmortem" />;
  return <OpenPostmortem initial={view} mode={mode} />;
}
