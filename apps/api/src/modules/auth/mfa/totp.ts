import { Secret, TOTP } from 'otpauth';

const issuer = 'Pró-Mata';
const period = 30;

function totpFor(secretBase32: string, label: string): TOTP {
  return new TOTP({ issuer, label, algorithm: 'SHA1', digits: 6, period, secret: Secret.fromBase32(secretBase32) });
}

/** A new 160-bit TOTP secret (RFC 4226's recommended length) and its otpauth:// URL for the QR code. */
export function newTotpSecret(label: string): { secret: string; otpauthUrl: string } {
  const secret = new Secret({ size: 20 }).base32;
  return { secret, otpauthUrl: totpFor(secret, label).toString() };
}

/**
 * The time step the code belongs to, or undefined when it matches none. One step either side is
 * accepted for clock drift; callers refuse a step already used, so a code works once.
 */
export function matchTotpStep(secretBase32: string, code: string, now = Date.now()): number | undefined {
  const delta = totpFor(secretBase32, 'check').validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? undefined : Math.floor(now / 1000 / period) + delta;
}
