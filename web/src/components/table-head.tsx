/** The header row of a data table; an empty column name becomes a visually hidden "Actions" (for row buttons). */

/** `<thead>` with one column header per name. */
export function TableHead({ columns }: { columns: readonly string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((name, i) => (
          <th key={i} scope="col">
            {name === '' ? <span className="visually-hidden">Actions</span> : name}
          </th>
        ))}
      </tr>
    </thead>
  );
}
