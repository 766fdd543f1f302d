// Vitest global setup: the PostgreSQL server every PostgreSQL test uses. TEST_DATABASE_URL (set by .ci/run) names
// one; without it a throwaway cluster is started for this run and stopped after it. No server → the run fails.
import type { TestProject } from "vitest/node";
import { startCluster } from "./cluster.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** A server URL whose user may create databases. */
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide("postgresUrl", given);
    return undefined;
  }
  let cluster: Awaited<ReturnType<typeof startCluster>>;
  try {
    cluster = await startCluster();
  } catch (error) {
    throw new Error(
      `The PostgreSQL tests need a server and none could be started: ${error instanceof Error ? error.message : error}`,
    );
  }
  project.provide("postgresUrl", cluster.url);
  // Subprocesses started by tests (the bot itself) find it here too.
  process.env.TEST_DATABASE_URL = cluster.url;
  return () => cluster.stop();
}
