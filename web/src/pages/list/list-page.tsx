/** The postmortem list: filters and order in the address, pages of 25 through the API's cursor, sorted by the server. */
import { useMemo } from 'react';
import { listPostmortems } from '../../api/postmortems.js';
import { SelectField } from '../../components/fields.js';
import { ErrorNote, Loading } from '../../components/notices.js';
import { useDebounced } from '../../hooks/use-debounced.js';
import { usePagedList } from '../../hooks/use-paged-list.js';
import { useQueryParams } from '../../hooks/use-query-params.js';
import { Link } from '../../routing/router.js';
import { useCanWrite } from '../../session/session.js';
import { FILTER_KEYS, ListFilters } from './list-filters.js';
import { DEFAULT_SORT_LABEL, SORT_LABELS } from './list-sort.js';
import { PostmortemTable } from './postmortem-table.js';

const PAGE_SIZE = 25;

const KEYS = [...FILTER_KEYS, 'sort'] as const;

/** The list page. */
export function ListPage() {
  const [values, setValues] = useQueryParams(KEYS);
  const canWrite = useCanWrite();
  // Debounced as text: `values` is a new object at every render, and debouncing it re-rendered the page every 300 ms.
  const settled = useDebounced(JSON.stringify(values), 300);
  const query = useMemo(() => JSON.parse(settled) as typeof values, [settled]);
  const list = usePagedList(settled, (cursor) => listPostmortems(query, cursor, PAGE_SIZE));
  const rows = list.items;
  const sort = values.sort in SORT_LABELS ? (values.sort as keyof typeof SORT_LABELS) : '';

  return (
    <>
      <div className="page-head">
        <h1>Postmortems</h1>
        {canWrite ? (
          <Link to="/postmortems/new" className="button button-primary">
            New postmortem
          </Link>
        ) : null}
      </div>
      <ListFilters values={values} onChange={setValues} />
      <div className="list-tools">
        <SelectField label="Sort" emptyLabel={DEFAULT_SORT_LABEL} options={SORT_LABELS} value={sort} onChange={(value) => setValues({ sort: value })} />
        <p role="status" className="list-count">
          {list.loading ? 'Loading…' : `${rows.length} shown${list.hasMore ? ', more below' : ''}`}
        </p>
      </div>
      <ErrorNote error={list.error} />
      {rows.length > 0 || list.loading ? <PostmortemTable rows={rows} /> : list.error ? null : <p className="empty">No postmortem matches these filters.</p>}
      {list.loading && rows.length > 0 ? <Loading what="more" /> : null}
      {list.hasMore && !list.loading ? (
        <button type="button" className="load-more" onClick={list.loadMore}>
          Load {PAGE_SIZE} more
        </button>
      ) : null}
    </>
  );
}
