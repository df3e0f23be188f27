import type { StaffCatalogueMessages } from '../../i18n/resources/staff-catalogue/pt-br';

export type CatalogueNoticeKey = keyof StaffCatalogueMessages['notices'];

/** A message for the catalogue page the app is about to show ("experience deleted" on the list). */
export type CatalogueNotice = { key: CatalogueNoticeKey; path: string };

type Listener = () => void;

/**
 * One notice at a time, for one path, shown by the catalogue layout (which stays mounted between
 * its pages, so its live region announces the text) and dropped at the next navigation.
 */
function createCatalogueNoticeStore() {
  let notice: CatalogueNotice | undefined;
  const listeners = new Set<Listener>();
  const emit = () => {
    for (const listener of listeners) listener();
  };
  return {
    get: (): CatalogueNotice | undefined => notice,
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    show(key: CatalogueNoticeKey, path: string): void {
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
  };
}

export const catalogueNotices = createCatalogueNoticeStore();
