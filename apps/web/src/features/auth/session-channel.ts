import type { SessionChannel, SessionEvent } from './session-store';

const channelName = 'promata-session';

function isSessionEvent(value: unknown): value is SessionEvent {
  return value === 'signed-in' || value === 'signed-out';
}

/**
 * Sign-in and sign-out reach the other open tabs, so a tab does not keep showing an account after
 * the user left it elsewhere. Undefined where BroadcastChannel is missing: tabs then learn it at
 * their next refresh.
 */
export function createSessionChannel(): SessionChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel(channelName);
  return {
    post: (event) => channel.postMessage(event),
    listen(listener) {
      channel.addEventListener('message', (message: MessageEvent<unknown>) => {
        if (isSessionEvent(message.data)) listener(message.data);
      });
    },
  };
}
