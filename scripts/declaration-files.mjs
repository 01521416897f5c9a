// Every `.d.ts` below a folder (the build's dist/types): for the scripts that read or fix them.
import { readdirSync } from 'node:fs';

export function declarationFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? declarationFiles(`${dir}/${entry.name}`)
      : entry.name.endsWith('.d.ts')
        ? [`${dir}/${entry.name}`]
        : [],
  );
}
