import { defaultMessages, type XModeMessages } from '../../src/react/messages';

/** Sample values for message functions: their output minus these is the message's own words. */
const SAMPLES = { count: 7, seconds: 7, balance: 7, failed: 7, total: 9, requestId: 'REQ', online: true, final: true, retryAt: 'TIME', attempt: 7, max: 9 };

/**
 * The English words of every default message, as fragments of at least three words
 * (split at placeholders and sample values): none may reach the page in another locale.
 */
export function englishFragments(messages: XModeMessages = defaultMessages): string[] {
  const texts: string[] = [];
  const collect = (value: unknown) => {
    if (typeof value === 'string') texts.push(value);
    else if (typeof value === 'function') {
      for (const online of [true, false]) for (const final of [true, false]) texts.push(String(value({ ...SAMPLES, online, final }, messages.format)));
    }
  };
  for (const copy of Object.values(messages.errors)) {
    collect(copy.title);
    collect(copy.description);
  }
  for (const section of [messages.ui, messages.forms, messages.components, messages.images, messages.conflict]) Object.values(section).forEach(collect);
  const fragments = texts.flatMap((text) => text.split(/\{\w+\}|\b7\b|\b9\b|REQ|TIME/));
  return [...new Set(fragments.map((fragment) => fragment.trim()).filter((fragment) => fragment.split(/\s+/).length >= 3))];
}
