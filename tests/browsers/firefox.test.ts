// `npm run test:firefox`: the shared flows (tests/flows) in Firefox ESR over WebDriver BiDi.
import { launchFirefox } from './firefox';
import { browserSuite } from './suite';

browserSuite(launchFirefox);
