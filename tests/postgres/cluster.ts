// A throwaway PostgreSQL server for the tests: a fresh cluster in a temporary directory on a free local port.
// Debian's initdb refuses to run as root, so as root the cluster belongs to the `postgres` user.
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface Cluster {
  url: string;
  dir: string;
  stop(): Promise<void>;
  /** Stops it synchronously: for a process that is exiting and cannot wait. */
  stopNow(): void;
}

/** The newest installed server's bin directory (Debian: /usr/lib/postgresql/<version>/bin), or one on PATH. */
export function findPgBin(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(join(root, v, "bin", "initdb")))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], "bin");
  }
  for (const dir of (process.env.PATH ?? "").split(":"))
    if (dir && existsSync(join(dir, "initdb")) && existsSync(join(dir, "pg_ctl"))) return dir;
  return undefined;
}

/** A port nothing listens on right now (the OS picks it), so parallel runs on one machine do not collide. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

export async function startCluster(): Promise<Cluster> {
  const bin = findPgBin();
  if (!bin)
    throw new Error(
      "PostgreSQL server binaries (initdb, pg_ctl) not found: install them (Debian: apt-get install postgresql) " +
        "or set TEST_DATABASE_URL to a server the tests may create databases on",
    );
  const dir = mkdtempSync(join(tmpdir(), "bot-pg-"));
  const asRoot = process.getuid?.() === 0;
  const as = (command: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", command, ...args]) : run(command, args);
  if (asRoot) await run("chown", ["postgres:postgres", dir]);
  const data = join(dir, "data");
  await as(join(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8"]);
  // The port can be taken between freePort() and the server's bind: try a few.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      await as(join(bin, "pg_ctl"), [
        "-D",
        data,
        "-w",
        "-l",
        join(dir, "server.log"),
        "-o",
        `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`,
        "start",
      ]);
      return {
        url: `postgres://postgres@127.0.0.1:${port}/postgres`,
        dir,
        stop: async () => {
          await as(join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]).catch(() => {});
          rmSync(dir, { recursive: true, force: true });
        },
        stopNow: () => {
          const stop = [join(bin, "pg_ctl"), "-D", data, "-m", "immediate", "-w", "stop"];
          try {
            if (asRoot) execFileSync("runuser", ["-u", "postgres", "--", ...stop], { stdio: "ignore" });
            else execFileSync(stop[0]!, stop.slice(1), { stdio: "ignore" });
          } catch {}
          rmSync(dir, { recursive: true, force: true });
        },
      };
    } catch (error) {
      if (attempt >= 3) {
        rmSync(dir, { recursive: true, force: true });
        throw error;
      }
    }
  }
}
