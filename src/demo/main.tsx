import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { errorCatalog } from 'xmode-error-ui';

// Placeholder until the demo dashboard lands: lists the catalog the module is built on.
function App() {
  return (
    <main>
      <h1>xMode dashboard (demo)</h1>
      <table>
        <caption>Error catalog</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">HTTP</th>
            <th scope="col">UI surface</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(errorCatalog).map(([code, entry]) => (
            <tr key={code}>
              <td>{code}</td>
              <td>{entry.status}</td>
              <td>{entry.surface}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>);
