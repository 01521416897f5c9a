export { formatDate, parseIsoDate } from './dates.js';
export { formatMoney, formatNumber, intlTag, isSingular } from './numbers.js';
