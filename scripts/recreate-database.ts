import pg from "pg";

/** Drops and recreates the database named in the given PostgreSQL URL (test databases only). */
async function main() {
  const target = new URL(process.argv[2] ?? "");
  const name = target.pathname.slice(1);
  if (!/^(lending_e2e(_[0-9]+)?|test_[a-z0-9_]+)$/.test(name)) throw new Error(`Refusing to recreate "${name}": not a test database.`);
  const admin = new URL(target);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
