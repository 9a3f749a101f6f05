// The React adapter's public API (part of the main entry). Other layers of this package
// import what they need from the defining module, not from here: this list is what ships.
export { createXModeQueryClient } from './createXModeQueryClient';
export type { XModeQueryClientOptions } from './createXModeQueryClient';
export { XModeErrorProvider } from './XModeErrorProvider';
export type { XModeClientSource, XModeErrorProviderProps, XModeErrorProviderSettings } from './XModeErrorProvider';
export type { XModeErrorInfo, XModeQueryClient, XModeRuntime, XModeSettings, XModeSettingsInput } from './runtime';
export type { XModeToastTheme } from './XModeToaster';
export type { AccountState, AccountStore } from './accountStore';
export { useAccountActions, useAccountState, useXModeClient } from './useAccountState';
export { useRetryCountdown } from './useRetryCountdown';
export type { RetryCountdown } from './useRetryCountdown';
export { usePaymentRecovery } from './usePaymentRecovery';
export type { PaymentRecoveryControls } from './usePaymentRecovery';
export type { BalanceCheck, KeptPaidRequest, PaymentRecoveryPhase, PaymentRecoveryState } from './paymentRecovery';
export { useErrorState } from './useErrorState';
export type { ErrorUiState } from './useErrorState';
export { useMessages } from './context';
export type { XModeMeta } from './routeError';
export { TOAST_IDS, RequestIdLine } from './toasts';
export { defaultMessages, pseudoLocalize, PSEUDO_LOCALE } from './messages';
export type { ErrorCopy, ErrorCopyText, ErrorCopyValues, MessageFormat, PluralForms, XModeMessageOverrides, XModeMessages } from './messages';
// Forms: server errors into react-hook-form, and the headless hooks behind the form components.
export { mapServerErrors } from './forms/mapServerErrors';
export type { MapServerErrorsOptions, ServerErrorMapping } from './forms/mapServerErrors';
export type { FieldLabels, FieldMap } from './forms/fieldPaths';
export { useServerErrors } from './forms/useServerErrors';
export type { FieldA11yProps, ServerErrors, UseServerErrorsOptions } from './forms/useServerErrors';
export { FORM_ERROR_PATH, SERVER_ERROR_TYPE } from './forms/formErrors';
export { useErrorSummary } from './forms/useErrorSummary';
export type { ErrorSummaryItem, ErrorSummaryState } from './forms/useErrorSummary';
export { useFieldError } from './forms/useFieldError';
export type { FieldErrorState } from './forms/useFieldError';
export { useSubmitState } from './forms/useSubmitState';
export type { SubmitState } from './forms/useSubmitState';
