import type { Plugin } from 'unified';
declare const rehypeExportSections: Plugin;
export default rehypeExportSections;
