// `npm run test:webkit`: the shared flows (tests/flows) in WebKitGTK's MiniBrowser over WebDriver.
import { launchWebKit } from './webkit';
import { browserSuite } from './suite';

browserSuite(launchWebKit);
