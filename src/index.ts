// The public entry of xmode-error-ui: the framework-free core (also `xmode-error-ui/core`),
// the React adapter and the components. Each layer's index lists its public API once;
// tests/unit/apiReport.test.ts pins the whole surface in api/*.api.txt, so it changes only
// on purpose.
export * from './core';
export * from './react';
export * from './components';
