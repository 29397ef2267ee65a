import type { ExportRecord } from '@export-ledger/contract';
import { lazy, Suspense, useCallback } from 'react';
import { useLocation } from 'wouter';
import { ErrorBoundary } from '../../components/ui/error-boundary';
import { FilterBar } from '../../features/filters/components/filter-bar';
import { useUrlFilters } from '../../features/filters/hooks/use-url-filters';
import { RecordsView } from '../../features/records/components/records-view';
import { filtersToSearch, withSearch } from '../../lib/record-filters';

// Menus and the record panel load after the first paint: the table comes first.
const DownloadMenu = lazy(() =>
  import('../../features/records/components/download-menu').then((module) => ({
    default: module.DownloadMenu,
  })),
);
const RecordPanel = lazy(() =>
  import('../../features/records/components/record-panel').then((module) => ({
    default: module.RecordPanel,
  })),
);

/** State a row link pushes, so the record route knows to open beside the table. */
const FROM_TABLE = { fromTable: true } as const;

function focusRowLink(name: string) {
  const selector = `[data-record-name="${CSS.escape(name)}"] a`;
  const link = document.querySelector<HTMLElement>(selector);
  (link ?? document.querySelector<HTMLElement>('[role="grid"] a[tabindex="0"]'))?.focus();
}

/** The table with its filters, and the open record's panel beside it. */
export function RecordsScreen({ open }: { open: { region: string; name: string } | undefined }) {
  const [filters, setFilters] = useUrlFilters();
  const [, navigate] = useLocation();
  const search = filtersToSearch(filters);

  const onOpen = useCallback(
    (_record: ExportRecord, href: string) =>
      navigate(href, { state: FROM_TABLE, replace: open !== undefined }),
    [navigate, open],
  );
  const close = () => navigate(withSearch('/', search));

  return (
    <div className={open ? 'screen with-panel' : 'screen'}>
      <div className="screen-main">
        <FilterBar filters={filters} onChange={setFilters}>
          <Suspense fallback={null}>
            <DownloadMenu filters={filters} />
          </Suspense>
        </FilterBar>
        <RecordsView
          filters={filters}
          openKey={open ? `${open.region}/${open.name}` : undefined}
          onOpen={onOpen}
        />
      </div>
      {open ? (
        <ErrorBoundary what="The record">
          <Suspense fallback={<aside className="panel">Loading…</aside>}>
            <RecordPanel
              region={open.region}
              name={open.name}
              onClose={close}
              onReturnFocus={() => focusRowLink(open.name)}
            />
          </Suspense>
        </ErrorBoundary>
      ) : null}
    </div>
  );
}
