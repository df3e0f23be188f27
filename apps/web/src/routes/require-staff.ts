import { notFound, redirect, type ParsedLocation } from '@tanstack/react-router';
import { staffAccess } from '../features/staff/staff-access';
import type { RouterContext } from './router-context';

/**
 * `beforeLoad` of the staff pages: visitors sign in first and come back; for signed-in non-staff
 * the pages do not exist (as the API's 404 says); staff without MFA set it up first (the MFA page
 * brings them back here), and a staff session that never proved it signs in again with the code.
 */
export async function requireStaff({ context, location }: { context: RouterContext; location: ParsedLocation }) {
  const state = await context.session.ready();
  if (state.status !== 'authenticated') {
    throw redirect({ to: '/login', search: { redirect: location.href } });
  }
  switch (staffAccess(state.user)) {
    case 'allowed':
      return;
    case 'not-staff':
      throw notFound();
    case 'mfa-setup':
      throw redirect({ to: '/account/mfa', search: { redirect: location.href } });
    case 'mfa-sign-in':
      throw redirect({ to: '/login', search: { redirect: location.href } });
  }
}
