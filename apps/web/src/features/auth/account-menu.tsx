import { Link, useRouterState } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sanitizeRedirect } from './redirect-target';
import { useSession } from './session-context';
import { useEndSession } from './use-end-session';

/**
 * The header's account area: "Sign in" for visitors; for a signed-in user, their name opening a
 * small disclosure with Account and Sign out (a list of links and a button, not an ARIA menu,
 * so the usual Tab and Enter keys work in it).
 */
export function AccountMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const href = useRouterState({ select: (state) => state.location.href });

  // Nothing while the session is being restored: "Sign in" flashing before the name would mislead.
  if (session.status === 'restoring') return <div className="account-menu" aria-hidden="true" />;

  if (session.status === 'anonymous') {
    const redirect = href === '/' ? undefined : sanitizeRedirect(href);
    return (
      <div className="account-menu">
        <Link to="/login" search={{ redirect }} className="account-menu__sign-in">
          {t('layout.account.signIn')}
        </Link>
      </div>
    );
  }

  return <SignedInMenu name={session.user.name} />;
}

function SignedInMenu({ name }: { name: string }) {
  const { t } = useTranslation();
  const endSession = useEndSession();
  const [open, setOpen] = useState(false);
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const [openedAt, setOpenedAt] = useState(pathname);

  // Following a link from the menu closes it (adjusting state while rendering, not in an effect).
  if (open && openedAt !== pathname) {
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  const signOut = async () => {
    setOpen(false);
    try {
      await endSession({ callApi: true, notice: 'signedOut' });
    } catch {
      // The API could not be reached: leave anyway; the refresh cookie expires on its own.
      await endSession({ callApi: false, notice: 'signedOut' });
    }
  };

  return (
    <div className="account-menu" ref={containerRef}>
      <button
        ref={buttonRef}
        type="button"
        className="account-menu__button"
        aria-expanded={open}
        aria-controls={listId}
        data-testid="account-menu-button"
        onClick={() => {
          setOpenedAt(pathname);
          setOpen((value) => !value);
        }}
      >
        <span className="account-menu__name">{name}</span>
        <svg className="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="m6 9 6 6 6-6" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      </button>
      <ul id={listId} className="account-menu__list" hidden={!open}>
        <li>
          <Link to="/account" onClick={() => setOpen(false)}>
            {t('layout.account.account')}
          </Link>
        </li>
        <li>
          <button type="button" onClick={() => void signOut()}>
            {t('layout.account.signOut')}
          </button>
        </li>
      </ul>
    </div>
  );
}
