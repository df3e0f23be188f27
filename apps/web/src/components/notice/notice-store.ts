import type { ptBR } from '../../i18n/resources/pt-br';

export type NoticeKey = keyof typeof ptBR.notices.messages;

/** A message for the page the app is about to show, e.g. "you signed out" on the home page. */
export type Notice = { key: NoticeKey; path: string };

type Listener = () => void;

/**
 * One notice at a time, for one path: shown when that page renders and dropped at the next
 * navigation, like a server-side "flash" message. Module state, as the app has one window.
 */
export function createNoticeStore() {
  let notice: Notice | undefined;
  const listeners = new Set<Listener>();
  const emit = () => {
    for (const listener of listeners) listener();
  };
  return {
    get: (): Notice | undefined => notice,
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    show(key: NoticeKey, path: string): void {
      notice = { key, path };
      emit();
    },
    /** Called on every navigation: a notice meant for another page has had its moment. */
    leave(pathname: string): void {
      if (notice && notice.path !== pathname) {
        notice = undefined;
        emit();
      }
    },
    dismiss(): void {
      notice = undefined;
      emit();
    },
  };
}

export const noticeStore = createNoticeStore();
