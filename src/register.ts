/**
 * Opt-in: makes `XModeError` React Query's default error type, so `error` is typed in
 * every `useQuery` / `useMutation` without casts. Import once, for types only:
 *
 * @example
 * import type {} from 'xmode-error-ui/register';
 */
import type { XModeError } from './core';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: XModeError;
  }
}

export {};
