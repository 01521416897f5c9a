// Part of `npm test`: fails when any entry is over its gzip budget.
import { formatTable, measureSizes } from './sizes.mjs';

const rows = await measureSizes();
const over = rows.filter((r) => r.gzip > r.budget);
console.log(formatTable(rows));
if (over.length) {
  console.error(`size: over budget: ${over.map((r) => r.name).join('; ')}`);
  process.exit(1);
}
console.log('size: every entry within its budget');
