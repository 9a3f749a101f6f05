// `xmode-error-ui/testing`: responses of the xMode API for a host app's own tests, one per
// documented code, as plain data and as a standard `Response`; and the pseudo-locale that
// shows untranslated or clipped copy (`pseudoLocalize`). No React, no mock library:
// it works with MSW, a stubbed `fetch`, Playwright's `route.fulfill` or any other. The main
// entry never imports it, so it adds nothing to an app's bundle. This list is its public API
// (pinned by tests/unit/apiReport.test.ts). Private: DEFAULT_RETRY_AFTER_S and
// STORAGE_FAILED_MESSAGE (the JSDoc states the defaults; a test reads them from the data),
// storageFailedImage (the package's own mocks build their generations with it).
export { xmodeError, xmodeErrorResponse } from './xmodeError';
export { pseudoLocalize } from './pseudoLocalize';
export type {
  XModeApiErrorCode,
  XModeErrorBody,
  XModeErrorOverrides,
  XModeFailedImage,
  XModeOverrides,
  XModeResponseBody,
  XModeResponseCode,
  XModeResponseData,
  XModeStorageFailedGeneration,
  XModeStorageFailedOverrides,
  XModeStoredImage,
} from './xmodeError';
