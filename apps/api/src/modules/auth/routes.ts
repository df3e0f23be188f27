import {
  acceptedResponseSchema,
  accessTokenResponseSchema,
  changePasswordRequestSchema,
  forgotPasswordRequestSchema,
  resendVerificationRequestSchema,
  loginRequestSchema,
  logoutRequestSchema,
  mfaCodeRequestSchema,
  mfaConfirmResponseSchema,
  mfaSetupResponseSchema,
  recoveryCodesResponseSchema,
  resetPasswordRequestSchema,
  signUpRequestSchema,
  tokenRequestSchema,
} from '@promata/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/guard.js';
import type { AppContext } from '../../platform/context.js';
import { changePassword } from './change-password.js';
import { describeDevice } from './describe-device.js';
import { login } from './login.js';
import { logout } from './logout.js';
import { confirmMfa } from './mfa/confirm-mfa.js';
import { regenerateRecoveryCodes } from './mfa/regenerate-recovery-codes.js';
import { startMfaSetup } from './mfa/start-mfa-setup.js';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refresh-cookie.js';
import { refreshSession } from './refresh-session.js';
import { requestPasswordReset } from './request-password-reset.js';
import { resendVerification } from './resend-verification.js';
import { resetPassword } from './reset-password.js';
import { signUp } from './sign-up.js';
import { verifyEmail } from './verify-email.js';

const noContent = { 204: z.null().describe('No content') };
const clientOf = (request: FastifyRequest) => ({
  device: describeDevice(request.headers['user-agent']),
  ip: request.ip ?? null,
});

/** Sign-up, login, tokens, passwords and MFA under /api/v1/auth. */
export const authRoutes =
  (context: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['auth'];
    const pub = { access: 'public' as const };
    const signedIn = { access: 'authenticated' as const };

    app.post(
      '/api/v1/auth/sign-up',
      {
        config: pub,
        schema: {
          tags,
          summary: 'Create a visitor account (always 202)',
          body: signUpRequestSchema,
          response: { 202: acceptedResponseSchema },
        },
      },
      async (request, reply) => {
        await signUp(context, request.body, request.ip);
        return reply.code(202).send({ status: 'accepted' });
      },
    );

    app.post(
      '/api/v1/auth/verify-email',
      {
        config: pub,
        schema: {
          tags,
          summary: 'Confirm an e-mail address with the mailed link',
          body: tokenRequestSchema,
          response: noContent,
        },
      },
      async (request, reply) => {
        await verifyEmail(context, request.body.token);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/v1/auth/verify-email/resend',
      {
        config: pub,
        schema: {
          tags,
          summary: 'Mail a new verification link if the account is unverified (always 202)',
          body: resendVerificationRequestSchema,
          response: { 202: acceptedResponseSchema },
        },
      },
      async (request, reply) => {
        await resendVerification(context, request.body.email, request.ip);
        return reply.code(202).send({ status: 'accepted' });
      },
    );

    app.post(
      '/api/v1/auth/login',
      {
        config: pub,
        schema: {
          tags,
          summary: 'Log in; sets the refresh cookie. 401 MFA_REQUIRED when a code is needed',
          body: loginRequestSchema,
          response: { 200: accessTokenResponseSchema },
        },
      },
      async (request, reply) => {
        const { refreshToken, ...session } = await login(context, request.body, clientOf(request));
        setRefreshCookie(reply, context.config, refreshToken);
        return session;
      },
    );

    app.post(
      '/api/v1/auth/refresh',
      {
        config: pub,
        schema: {
          tags,
          summary: 'Rotate the refresh cookie and get a new access token',
          response: { 200: accessTokenResponseSchema },
        },
      },
      async (request, reply) => {
        try {
          const { refreshToken, ...session } = await refreshSession(context, readRefreshCookie(request));
          setRefreshCookie(reply, context.config, refreshToken);
          return session;
        } catch (error) {
          clearRefreshCookie(reply, context.config);
          throw error;
        }
      },
    );

    app.post(
      '/api/v1/auth/logout',
      {
        config: pub,
        schema: {
          tags,
          summary: 'End this session, or every session with everywhere=true',
          body: logoutRequestSchema,
          response: noContent,
        },
      },
      async (request, reply) => {
        await logout(context, {
          actor: request.actor,
          refreshToken: readRefreshCookie(request),
          everywhere: request.body.everywhere,
        });
        clearRefreshCookie(reply, context.config);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/v1/auth/password/forgot',
      {
        config: pub,
        schema: {
          tags,
          summary: 'Mail a reset link if the account exists (always 202)',
          body: forgotPasswordRequestSchema,
          response: { 202: acceptedResponseSchema },
        },
      },
      async (request, reply) => {
        await requestPasswordReset(context, request.body.email, request.ip);
        return reply.code(202).send({ status: 'accepted' });
      },
    );

    app.post(
      '/api/v1/auth/password/reset',
      {
        config: pub,
        schema: {
          tags,
          summary: 'Set a password with a reset or invitation link',
          body: resetPasswordRequestSchema,
          response: noContent,
        },
      },
      async (request, reply) => {
        await resetPassword(context, request.body.token, request.body.password);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/v1/auth/password/change',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Change the password; signs out other sessions',
          body: changePasswordRequestSchema,
          response: noContent,
        },
      },
      async (request, reply) => {
        await changePassword(context, requireActor(request), request.body);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/v1/auth/mfa/setup',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Start TOTP setup: secret and otpauth URL for the QR code',
          response: { 200: mfaSetupResponseSchema },
        },
      },
      async (request) => startMfaSetup(context, requireActor(request)),
    );

    app.post(
      '/api/v1/auth/mfa/confirm',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Confirm TOTP with a code; returns recovery codes once',
          body: mfaCodeRequestSchema,
          response: { 200: mfaConfirmResponseSchema },
        },
      },
      async (request) => confirmMfa(context, requireActor(request), request.body.code),
    );

    app.post(
      '/api/v1/auth/mfa/recovery-codes',
      {
        config: signedIn,
        schema: { tags, summary: 'Replace the recovery codes', response: { 200: recoveryCodesResponseSchema } },
      },
      async (request) => ({ recoveryCodes: await regenerateRecoveryCodes(context, requireActor(request)) }),
    );
  };
