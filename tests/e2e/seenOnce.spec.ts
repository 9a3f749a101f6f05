import { SEEN_ONCE_FLOWS } from '../flows/seenOnce';
import { describeFlows } from './playwrightFlow';

// Seen once, too (#25), and right to left: the flows are shared with Firefox and WebKit (tests/flows).
describeFlows('seen once, and right to left', SEEN_ONCE_FLOWS);
