'use client';

import { createContext, useContext } from 'react';
import type { XModeMessages } from './messages';
import type { BalanceCheck } from './paymentRecovery';
import type { XModeRuntime } from './runtime';

/** What `<XModeErrorProvider>` puts in context. */
export interface XModeContextValue {
  runtime: XModeRuntime;
  messages: XModeMessages;
  supportUrl?: string;
  topUpHref?: string;
  /** The balance check "I've topped up" runs, when the host gives one. */
  checkBalance?: BalanceCheck;
  /** The host router's navigation, for the module's links to dashboard routes. */
  navigate?: (href: string) => void;
}

/** The provider's context; read it with `useXModeContext()`. */
export const XModeContext = createContext<XModeContextValue | null>(null);

/** The provider's value; throws a clear error outside `<XModeErrorProvider>`. */
export function useXModeContext(): XModeContextValue {
  const value = useContext(XModeContext);
  if (!value) {
    throw new Error('xmode-error-ui: this component or hook must be rendered inside <XModeErrorProvider>.');
  }
  return value;
}

/** Every user-facing string, defaults merged with the provider's `messages`. */
export function useMessages(): XModeMessages {
  return useXModeContext().messages;
}
