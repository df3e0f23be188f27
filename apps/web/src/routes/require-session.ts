import { redirect, type ParsedLocation } from '@tanstack/react-router';
import type { RouterContext } from './router-context';

/**
 * `beforeLoad` of private pages: waits for the silent session restore, then sends visitors
 * without a session to the login page, which brings them back here afterwards.
 */
export async function requireSession({ context, location }: { context: RouterContext; location: ParsedLocation }) {
  const state = await context.session.ready();
  if (state.status !== 'authenticated') {
    throw redirect({ to: '/login', search: { redirect: location.href } });
  }
}
