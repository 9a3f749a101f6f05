'use client';

import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { useFormState, type FieldPath, type FieldValues } from 'react-hook-form';
import { useMessages, type ServerErrors } from '../../react';
import { useXModeContext } from '../../react/context';
import { focusField } from '../../react/forms/focusField';
import { FORM_ERROR_PATH, flattenFormErrors, sortByFieldOrder, valuePaths } from '../../react/forms/formErrors';
import { formatMessage, supportRequestId } from '../../react/messages';
import { DashboardLink, Heading, RequestIdLine, SupportLink, classNames } from '../primitives';

/** Most problems an error summary lists; the rest are counted in its last line. */
const DEFAULT_SUMMARY_MAX_ITEMS = 20;

/** Props of `<ErrorSummary>`. */
export interface ErrorSummaryProps<TFieldValues extends FieldValues, TContext, TTransformedValues> {
  /** The result of `useServerErrors(form, error)`. */
  server: ServerErrors<TFieldValues, TContext, TTransformedValues>;
  /** Heading text. Default "There is a problem" (`messages.forms.summaryTitle`). */
  title?: string;
  /** Heading level, to fit the page's outline. Default 2. */
  headingLevel?: 2 | 3 | 4;
  /** Most problems listed; the rest are counted ("and 3 more problems"). Default 20. */
  maxItems?: number;
  /** Extra class on the component's root, for the host's layout. */
  className?: string;
}

/**
 * The GOV.UK error summary: "There is a problem", then one link per problem in the order
 * of the fields (a click focuses the field), and form-level problems (rate limit, a field
 * the form does not show) as text; `payment_required` links to the provider's
 * `topUpHref`, its fix. A paid request that ended in a server fault (`outcomeUnknown`)
 * says it may or may not have gone through, links to the provider's `generationsHref` to
 * check before sending it again and to `supportUrl`, with the request id. It is the form's
 * one surface (`meta.xmode.shownIn: 'form'`): the page-wide banners and toasts stay quiet
 * for the error it shows. Renders nothing while the form has no errors;
 * takes focus after each failed submit (`role="alert"`; `tabindex="-1"` only until focus
 * leaves it, as GOV.UK's); a server fault's request id comes with the provider's support
 * link. Server text is
 * rendered as text, never as HTML.
 *
 * @example
 * <form onSubmit={server.handleSubmit(onValid)} noValidate>
 *   <ErrorSummary server={server} />
 *   …
 * </form>
 */
export function ErrorSummary<TFieldValues extends FieldValues, TContext, TTransformedValues>(
  props: ErrorSummaryProps<TFieldValues, TContext, TTransformedValues>,
) {
  const { server, title, headingLevel = 2, maxItems = DEFAULT_SUMMARY_MAX_ITEMS, className } = props;
  const messages = useMessages();
  const { generationsHref, supportUrl, topUpHref } = useXModeContext();
  const { form, failure, omitted, error, registerSummary } = server;
  // A server fault's request id: on its own line, with its copy button (never inside a message).
  const requestId = error ? supportRequestId(error) : undefined;
  // Every message of the form (client and server) in field order, at most `maxItems`.
  const { errors } = useFormState({ control: form.control });
  const all = sortByFieldOrder(flattenFormErrors(errors, messages), valuePaths(form.getValues()));
  const entries = all.slice(0, Math.max(0, maxItems));
  // The core's count of dropped fields joins once the kept ones are applied (one summary, said once).
  const hidden = all.length === 0 ? 0 : all.length - entries.length + omitted;
  const more = hidden > 0 ? formatMessage(messages.ui.moreProblems, { count: hidden }, messages.format) : undefined;
  // A 402's form-level message links to its fix, one Tab from the focused summary.
  const topUp = error?.code === 'payment_required' ? topUpHref : undefined;
  const visible = entries.length > 0 || more !== undefined;

  const ref = useRef<HTMLDivElement>(null);
  const focusedFailure = useRef<object | null>(null);
  // While mounted, failures focus the summary instead of the first field.
  useEffect(() => registerSummary(), [registerSummary]);
  useEffect(() => {
    if (!failure || !visible || focusedFailure.current === failure) return;
    focusedFailure.current = failure;
    const summary = ref.current;
    if (!summary) return;
    // Focusable while it has focus, then not (GOV.UK): a later click in it draws no ring, pulls no focus.
    summary.tabIndex = -1;
    summary.focus();
    summary.addEventListener('blur', () => summary.removeAttribute('tabindex'), { once: true });
  }, [failure, visible]);
  const titleId = useId();
  if (!visible) return null;
  return (
    <div
      ref={ref}
      className={classNames('xm-error-summary', className)}
      role="alert"
      aria-labelledby={titleId}
    >
      <Heading level={headingLevel} id={titleId} className="xm-error-summary__title">
        {title ?? messages.forms.summaryTitle}
      </Heading>
      <ul className="xm-error-summary__list">
        {entries.map(({ path, field, message }, index) => (
          <li key={`${path}#${index}`}>
            {field !== undefined ? (
              // A link to the field; the click focuses it (or its first control).
              <a
                href={`#${server.fieldId(field)}`}
                className="xm-error-summary__link"
                onClick={(event: MouseEvent<HTMLAnchorElement>) => {
                  event.preventDefault();
                  focusField(server.fieldId(field), () => server.form.setFocus(field as FieldPath<TFieldValues>));
                }}
              >
                {message}
              </a>
            ) : topUp && path === FORM_ERROR_PATH ? (
              <DashboardLink href={topUp} className="xm-error-summary__link">
                {message}
              </DashboardLink>
            ) : (
              message
            )}
          </li>
        ))}
        {more ? <li className="xm-error-summary__more">{more}</li> : null}
      </ul>
      {server.outcomeUnknown && generationsHref ? (
        <p className="xm-error-summary__links">
          <DashboardLink href={generationsHref} className="xm-error-summary__link">
            {messages.components.checkGenerations}
          </DashboardLink>
        </p>
      ) : null}
      {requestId ? <RequestIdLine requestId={requestId} messages={messages} /> : null}
      {requestId || server.outcomeUnknown ? <SupportLink href={supportUrl} messages={messages} /> : null}
    </div>
  );
}
