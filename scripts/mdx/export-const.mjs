import { valueToEstree } from 'estree-util-value-to-estree';

/** An MDX ESM node `export const <name> = <value>` (a plain JSON-like value), for a chapter module. */
export function exportConst(name, value) {
  return {
    type: 'mdxjsEsm',
    value: '',
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ExportNamedDeclaration',
            specifiers: [],
            source: null,
            declaration: {
              type: 'VariableDeclaration',
              kind: 'const',
              declarations: [{ type: 'VariableDeclarator', id: { type: 'Identifier', name }, init: valueToEstree(value) }],
            },
          },
        ],
      },
    },
  };
}
