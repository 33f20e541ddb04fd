/**
 * How the Markdown template marks its prompts: `<!-- prompt: … -->` under a heading. They are hints for whoever
 * writes the postmortem, never content: the importer blanks them before it reads the document (keeping every
 * other comment, and every position), so a section that holds only its prompt is empty.
 */

const PROMPT_COMMENT = /<!--[ \t]*prompt:[\s\S]*?-->/gi;

/** The comment that carries a prompt (its text may not close the comment). */
export function promptComment(prompt: string): string {
  return `<!-- prompt: ${prompt.replace(/--/g, '—')} -->`;
}

/** The source with every prompt comment replaced by spaces (line breaks kept), so lines and columns stay true. */
export function blankPromptComments(source: string): string {
  if (!source.includes('<!--')) return source;
  return source.replace(PROMPT_COMMENT, (comment) => comment.replace(/[^\n]/g, ' '));
}
