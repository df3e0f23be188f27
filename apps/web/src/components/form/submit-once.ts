import type { FormEvent } from 'react';

/**
 * A form's onSubmit that ignores submissions while one is in flight (a double click on a
 * button that stays enabled), and hands the rest to react-hook-form's `handleSubmit`.
 */
export function submitOnce(busy: boolean, submit: (event: FormEvent<HTMLFormElement>) => Promise<void>) {
  return (event: FormEvent<HTMLFormElement>): void => {
    if (busy) {
      event.preventDefault();
      return;
    }
    void submit(event);
  };
}
