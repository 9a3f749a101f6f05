'use client';

import { useMemo } from 'react';
import { useXModeContext } from '../../react/context';
import type { XModeMessages } from '../../react/messages';
import { errorMessages } from '../../react/messages/errorMessages';
import { mergeErrorCopy } from '../../react/messages/format';
import { createMessageFormat } from '../../react/messages/messageFormat';
import { uiMessages } from '../../react/messages/uiMessages';

/** The part of the copy a toast says. */
export type ToastCopy = Pick<XModeMessages, 'errors' | 'ui' | 'format'>;

/**
 * The toasts' copy: the error and UI strings with the settings' overrides, formatting in
 * their locale. Only these two sections: the provider and its toaster do not ship the
 * copy of components the app may never render (`useMessages()` has all of it).
 */
export function useToastCopy(): ToastCopy {
  const { messageLayers, locale } = useXModeContext();
  return useMemo(
    () => ({
      errors: messageLayers.reduce((errors, layer) => mergeErrorCopy(errors, layer.errors), errorMessages),
      ui: Object.assign({}, uiMessages, ...messageLayers.map((layer) => layer.ui)) as XModeMessages['ui'],
      format: createMessageFormat(locale),
    }),
    [messageLayers, locale],
  );
}
