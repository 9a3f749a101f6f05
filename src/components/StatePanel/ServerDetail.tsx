'use client';

import { useMessages } from '../../react';
import { formatMessage } from '../../react/messages';
import { serverText } from './serverText';

/** "Details from xMode: …" with the server's own message, as text; nothing without one. */
export function ServerDetail({ error }: { error: unknown }) {
  const messages = useMessages();
  const text = serverText(error);
  if (!text) return null;
  return <p className="xm-state__detail">{formatMessage(messages.components.serverDetail, { message: text })}</p>;
}
