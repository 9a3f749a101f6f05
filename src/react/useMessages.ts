'use client';

import { useMemo } from 'react';
import { useXModeContext } from './context';
import { mergeMessages, type XModeMessages } from './messages';

/**
 * Every user-facing string: the defaults with the query client's and the provider's
 * `messages` laid over them, formatting in the `locale` in effect.
 */
export function useMessages(): XModeMessages {
  const { messageLayers, locale } = useXModeContext();
  return useMemo(
    () => messageLayers.reduce<XModeMessages>((messages, layer) => mergeMessages(layer, messages), mergeMessages(undefined, undefined, locale)),
    [messageLayers, locale],
  );
}
