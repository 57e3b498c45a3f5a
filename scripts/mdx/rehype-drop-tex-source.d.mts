import type { Plugin } from 'unified';
declare const rehypeDropTexSource: Plugin;
export default rehypeDropTexSource;
