// Small helpers shared by the benchmarks: percentiles and a printable report.
export interface Report {
  title: string;
  rows: { name: string; values: Record<string, string | number> }[];
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

export const formatRow = (row: Report["rows"][number]): string =>
  `  ${row.name.padEnd(22)} ${Object.entries(row.values)
    .map(([k, v]) => `${k}=${v}`)
    .join("  ")}`;

export function printReport(report: Report): void {
  console.log(`\n== ${report.title}`);
  for (const row of report.rows) console.log(formatRow(row));
}
