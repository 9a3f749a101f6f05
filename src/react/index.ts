// The React adapter's public API (part of the main entry). Other layers of this package
// import what they need from the defining module, not from here: this list is what ships.
export { createXModeQueryClient } from './createXModeQueryClient';
export type { XModeMeta, XModeQueryClientOptions } from './createXModeQueryClient';
export type { BalanceCheck, XModeErrorInfo, XModeQueryClient } from './runtime';
export type { AccountState } from './accountStore';
export { useAccountActions, useAccountState, useXModeClient } from './useAccountState';
export { useWait } from './useWait';
export { usePaymentRecovery } from './usePaymentRecovery';
export type { KeptPaidRequest } from './keptRequest';
export { useErrorState } from './useErrorState';
export { useMessages } from './useMessages';
export { defaultMessages } from './messages';
export type { XModeMessageOverrides, XModeMessages } from './messages';
// Forms: server errors into react-hook-form.
export { mapServerErrors } from './forms/mapServerErrors';
export { useServerErrors } from './forms/useServerErrors';
export type { ServerErrors } from './forms/useServerErrors';
