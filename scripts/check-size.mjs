// Part of `npm test`: fails when any entry grows past its enforced ceiling, and says which
// of the quality issue's targets it meets.
import { formatTable, measureSizes } from './sizes.mjs';

const rows = await measureSizes();
console.log(formatTable(rows));
const over = rows.filter((r) => r.gzip > r.ceiling);
if (over.length) {
  console.error(`size: over the enforced ceiling: ${over.map((r) => r.name).join('; ')}`);
  process.exit(1);
}
const missed = rows.filter((r) => r.gzip > r.budget).length;
console.log(
  `size: every entry within its ceiling; ${rows.length - missed} of ${rows.length} meet the issue's target (npm run bench prints the fixed costs that rule out the rest)`,
);
