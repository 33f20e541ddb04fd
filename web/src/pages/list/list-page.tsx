/** The postmortem list: filters in the address, pages of 25 through the API's cursor, a sort order. */
import { useState } from 'react';
import { listPostmortems } from '../../api/postmortems.js';
import { SelectField } from '../../components/fields.js';
import { ErrorNote, Loading } from '../../components/notices.js';
import { useDebounced } from '../../hooks/use-debounced.js';
import { usePagedList } from '../../hooks/use-paged-list.js';
import { useQueryParams } from '../../hooks/use-query-params.js';
import { Link } from '../../routing/router.js';
import { FILTER_KEYS, ListFilters } from './list-filters.js';
import { PostmortemTable } from './postmortem-table.js';
import { orderRows, ROW_ORDERS, type RowOrder } from './row-order.js';

const PAGE_SIZE = 25;

/** The list page. */
export function ListPage() {
  const [values, setValues] = useQueryParams(FILTER_KEYS);
  const [order, setOrder] = useState<RowOrder>('server');
  const filter = useDebounced(values, 300);
  const list = usePagedList(JSON.stringify(filter), (cursor) => listPostmortems(filter, cursor, PAGE_SIZE));
  const rows = orderRows(list.items, order);

  return (
    <>
      <div className="page-head">
        <h1>Postmortems</h1>
        <Link to="/postmortems/new" className="button button-primary">
          New postmortem
        </Link>
      </div>
      <ListFilters values={values} onChange={setValues} />
      <div className="list-tools">
        <SelectField label="Sort" options={ROW_ORDERS} value={order} onChange={(value) => setOrder(value === '' ? 'server' : value)} />
        <p role="status" className="list-count">
          {list.loading ? 'Loading…' : `${rows.length} shown${list.hasMore ? ', more below' : ''}`}
        </p>
      </div>
      <ErrorNote error={list.error} />
      {rows.length === 0 && !list.loading ? <p className="empty">No postmortem matches these filters.</p> : <PostmortemTable rows={rows} />}
      {list.loading && rows.length > 0 ? <Loading what="more" /> : null}
      {list.hasMore && !list.loading ? (
        <button type="button" className="load-more" onClick={list.loadMore}>
          Load {PAGE_SIZE} more
        </button>
      ) : null}
    </>
  );
}
