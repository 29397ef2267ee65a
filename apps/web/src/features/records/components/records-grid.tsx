import type { ExportRecord } from '@export-ledger/contract';
import { useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type MouseEvent, type ReactNode, useEffect, useRef } from 'react';
import { type RecordFilters, withSearch } from '../../../lib/record-filters';
import { recordPath } from '../api/get-record';
import { useGridKeyboard } from '../hooks/use-grid-keyboard';
import { useInfiniteFill } from '../hooks/use-infinite-fill';
import { useStartedRefresh } from '../hooks/use-started-refresh';
import { features, NAME_COLUMN_ID, recordColumns } from './record-columns';

export const ROW_HEIGHT = 52;

export interface RecordsGridProps {
  records: ExportRecord[];
  filters: RecordFilters;
  /** The filters' query string, carried into each row's link so the table beside the panel stays. */
  search: string;
  /** `region/name` of the record open in the panel, if any. */
  openKey: string | undefined;
  onOpen: (record: ExportRecord, href: string) => void;
  /** Known once the history is read to its end. */
  complete: boolean;
  loadMore: {
    hasNextPage: boolean;
    isFetchingNextPage: boolean;
    canFetch: boolean;
    fetchNextPage: () => unknown;
  };
  status: ReactNode;
}

const keyOf = (record: ExportRecord) => `${record.location.regionName}/${record.name}`;
const isPlainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

export function RecordsGrid({
  records,
  filters,
  search,
  openKey,
  onOpen,
  complete,
  loadMore,
  status,
}: RecordsGridProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const table = useTable({ features, columns: recordColumns, data: records, getRowId: keyOf });
  const rows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => rows[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const keyboard = useGridKeyboard(rows.length, virtualizer, bodyRef);
  // One row link is always in the tab order, even when the active row has scrolled out of the DOM.
  const tabbable = items.some((item) => item.index === keyboard.activeIndex)
    ? keyboard.activeIndex
    : items[0]?.index;

  useInfiniteFill({ lastRenderedIndex: items.at(-1)?.index, rowCount: rows.length, ...loadMore });
  useStartedRefresh(
    filters,
    items.flatMap((item) => {
      const row = rows[item.index];
      return row ? [row.original] : [];
    }),
  );

  // Changing a filter starts from the top.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on a change of the filters only.
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
    keyboard.setActiveIndex(0);
  }, [search]);

  const hrefOf = (record: ExportRecord) =>
    withSearch(recordPath(record.location.regionName, record.name), search);
  const open = (record: ExportRecord, index: number) => {
    keyboard.setActiveIndex(index);
    onOpen(record, hrefOf(record));
  };

  return (
    <div ref={scrollRef} className="table-scroll" data-testid="records-scroll">
      <table
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an ARIA grid (arrows move between rows) on table markup.
        role="grid"
        aria-label="Export snapshot records"
        aria-rowcount={complete ? rows.length + 1 : -1}
        aria-colcount={recordColumns.length}
        className="grid"
      >
        <thead className="grid-head">
          {table.getHeaderGroups().map((group) => (
            <tr aria-rowindex={1} className="grid-row" key={group.id}>
              {group.headers.map((header) => (
                <th scope="col" className={`grid-cell col-${header.column.id}`} key={header.id}>
                  <table.FlexRender header={header} />
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody
          ref={bodyRef}
          className="grid-body"
          style={{ height: virtualizer.getTotalSize() }}
          onKeyDown={keyboard.onKeyDown}
        >
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const record = row.original;
            const isOpen = openKey === row.id;
            return (
              <tr
                key={row.id}
                aria-rowindex={item.index + 2}
                aria-selected={isOpen || undefined}
                data-row-index={item.index}
                data-record-name={record.name}
                className={`grid-row body-row${isOpen ? ' is-open' : ''}`}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                onClick={(event) => {
                  if (!(event.target as Element).closest('a') && isPlainClick(event))
                    open(record, item.index);
                }}
              >
                {row.getAllCells().map((cell) => (
                  <td className={`grid-cell col-${cell.column.id}`} key={cell.id}>
                    {cell.column.id === NAME_COLUMN_ID ? (
                      <a
                        href={hrefOf(record)}
                        className="row-link truncate mono"
                        title={record.name}
                        tabIndex={item.index === tabbable ? 0 : -1}
                        onFocus={() => keyboard.setActiveIndex(item.index)}
                        onClick={(event) => {
                          if (!isPlainClick(event)) return;
                          event.preventDefault();
                          open(record, item.index);
                        }}
                      >
                        {record.name}
                      </a>
                    ) : (
                      <table.FlexRender cell={cell} />
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {status}
    </div>
  );
}
