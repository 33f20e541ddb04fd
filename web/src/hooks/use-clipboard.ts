/** Copying a secret shown once to the clipboard, and saying whether the browser let the page do it. */
import { useCallback, useState } from 'react';

/** `copy(text)`, and the message to show after it (null before). */
export function useClipboard(): { copy(text: string): Promise<void>; message: string | null } {
  const [message, setMessage] = useState<string | null>(null);
  const copy = useCallback(async (text: string) => {
    try {
      // Absent on plain http other than localhost: the browser keeps the clipboard to secure pages.
      await navigator.clipboard.writeText(text);
      setMessage('Copied to the clipboard.');
    } catch {
      setMessage('This browser does not let the page copy; select it and copy it yourself.');
    }
  }, []);
  return { copy, message };
}
