import { lazy, Suspense } from 'react';
import { Link, useLocation, useRoute } from 'wouter';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { ThemeToggle } from '../components/ui/theme-toggle';
import { DataSourceBadge } from '../features/meta/components/data-source-badge';
import { useDocumentTitle } from '../lib/use-document-title';
import { AppProviders } from './providers';
import { RecordsScreen } from './routes/records-screen';

const RecordPage = lazy(() =>
  import('../features/records/components/record-page').then((module) => ({ default: module.RecordPage })),
);

function Routes() {
  const [location] = useLocation();
  const [isRecord, params] = useRoute<{ region: string; name: string }>('/records/:region/:name');
  // Chosen from the table: beside it. Pasted or reloaded (no history state): a page of its own.
  const fromTable = (window.history.state as { fromTable?: boolean } | null)?.fromTable === true;
  useDocumentTitle(
    isRecord && params ? `${params.name} (${params.region}) · Export Ledger` : 'Export Ledger',
  );
  if (isRecord && params && !fromTable) {
    return (
      <ErrorBoundary what="The record">
        <Suspense fallback={<p role="status">Loading…</p>}>
          <RecordPage region={params.region} name={params.name} />
        </Suspense>
      </ErrorBoundary>
    );
  }
  if (isRecord || location === '/') return <RecordsScreen open={isRecord && params ? params : undefined} />;
  return (
    <div className="record-page">
      <h2>Page not found</h2>
      <Link href="/">All records</Link>
    </div>
  );
}

export function App() {
  return (
    <AppProviders>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <h1>
          <Link href="/" className="home-link">
            Export Ledger
          </Link>
        </h1>
        <DataSourceBadge />
        <span className="header-spacer" />
        <ThemeToggle />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Routes />
      </main>
    </AppProviders>
  );
}
