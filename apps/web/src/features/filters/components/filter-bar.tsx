import type { RecordState, SourceType } from '@export-ledger/contract';
import { lazy, type ReactNode, Suspense } from 'react';
import { sourceLabel } from '../../../lib/format';
import {
  hasFilters,
  NO_FILTERS,
  RECORD_STATES,
  type RecordFilters,
  SOURCE_TYPES,
} from '../../../lib/record-filters';
import { SearchBox } from './search-box';

// The menu primitives (Radix + floating-ui) load just after the first paint, off the initial bundle.
const RegionMenu = lazy(() => import('./region-menu').then((module) => ({ default: module.RegionMenu })));

const regionFallback = (
  <div className="field">
    <span className="field-label">Regions</span>
    <button type="button" className="button select-like" disabled>
      …
    </button>
  </div>
);

interface FilterBarProps {
  filters: RecordFilters;
  onChange: (filters: RecordFilters) => void;
  /** Actions that act on the current filters (download), placed at the end of the bar. */
  children?: ReactNode;
}

export function FilterBar({ filters, onChange, children }: FilterBarProps) {
  const toggleState = (state: RecordState, on: boolean) =>
    onChange({
      ...filters,
      state: on ? [...filters.state, state].sort() : filters.state.filter((s) => s !== state),
    });
  const source = filters.source.length === 1 ? filters.source[0] : '';

  return (
    <search className="filter-bar" aria-label="Filter records">
      <Suspense fallback={regionFallback}>
        <RegionMenu selected={filters.region} onChange={(region) => onChange({ ...filters, region })} />
      </Suspense>
      <fieldset className="field state-filter">
        <legend>State</legend>
        {RECORD_STATES.map((state) => (
          <label key={state} className="chip">
            <input
              type="checkbox"
              checked={filters.state.includes(state)}
              onChange={(event) => toggleState(state, event.target.checked)}
            />
            {state}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="source-filter">Source type</label>
        <select
          id="source-filter"
          value={source}
          onChange={(event) =>
            onChange({ ...filters, source: event.target.value ? [event.target.value as SourceType] : [] })
          }
        >
          <option value="">Any</option>
          {SOURCE_TYPES.map((type) => (
            <option key={type} value={type}>
              {sourceLabel(type)}
            </option>
          ))}
        </select>
      </div>
      <SearchBox value={filters.q} onChange={(q) => onChange({ ...filters, q })} />
      <div className="filter-actions">
        <button
          type="button"
          className="button button-quiet"
          disabled={!hasFilters(filters)}
          onClick={() => onChange(NO_FILTERS)}
        >
          Clear filters
        </button>
        {children}
      </div>
    </search>
  );
}
