import { TABS_FLOWS } from '../flows/tabs';
import { describeFlows } from './playwrightFlow';

// Several tabs of one dashboard (BroadcastChannel): shared with Firefox and WebKit (tests/flows).
describeFlows('tabs of one dashboard', TABS_FLOWS);
