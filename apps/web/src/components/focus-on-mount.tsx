import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Moves focus to content that replaced the control the user was on (e.g. a form replaced by its
 * result), so keyboard and screen-reader users land on the news instead of on nothing.
 */
export function FocusOnMount({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1} className="focus-target">
      {children}
    </div>
  );
}
