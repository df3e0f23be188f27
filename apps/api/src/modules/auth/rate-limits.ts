import type { RateLimit } from '../../platform/http/rate-limiter.js';

/**
 * Limits of the account endpoints. Per-IP limits slow down sprays across many accounts; the
 * per-account login limit slows down guessing one account's password from many IPs.
 */
export const authLimits = {
  loginPerIp: { name: 'login_ip', limit: 30, windowSeconds: 15 * 60 },
  loginPerAccount: { name: 'login_account', limit: 10, windowSeconds: 15 * 60 },
  signUpPerIp: { name: 'sign_up_ip', limit: 10, windowSeconds: 60 * 60 },
  forgotPerIp: { name: 'forgot_ip', limit: 10, windowSeconds: 60 * 60 },
  /** Exceeding it is silent (still 202): a 429 would tell that the address gets mails. */
  forgotPerAccount: { name: 'forgot_account', limit: 3, windowSeconds: 60 * 60 },
  resendPerAccount: { name: 'resend_verification_account', limit: 3, windowSeconds: 60 * 60 },
  mfaPerSession: { name: 'mfa_session', limit: 10, windowSeconds: 15 * 60 },
} satisfies Record<string, RateLimit>;
