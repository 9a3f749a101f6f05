import { FORM_FIELD, isXModeError, toXModeError, type XModeError } from '../../core';
import { cleanText } from '../../core/text';
import { defaultMessages, describeError, formatMessage, type XModeMessages } from '../messages';
import { applyFieldMap, labelFor, sentence, toFormPath, type FieldLabels, type FieldMap } from './fieldPaths';

/** Longest message a form shows, in characters (the core caps field messages too; this also bounds labels and client text). */
export const MAX_FORM_MESSAGE_LENGTH = 300;

/** The form field that gets `content_policy` when no option says otherwise. */
export const DEFAULT_CONTENT_POLICY_FIELD = 'prompt';

/** Settings of `mapServerErrors` (and, through `useServerErrors`, of the hook). */
export interface MapServerErrorsOptions {
  /**
   * The form paths that can show a message now: a list, or a test. A path that fails it
   * (a field the form does not have, or one in a hidden part of the form) goes to the
   * form level. Default: every safe path is a field.
   */
  fieldNames?: readonly string[] | ((path: string) => boolean);
  /** API path → form path, for names that differ (`{ endUserEmail: 'email' }`); see `applyFieldMap`. */
  fieldMap?: FieldMap;
  /** Form path that gets a `content_policy` rejection. Default `'prompt'`. */
  contentPolicyField?: string;
  /** Labels that start fragment messages ("is required" → "Prompt is required"); see `labelFor`. */
  labels?: FieldLabels;
  /** The copy; default the English defaults. Pass `useMessages()` to honour overrides. */
  messages?: Pick<XModeMessages, 'errors' | 'forms'> & Partial<Pick<XModeMessages, 'format'>>;
  /**
   * When a `rate_limited` request may be sent again (epoch ms), as the cooldown counts it
   * (an absurd `Retry-After` is capped). Default: the error's own `Retry-After` from when
   * it arrived. `0`: say no time (`useServerErrors` passes it: `<SubmitButton>` shows the
   * wait, once, next to the action it blocks).
   */
  retryAt?: number;
  /**
   * The request was paid and ended in a server fault: it may or may not have gone
   * through. Its message says to check before sending it again, never "try again".
   */
  outcomeUnknown?: boolean;
}

/** Where each message of an error goes: fields, form level, and how many were left out. */
export interface ServerErrorMapping {
  /** `[form path, message]` in the server's order; react-hook-form dotted paths. */
  fieldErrors: Array<[path: string, message: string]>;
  /** Messages that belong to no field on screen, without duplicates. */
  formErrors: string[];
  /** Field entries the response had beyond what the core keeps (`omittedFieldCount`). */
  omitted: number;
}

const NONE: ServerErrorMapping = Object.freeze({ fieldErrors: [], formErrors: [], omitted: 0 }) as ServerErrorMapping;

/**
 * Decides where each part of a failed request's error goes in a form. Pure: no React,
 * no DOM, no react-hook-form; `useServerErrors` feeds it what is on screen.
 *
 * - `validation_error`: each `fields` entry on its field (API path → `fieldMap` → form
 *   path); paths the form does not show, `_form`, `root`, prototype keys → form level;
 *   no `fields` at all → the server's message (or a generic one) at form level.
 * - `content_policy`: the filter's advice on `contentPolicyField` (form level when that
 *   field is not shown), plus any `fields` entries as for validation.
 * - every other code (`payment_required`, `rate_limited`, `account_blocked`,
 *   `internal_error`, …): one form-level message from the copy (the request ID, for
 *   server faults, is shown by the summary on its own line, never inside the message;
 *   a 429 says when the form may send again). Their `fields` are ignored: the code is
 *   the cause, and marking a field would send the user to fix the wrong thing.
 * - aborted requests and no error: nothing.
 *
 * Field messages that are fragments ("must be a valid email address") get the field's
 * label in front; every message is plain text, at most `MAX_FORM_MESSAGE_LENGTH` long.
 *
 * @example
 * mapServerErrors(error, { fieldNames: ['prompt', 'email'], fieldMap: { endUserEmail: 'email' } })
 * // → { fieldErrors: [['email', 'Email must be a valid email address']], formErrors: [], omitted: 0 }
 */
export function mapServerErrors(error: unknown, options: MapServerErrorsOptions = {}): ServerErrorMapping {
  if (error === null || error === undefined) return NONE;
  const xmodeError = isXModeError(error) ? error : toXModeError(error);
  if (xmodeError.aborted) return NONE;
  const { messages = defaultMessages, contentPolicyField = DEFAULT_CONTENT_POLICY_FIELD } = options;
  const { fieldNames } = options;
  const names = Array.isArray(fieldNames) ? new Set(fieldNames) : undefined;
  const isShown = typeof fieldNames === 'function' ? fieldNames : (path: string) => !names || names.has(path);
  const fieldErrors = new Map<string, string>();
  const formErrors = new Set<string>();

  const toField = (path: string, message: string) => {
    const previous = fieldErrors.get(path);
    fieldErrors.set(path, formText(previous === undefined ? message : `${previous}; ${message}`, messages));
  };
  const toForm = (message: string) => formErrors.add(formText(message, messages));

  if (xmodeError.code === 'validation_error' || xmodeError.code === 'content_policy') {
    for (const [apiPath, raw] of Object.entries(xmodeError.fields)) {
      // API path → safe form path, or `undefined` when it belongs to the form level.
      const normalized = apiPath === FORM_FIELD ? undefined : toFormPath(apiPath);
      const path = normalized === undefined ? undefined : toFormPath(applyFieldMap(normalized, options.fieldMap));
      const message = formText(raw, messages);
      if (path === undefined) toForm(sentence(message));
      else if (isShown(path)) toField(path, withLabel(path, message, options.labels, messages));
      else toForm(withLabel(path, message, options.labels, messages));
    }
  }
  if (xmodeError.code === 'validation_error') {
    if (fieldErrors.size === 0 && formErrors.size === 0) toForm(xmodeError.hasServerMessage ? sentence(xmodeError.message) : messages.forms.validationFallback);
  } else if (xmodeError.code === 'content_policy') {
    const advice = codeMessage(xmodeError, messages, options);
    const path = toFormPath(contentPolicyField);
    if (path !== undefined && isShown(path)) toField(path, advice);
    else toForm(advice);
  } else {
    toForm(codeMessage(xmodeError, messages, options));
  }
  return { fieldErrors: [...fieldErrors], formErrors: [...formErrors], omitted: xmodeError.omittedFieldCount };
}

/** "must be a valid email address" → "Email must be a valid email address"; sentences stay. */
function withLabel(path: string, message: string, labels: FieldLabels | undefined, messages: Pick<XModeMessages, 'forms'>): string {
  if (!/^\p{Ll}/u.test(message)) return message;
  return formatMessage(messages.forms.fieldMessage, { label: labelFor(path, labels), message });
}

function codeMessage(
  error: XModeError,
  messages: Pick<XModeMessages, 'errors' | 'forms'> & Partial<Pick<XModeMessages, 'format'>>,
  { retryAt: deadline, outcomeUnknown }: MapServerErrorsOptions,
): string {
  const format = messages.format ?? defaultMessages.format;
  const until = deadline ?? (error.retryAfterMs === undefined ? undefined : error.receivedAt + error.retryAfterMs);
  const retryAt = error.code === 'rate_limited' && until !== undefined && until > 0 ? format.clock(until) : undefined;
  const copy = describeError(messages, error, { final: true, retryAt });
  return formatMessage(messages.forms.codeMessage, { title: copy.title, description: outcomeUnknown ? messages.forms.outcomeUnknown : copy.description });
}

/** Plain, bounded text for a message a form shows; the fallback when nothing is left. */
export function formText(value: unknown, messages: Pick<XModeMessages, 'forms'> = defaultMessages): string {
  return cleanText(value, MAX_FORM_MESSAGE_LENGTH) ?? messages.forms.fieldFallback;
}
