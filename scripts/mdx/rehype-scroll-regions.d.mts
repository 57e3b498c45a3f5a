import type { Plugin } from 'unified';
declare const rehypeScrollRegions: Plugin;
export default rehypeScrollRegions;
