// The React adapter: query client, provider, account state, hooks, copy.
export { createXModeQueryClient } from './createXModeQueryClient';
export type { XModeQueryClientOptions } from './createXModeQueryClient';
export { XModeErrorProvider } from './XModeErrorProvider';
export type { XModeErrorProviderProps } from './XModeErrorProvider';
export type { XModeToastTheme } from './XModeToaster';
export { createAccountStore, initialAccountState } from './accountStore';
export type { AccountState, AccountStore } from './accountStore';
export { useAccountState, useAccountActions } from './useAccountState';
export { useRetryCountdown, useSecondsUntil } from './useRetryCountdown';
export type { RetryCountdown } from './useRetryCountdown';
export { useErrorState } from './useErrorState';
export { useErrorCopy } from './useErrorCopy';
export type { ErrorUiState } from './useErrorState';
export { useMessages, useXModeContext } from './context';
export { createVoiceRegistry, useClaim, useMountVoice, useVoiceMounted, useVoiceOf, whenRendered } from './voices';
export type { MountedVoice, VoiceRegistry } from './voices';
export { getXModeRuntime } from './runtime';
export type { XModeErrorInfo, XModeRuntime, XModeRuntimeConfig } from './runtime';
export type { XModeMeta } from './routeError';
export { TOAST_IDS, toastIdFor, RequestIdLine } from './toasts';
export { MAX_COUNTED_SECONDS, defaultMessages, describeError, formatClock, formatMessage, mergeMessages, supportRequestId } from './messages';
export type { ErrorCopy, ErrorCopyText, ErrorCopyValues, MessageFormat, PluralForms, XModeMessageOverrides, XModeMessages } from './messages';
export { PSEUDO_LOCALE, createMessageFormat, pseudoLocalize, pseudoText } from './messages';

// Forms: server errors into react-hook-form (src/react/forms).
export {
  DEFAULT_CONTENT_POLICY_FIELD,
  DEFAULT_SUMMARY_MAX_ITEMS,
  FORM_ERROR_PATH,
  MAX_FORM_MESSAGE_LENGTH,
  SERVER_ERROR_TYPE,
  mapServerErrors,
  useErrorSummary,
  useFieldError,
  useServerErrors,
  useSubmitState,
} from './forms';
export type {
  ErrorSummaryItem,
  ErrorSummaryState,
  FieldA11yProps,
  FieldErrorState,
  FieldLabels,
  FieldMap,
  MapServerErrorsOptions,
  ServerErrorMapping,
  ServerErrors,
  SubmitState,
  UseServerErrorsOptions,
} from './forms';
