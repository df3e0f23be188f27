import { useEffect, useState, type FormEvent } from 'react';

/** Waits this long after the last keystroke before searching: one request per word, not per letter. */
export const searchDebounceMs = 300;

/**
 * The text of a search box whose applied value lives in the address bar (`query`). Typing applies
 * the normalised text after a pause, Enter applies it at once, and an outside change of the
 * address (Back, "clear filters") shows up in the box — unless the box already says the same thing
 * (a trailing space is not an outside change).
 */
export function useSearchText(
  query: string | undefined,
  normalize: (text: string) => string | undefined,
  apply: (query: string | undefined) => void,
): { text: string; setText: (text: string) => void; submit: (event: FormEvent<HTMLFormElement>) => void } {
  const [text, setText] = useState(query ?? '');
  const [shownQuery, setShownQuery] = useState(query);

  if (query !== shownQuery) {
    setShownQuery(query);
    if (normalize(text) !== query) setText(query ?? '');
  }

  useEffect(() => {
    const next = normalize(text);
    if (next === query) return;
    const timer = setTimeout(() => apply(next), searchDebounceMs);
    return () => clearTimeout(timer);
  }, [text, query, normalize, apply]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = normalize(text);
    if (next !== query) apply(next);
  };

  return { text, setText, submit };
}
