// The public entry of xmode-error-ui: what a React app embeds. The framework-free core has
// its own entry (`xmode-error-ui/core`, the whole of it); here only what an app needs next
// to the components. tests/unit/apiReport.test.ts pins the whole surface in api/*.api.txt,
// so it changes only on purpose.
export { createXModeClient, errorCatalog, isXModeError, XModeError } from './core';
export type { WindowName, XModeClient, XModeErrorCode } from './core';
export * from './react';
export * from './components';
