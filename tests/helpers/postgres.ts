// An empty PostgreSQL schema per call (in one database per test file), on the server the global setup provides.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";

let database: Promise<{ url: URL; admin: pg.Pool }> | undefined;
let created: string | undefined;
let server: pg.Pool | undefined;

function serverUrl(): string {
  const url = inject("postgresUrl") ?? process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error("no PostgreSQL server for the tests: tests/postgres/global-setup.ts provides one");
  return url;
}

const randomName = (prefix: string) => `${prefix}_${randomBytes(6).toString("hex")}`;

async function fileDatabase(): Promise<{ url: URL; admin: pg.Pool }> {
  server = new pg.Pool({ connectionString: serverUrl(), max: 1, connectionTimeoutMillis: 10_000 });
  server.on("error", () => {});
  created = randomName("bot_test");
  await server.query(`CREATE DATABASE ${created}`);
  const url = new URL(serverUrl());
  url.pathname = `/${created}`;
  const admin = new pg.Pool({ connectionString: url.toString(), max: 1 });
  // DROP DATABASE … WITH (FORCE) ends whatever connection is still closing: that is expected.
  admin.on("error", () => {});
  return { url, admin };
}

/** Creates an empty schema and returns a URL whose connections use it (search_path), as a database of its own. */
export async function freshPostgresDatabase(): Promise<string> {
  database ??= fileDatabase();
  const { url, admin } = await database;
  const schema = randomName("s");
  await admin.query(`CREATE SCHEMA ${schema}`);
  const scoped = new URL(url);
  scoped.searchParams.set("options", `-c search_path=${schema}`);
  return scoped.toString();
}

afterAll(async () => {
  if (!database) return;
  const { admin } = await database;
  await admin.end();
  await server?.query(`DROP DATABASE IF EXISTS ${created} WITH (FORCE)`).catch(() => {});
  await server?.end();
  database = undefined;
});
