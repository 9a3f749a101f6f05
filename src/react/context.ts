'use client';

import { createContext, useContext } from 'react';
import type { XModeRuntime, XModeSettings } from './runtime';

/** What `<XModeErrorProvider>` puts in context: the runtime, and the settings in effect. */
export interface XModeContextValue extends XModeSettings {
  runtime: XModeRuntime;
  /** The host router's navigation, for the module's links to dashboard routes. */
  navigate?: (href: string) => void;
}

/** The provider's context; read it with `useXModeContext()`. */
export const XModeContext = createContext<XModeContextValue | null>(null);

/** The provider's value; throws a clear error outside `<XModeErrorProvider>`. */
export function useXModeContext(): XModeContextValue {
  const value = useContext(XModeContext);
  if (!value) {
    throw new Error('xmode-error-ui: render this inside <XModeErrorProvider>.');
  }
  return value;
}
