'use client';

import { useId, type MouseEvent } from 'react';
import type { FieldPath, FieldValues } from 'react-hook-form';
import { useMessages, type ServerErrors } from '../../react';
import { useXModeContext } from '../../react/context';
import { focusField } from '../../react/forms/focusField';
import { FORM_ERROR_PATH } from '../../react/forms/formErrors';
import { useErrorSummary } from '../../react/forms/useErrorSummary';
import { supportRequestId } from '../../react/messages';
import { DashboardLink, Heading, RequestIdLine, SupportLink, classNames } from '../primitives';

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
  const { server, title, headingLevel = 2, maxItems, className } = props;
  const messages = useMessages();
  const { generationsHref, supportUrl } = useXModeContext();
  const { forms } = messages;
  // A server fault's request id: on its own line, with its copy button (never inside a message).
  const requestId = server.error ? supportRequestId(server.error) : undefined;
  const { entries, topUp, more, ref } = useErrorSummary(server, maxItems);
  const titleId = useId();
  if (entries.length === 0 && more === undefined) return null;
  return (
    <div
      ref={ref}
      className={classNames('xm-error-summary', className)}
      role="alert"
      aria-labelledby={titleId}
    >
      <Heading level={headingLevel} id={titleId} className="xm-error-summary__title">
        {title ?? forms.summaryTitle}
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
