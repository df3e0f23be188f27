import { z } from 'zod';
import { localeSchema } from './locale.js';
import { emailSchema, roleSchema } from './users.js';

/** Length bounds of a password: long enough to resist guessing, short enough to hash cheaply. */
export const passwordMinLength = 10;
export const passwordMaxLength = 128;

export const newPasswordSchema = z
  .string()
  .min(passwordMinLength, { message: `must have at least ${passwordMinLength} characters` })
  .max(passwordMaxLength, { message: `must have at most ${passwordMaxLength} characters` });

/** The identity the web app keeps in memory after login; the same shape as `GET /me`'s essentials. */
export const sessionUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  locale: localeSchema,
  emailVerified: z.boolean(),
  mfaEnabled: z.boolean(),
  /** True when this session has proven a second factor (staff need it for staff endpoints). */
  mfaVerified: z.boolean(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const signUpRequestSchema = z.object({
  email: emailSchema,
  password: newPasswordSchema,
  name: z.string().trim().min(1).max(200),
  locale: localeSchema.default('pt-BR'),
});
export type SignUpRequest = z.input<typeof signUpRequestSchema>;

/** Sign-up, forgot-password: always 202 with this body, whether or not the e-mail is registered. */
export const acceptedResponseSchema = z.object({ status: z.literal('accepted') });

export const tokenRequestSchema = z.object({ token: z.string().min(20).max(200) });

export const loginRequestSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(passwordMaxLength),
  /** A 6-digit TOTP code, or a recovery code (`xxxxx-xxxxx`), when the account has MFA. */
  totp: z
    .string()
    .trim()
    .regex(/^(\d{6}|[a-z0-9]{5}-[a-z0-9]{5})$/i, { message: 'must be a 6-digit code or a recovery code' })
    .optional(),
});
export type LoginRequest = z.input<typeof loginRequestSchema>;

/** Login and refresh answer with a short-lived access token; the refresh token is an httpOnly cookie. */
export const accessTokenResponseSchema = z.object({
  accessToken: z.string(),
  /** Seconds until the access token expires. */
  expiresIn: z.number().int().positive(),
  user: sessionUserSchema,
});
export type AccessTokenResponse = z.infer<typeof accessTokenResponseSchema>;

export const logoutRequestSchema = z.object({ everywhere: z.boolean().default(false) }).default({ everywhere: false });

export const forgotPasswordRequestSchema = z.object({ email: emailSchema });
/** `POST /auth/verify-email/resend`: always 202, whether or not the address waits for a link. */
export const resendVerificationRequestSchema = z.object({ email: emailSchema });

export const resetPasswordRequestSchema = z.object({
  token: z.string().min(20).max(200),
  password: newPasswordSchema,
});

export const changePasswordRequestSchema = z.object({
  currentPassword: z.string().min(1).max(passwordMaxLength),
  newPassword: newPasswordSchema,
});

export const mfaSetupResponseSchema = z.object({ secret: z.string(), otpauthUrl: z.string() });

export const mfaCodeRequestSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { message: 'must be 6 digits' }),
});

export const recoveryCodesResponseSchema = z.object({
  /** Shown once; each works a single time in place of a TOTP code. */
  recoveryCodes: z.array(z.string()),
});

/** Confirming MFA proves a second factor for this session: a fresh access token comes with the codes. */
export const mfaConfirmResponseSchema = accessTokenResponseSchema.extend({
  recoveryCodes: z.array(z.string()),
});

export const professorRequestResponseSchema = z.object({ status: z.literal('PENDING') });
