import { Secret, TOTP } from 'otpauth';
import { clientAddress } from '../load/scenario-specs.js';

/** Addresses for the setup logins, far from the login storm's, so neither hits the other's limits. */
const setupAddressBase = 500_000;
let setupLogins = 0;

async function post(url: string, path: string, body: object, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${text}`);
  return JSON.parse(text) as Record<string, unknown>;
}

export async function login(url: string, email: string, password: string): Promise<string> {
  const address = clientAddress(setupAddressBase + setupLogins++, 1);
  const answer = await post(url, '/api/v1/auth/login', { email, password }, { 'x-forwarded-for': address });
  return answer.accessToken as string;
}

/**
 * An ADMIN's access token with MFA passed, the way a staff member gets one: login, TOTP setup, and
 * confirmation with a code computed from the secret the API returned.
 */
export async function staffTokenWithMfa(url: string, email: string, password: string): Promise<string> {
  const first = await login(url, email, password);
  const auth = { authorization: `Bearer ${first}` };
  const setup = await post(url, '/api/v1/auth/mfa/setup', {}, auth);
  const totp = new TOTP({
    secret: Secret.fromBase32(setup.secret as string),
    digits: 6,
    period: 30,
    algorithm: 'SHA1',
  });
  const confirmed = await post(url, '/api/v1/auth/mfa/confirm', { code: totp.generate() }, auth);
  return confirmed.accessToken as string;
}
