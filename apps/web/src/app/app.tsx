import { DataSourceBadge } from '../features/meta/components/data-source-badge';
import { AppProviders } from './providers';

export function App() {
  return (
    <AppProviders>
      <header className="app-header">
        <h1>Export Ledger</h1>
        <DataSourceBadge />
      </header>
      <main id="main" className="app-main">
        <p>Lightsail export snapshot records across every region.</p>
      </main>
    </AppProviders>
  );
}
