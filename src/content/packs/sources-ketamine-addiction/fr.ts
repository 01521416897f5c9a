import type { SourceList } from '../../sources.js';
import { ketamineAddictionSources } from './neutral.js';

const list: SourceList = { title: 'Sources', sources: ketamineAddictionSources };

export default list;
