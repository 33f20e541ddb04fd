/** A line-and-word diff of two texts: removed text struck through, added text marked (not by colour alone). */
import { diffWordsWithSpace } from 'diff';

/** The changes from `before` to `after`. */
export function TextDiff({ before, after }: { before: string; after: string }) {
  const parts = diffWordsWithSpace(before, after);
  return (
    <pre className="text-diff">
      {parts.map((part, i) =>
        part.added ? (
          <ins key={i}>{part.value}</ins>
        ) : part.removed ? (
          <del key={i}>{part.value}</del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </pre>
  );
}
