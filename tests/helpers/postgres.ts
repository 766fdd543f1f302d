// An empty PostgreSQL schema per call, in the run's own database (tests/postgres/global-setup.ts), which the run drops.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

let admin: pg.Pool | undefined;
function runDatabase(): pg.Pool {
  if (admin) return admin;
  // One connection per test worker, which does not keep the worker alive (allowExitOnIdle).
  admin = new pg.Pool({ connectionString: inject("postgresUrl"), max: 1, allowExitOnIdle: true });
  // DROP DATABASE … WITH (FORCE) at the end of the run ends this connection: that is expected.
  admin.on("error", () => {});
  return admin;
}

/** Creates an empty schema and returns a URL whose connections use it (search_path), as a database of its own. */
export async function freshPostgresDatabase(): Promise<string> {
  const schema = `s_${randomBytes(6).toString("hex")}`;
  await runDatabase().query(`CREATE SCHEMA ${schema}`);
  const scoped = new URL(inject("postgresUrl"));
  scoped.searchParams.set("options", `-c search_path=${schema}`);
  return scoped.toString();
}
