// Server errors into react-hook-form: the pure mapping, the hook that applies it, and the
// hooks behind <ErrorSummary>, <FieldError> and <SubmitButton> (src/components).
// Private: fieldPaths (path normalization, fieldMap, labels), formErrors (RHF error-tree
// walking) and focusField — implementation details whose shapes may change.
export { mapServerErrors, MAX_FORM_MESSAGE_LENGTH, DEFAULT_CONTENT_POLICY_FIELD } from './mapServerErrors';
export type { MapServerErrorsOptions, ServerErrorMapping } from './mapServerErrors';
export type { FieldLabels, FieldMap } from './fieldPaths';
export { useServerErrors } from './useServerErrors';
export type { FieldA11yProps, ServerErrors, UseServerErrorsOptions } from './useServerErrors';
export { SERVER_ERROR_TYPE, FORM_ERROR_PATH } from './formErrors';
export { useErrorSummary, DEFAULT_SUMMARY_MAX_ITEMS } from './useErrorSummary';
export type { ErrorSummaryItem, ErrorSummaryState } from './useErrorSummary';
export { useFieldError } from './useFieldError';
export type { FieldErrorState } from './useFieldError';
export { useSubmitState } from './useSubmitState';
export type { SubmitState } from './useSubmitState';
