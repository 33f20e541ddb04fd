// Drops the schemas that test runs left behind in the test database (a run stopped midway cannot clean up): each
// run makes hundreds, and a catalog of tens of thousands of tables slows every migration check several times over.
import pg from 'pg';

try {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  const { rows } = await client.query("select nspname from pg_namespace where nspname like 'test\\_%' or nspname like 'bench\\_%'");
  for (const { nspname } of rows) await client.query(`drop schema ${client.escapeIdentifier(nspname)} cascade`);
  await client.end();
  console.log(`ci: dropped ${rows.length} schemas left by earlier test runs`);
} catch (error) {
  console.error(`ci: could not drop stale test schemas: ${error.message}`);
  process.exit(1);
}
