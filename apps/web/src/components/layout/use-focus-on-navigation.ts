import { useRouterState } from '@tanstack/react-router';
import { useEffect, useRef, type RefObject } from 'react';

/**
 * After a client-side navigation, moves focus to the new page's content, as a full page load
 * would; otherwise keyboard and screen-reader users stay on the link they followed.
 */
export function useFocusOnNavigation(target: RefObject<HTMLElement | null>): void {
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const previous = useRef(pathname);

  useEffect(() => {
    // The first render is a page load: the browser already starts at the top of the document.
    if (previous.current === pathname) return;
    previous.current = pathname;
    target.current?.focus();
  }, [pathname, target]);
}
