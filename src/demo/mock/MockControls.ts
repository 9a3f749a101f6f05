import { createContext, useContext } from 'react';
import type { ActiveScenario, Scenario, ScenarioId } from '../../mocks/scenarios';

/** What the demo may do to the mock API; absent when it talks to a real API. */
export interface MockControls {
  /** The key the mock accepts, used until another one is saved in settings. */
  apiKey: string;
  scenarios: readonly Scenario[];
  /** Forces a scenario on the next matching request(s). */
  force: (id: ScenarioId) => void;
  /** Forces the scenarios named in `?scenario=`; returns them. */
  primeFromUrl: (search: string) => Scenario[];
  active: () => ActiveScenario[];
  /** Seeded data back, pending scenarios dropped. */
  reset: () => void;
}

export const MockControlsContext = createContext<MockControls | null>(null);

/** The mock's controls, or null on a real API. */
export function useMockControls(): MockControls | null {
  return useContext(MockControlsContext);
}
