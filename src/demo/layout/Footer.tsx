import { apiBaseUrl } from '../api/clients';
import { ScenarioPanel } from '../mock/ScenarioPanel';
import { useMockControls } from '../mock/MockControls';

/** The scenario panel on the mock; on a real API, which API the dashboard talks to. */
export function Footer() {
  const mock = useMockControls();
  return (
    <footer className="demo-footer">
      {mock ? (
        <ScenarioPanel mock={mock} />
      ) : (
        <p>
          Connected to the xMode API at <code>{apiBaseUrl}</code>.
        </p>
      )}
    </footer>
  );
}
