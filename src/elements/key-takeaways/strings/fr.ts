import type { TakeawaysStrings } from './index.js';

const strings: TakeawaysStrings = {
  title: 'Points clés',
};

export default strings;
