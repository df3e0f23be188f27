/** The favicon's mark, inline so it needs no request and inherits nothing. Decorative. */
export function SiteLogo() {
  return (
    <svg className="brand__logo" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="6" fill="#e9f2e4" />
      <path d="M16 5 7 19h5l-4 7h16l-4-7h5z" fill="#1d4d2f" />
    </svg>
  );
}
