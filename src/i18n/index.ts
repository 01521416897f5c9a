export { formatDate, intlTag, parseIsoDate } from './dates.js';
export { numberFormat } from './numbers.js';
