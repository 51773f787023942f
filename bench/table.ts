import type { Budget } from './budgets';

/** Print the budgets (with pass / FAIL) and the informational figures as aligned tables. */
export function printTable(
  budgets: readonly (Budget & { value: number; ok: boolean })[],
  info: readonly [string, string][],
): void {
  const rows = budgets.map((b) => [
    b.ok ? 'pass' : 'FAIL',
    b.label,
    `${b.value} ${b.unit}`,
    `${b.kind === 'max' ? '≤' : '≥'} ${b.limit} ${b.unit}`,
  ]);
  const header = ['', 'budget', 'measured', 'limit'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
  const labelWidth = Math.max(...info.map(([label]) => label.length));
  console.log(`\n${'figure'.padEnd(labelWidth)}  value\n${'-'.repeat(labelWidth)}  -----`);
  for (const [label, value] of info) console.log(`${label.padEnd(labelWidth)}  ${value}`);
}
