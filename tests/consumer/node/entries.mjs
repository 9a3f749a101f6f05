// Runs in the fixture app (peers installed): both entries load in plain Node, as in a
// server render, and share one XModeError class.
import assert from 'node:assert/strict';
import * as root from 'xmode-error-ui';
import * as core from 'xmode-error-ui/core';

assert.equal(root.XModeError, core.XModeError, 'one XModeError class for both entries');
assert.equal(root.errorCatalog, core.errorCatalog);

console.log(`entries: xmode-error-ui (${Object.keys(root).length} exports) and /core (${Object.keys(core).length}) load in Node`);
