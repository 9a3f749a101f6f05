import type { CatalogCode } from './codes';

/**
 * Where a failed request is being shown when its error ends:
 * - `form`: the form that sent it shows it (error summary, field messages);
 * - `page`: a state in place of the content that failed (an inline state on the page);
 * - `background`: nothing on screen shows it (a refetch behind data, a request nobody
 *   renders the error of).
 */
export type VoiceContext = 'form' | 'page' | 'background';

/**
 * The one surface that announces a cause (WCAG 4.1.3: one live announcement per cause).
 * Every other surface may still show it, quietly (no live region, no second alert).
 * - `summary`: the form's error summary (focused after the submit);
 * - `inline`: the state in place of the content (`ErrorState` and the named states);
 * - `banner`: the page-wide banner (`TopUpBanner`, `OfflineBanner`);
 * - `screen`: the gate's screen that replaces the features (`AccountGate`);
 * - `notice`: the countdown of the 429 window (`RateLimitNotice`);
 * - `toast`: a transient toast, only for what nothing on screen shows;
 * - `image`: the image grid's own summary line.
 */
export type Voice = 'summary' | 'inline' | 'banner' | 'screen' | 'notice' | 'toast' | 'image';

/** The voice of one code in each context. */
export type VoiceRule = Readonly<Record<VoiceContext, Voice>>;

// Most codes: the form's summary in a form, the inline state on a page, a toast for a
// failure nothing shows.
const NEAREST: VoiceRule = { form: 'summary', page: 'inline', background: 'toast' };
const SCREEN: VoiceRule = { form: 'screen', page: 'screen', background: 'screen' };

/**
 * Which surface speaks for each code, per context: data next to `errorCatalog` that the
 * query client's routing and the components read (so no call site decides it with a
 * flag). Exhaustive over `CatalogCode`.
 *
 * Decisions:
 * - a form that shows the error speaks through its summary (focus is there after the
 *   submit); page-wide banners and toasts stay quiet for it;
 * - `payment_required` and `network_error` outside a form: the page-wide banner, and
 *   the inline note is not shown while a banner is mounted;
 * - `rate_limited` outside a form: the countdown notice when one is mounted, else the
 *   one `rate-limited` toast;
 * - blocked account and revoked key: the gate's screen, everywhere (it replaces the form);
 * - `storage_failed`: the image grid's summary line; never a toast.
 *
 * A `notice` that is not mounted falls back to the one `rate-limited` toast. A banner
 * never falls back to a toast: its state lives in the account store, which an app may
 * present with its own banner; without a module banner mounted, `ErrorState` shows the
 * inline note instead.
 */
export const errorVoice = {
  validation_error: NEAREST,
  unauthorized: SCREEN,
  account_blocked: SCREEN,
  forbidden: NEAREST,
  not_found: NEAREST,
  payment_required: { form: 'summary', page: 'banner', background: 'banner' },
  conflict: NEAREST,
  content_policy: NEAREST,
  rate_limited: { form: 'summary', page: 'notice', background: 'notice' },
  provider_timeout: NEAREST,
  provider_error: NEAREST,
  internal_error: NEAREST,
  timeout: NEAREST,
  network_error: { form: 'summary', page: 'banner', background: 'banner' },
  unexpected_response: NEAREST,
  storage_failed: { form: 'image', page: 'image', background: 'image' },
} as const satisfies Record<CatalogCode, VoiceRule>;

/** Whether the app has a surface of this kind mounted now, for the fallback of `voiceFor`. */
export type MountedVoices = (voice: 'banner' | 'notice') => boolean;

/**
 * The surface that speaks for `code` in `context`; a `notice` that is not mounted falls
 * back to `toast` (the 429 window's one toast).
 */
export function voiceFor(code: CatalogCode, context: VoiceContext, mounted: MountedVoices = () => true): Voice {
  const voice: Voice = errorVoice[code][context];
  return voice === 'notice' && !mounted('notice') ? 'toast' : voice;
}
