import type { SourceLinkStrings } from './index.js';

const strings: SourceLinkStrings = {
  inList: (n: number) => `source ${n} dans la liste des sources`,
};

export default strings;
