import type { Plugin } from 'unified';
declare const remarkExportReferences: Plugin;
export default remarkExportReferences;
