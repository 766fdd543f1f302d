// Vitest global setup: the PostgreSQL database every PostgreSQL test uses. TEST_DATABASE_URL (set by .ci/run) names a
// server; without it a throwaway cluster is started for this run and stopped after it. No server → the run fails.
// The run creates one database of its own on that server and drops it at the end; each test takes a schema in it.
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startCluster } from "./cluster.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The run's own database, whose user may create schemas. */
    postgresUrl: string;
  }
}

async function onServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function startServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) return { url: given, stop: async () => {} };
  try {
    const cluster = await startCluster();
    // Subprocesses started by tests (the bot itself) find it here too.
    process.env.TEST_DATABASE_URL = cluster.url;
    return cluster;
  } catch (error) {
    throw new Error(
      `The PostgreSQL tests need a server and none could be started: ${error instanceof Error ? error.message : error}`,
    );
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startServer();
  const name = `bot_test_${randomBytes(6).toString("hex")}`;
  await onServer(server.url, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  project.provide("postgresUrl", url.toString());
  return async () => {
    // WITH (FORCE) ends the connections test workers still hold: they are done.
    await onServer(server.url, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    await server.stop();
  };
}
