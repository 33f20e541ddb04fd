/** The one markdown-it type the renderer needs, re-exported so only this file knows the package layout. */
export type { default as Token } from 'markdown-it/lib/token.mjs';
