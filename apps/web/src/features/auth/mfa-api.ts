import { mfaConfirmResponseSchema, mfaSetupResponseSchema, recoveryCodesResponseSchema } from '@promata/contracts';
import type { z } from 'zod';
import { requestJson } from '../../lib/api-client';
import { authPath } from './auth-api';
import type { SessionStore } from './session-store';

export function startMfaSetup(session: SessionStore): Promise<z.output<typeof mfaSetupResponseSchema>> {
  return session.authorized((accessToken) =>
    requestJson(`${authPath}/mfa/setup`, mfaSetupResponseSchema, { method: 'POST', accessToken }),
  );
}

export function confirmMfa(session: SessionStore, code: string): Promise<z.output<typeof mfaConfirmResponseSchema>> {
  return session.authorized((accessToken) =>
    requestJson(`${authPath}/mfa/confirm`, mfaConfirmResponseSchema, { method: 'POST', accessToken, body: { code } }),
  );
}

export function regenerateRecoveryCodes(session: SessionStore): Promise<string[]> {
  return session
    .authorized((accessToken) =>
      requestJson(`${authPath}/mfa/recovery-codes`, recoveryCodesResponseSchema, { method: 'POST', accessToken }),
    )
    .then((response) => response.recoveryCodes);
}
