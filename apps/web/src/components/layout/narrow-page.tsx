import type { ReactNode } from 'react';
import { useDocumentTitle } from '../use-document-title';
import '../../styles/forms.css';

/** A single-column page for short tasks (sign in, sign up, reset): one heading, one form. */
export function NarrowPage({ title, heading, children }: { title: string; heading: string; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <div className="container narrow-page">
      <h1>{heading}</h1>
      {children}
    </div>
  );
}
