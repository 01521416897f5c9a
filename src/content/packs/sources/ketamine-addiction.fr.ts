import type { SourceList } from '../../sources.js';
import { ketamineAddictionSources } from './ketamine-addiction.js';

const list: SourceList = { title: 'Sources', sources: ketamineAddictionSources };

export default list;
