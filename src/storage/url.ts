// What DATABASE_URL names: postgres:// or postgresql:// → PostgreSQL; a file path, sqlite: or file: → SQLite.

export class StorageUrlError extends Error {
  override name = "StorageUrlError";
}

export type StorageTarget = { engine: "postgres"; url: string } | { engine: "sqlite"; path: string };

/** Where the data lives; throws a one-line StorageUrlError for a scheme we do not speak. */
export function storageTarget(databaseUrl: string): StorageTarget {
  if (/^postgres(?:ql)?:\/\//i.test(databaseUrl)) return { engine: "postgres", url: databaseUrl };
  const file = /^(?:sqlite|file):(?:\/\/)?(.+)$/i.exec(databaseUrl);
  if (file) return { engine: "sqlite", path: file[1]! };
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(databaseUrl);
  if (scheme)
    throw new StorageUrlError(
      `DATABASE_URL: unsupported scheme "${scheme[1]}:" — use postgres://user:password@host:5432/db for PostgreSQL, or a file path (or sqlite:PATH) for SQLite`,
    );
  return { engine: "sqlite", path: databaseUrl };
}

/** Never prints a password: the URL with its credentials masked, for logs and error messages. */
export function describeTarget(target: StorageTarget): string {
  if (target.engine === "sqlite") return `SQLite ${target.path}`;
  try {
    const url = new URL(target.url);
    if (url.password) url.password = "***";
    return `PostgreSQL ${url.toString()}`;
  } catch {
    return "PostgreSQL";
  }
}
