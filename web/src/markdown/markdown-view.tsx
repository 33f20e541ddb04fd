/** Markdown prose shown as safe React elements; the parser loads on first use, plain text shows until then. */
import { useEffect, useState, type ReactNode } from 'react';
import { tokensToReact } from './tokens-to-react.js';

type Parse = (source: string) => ReactNode[];

let parserPromise: Promise<Parse> | null = null;

/** markdown-it with raw HTML off (it stays text) and link validation on, loaded once. */
function loadParser(): Promise<Parse> {
  parserPromise ??= import('markdown-it').then(({ default: MarkdownIt }) => {
    const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
    return (source: string) => tokensToReact(md.parse(source, {}));
  });
  return parserPromise;
}

/** Renders `source` as Markdown; never as raw HTML. */
export function MarkdownView({ source, className }: { source: string; className?: string }) {
  const [parse, setParse] = useState<Parse | null>(null);
  useEffect(() => {
    let live = true;
    void loadParser().then((p) => live && setParse(() => p));
    return () => {
      live = false;
    };
  }, []);
  const classes = ['markdown', className].filter(Boolean).join(' ');
  if (parse === null) return <div className={`${classes} markdown-plain`}>{source}</div>;
  return <div className={classes}>{parse(source)}</div>;
}
