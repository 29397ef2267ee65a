import type { RegionName } from '@export-ledger/contract';
import * as Menu from '@radix-ui/react-dropdown-menu';
import { useRegions } from '../api/get-regions';

interface RegionMenuProps {
  selected: RegionName[];
  onChange: (regions: RegionName[]) => void;
}

/** Multi-select of the regions the server reads, as a menu of checkbox items. Loaded lazily (see filter-bar). */
export function RegionMenu({ selected, onChange }: RegionMenuProps) {
  const regions = useRegions();
  if (regions.isError) {
    return (
      <div className="field">
        <span className="field-label">Regions</span>
        <button type="button" className="button" onClick={() => regions.refetch()}>
          Regions unavailable: retry
        </button>
      </div>
    );
  }
  const summary =
    selected.length === 0 ? 'all' : selected.length === 1 ? selected[0] : `${selected.length} selected`;
  const toggle = (region: RegionName, on: boolean) =>
    onChange(on ? [...selected, region].sort() : selected.filter((name) => name !== region));

  return (
    <div className="field">
      <span className="field-label" aria-hidden="true">
        Regions
      </span>
      {/* Non-modal and not portalled: the menu stays inside the search landmark, the page stays exposed. */}
      <Menu.Root modal={false}>
        <Menu.Trigger className="button select-like" aria-label={`Regions: ${summary}`}>
          {summary}
          <span aria-hidden="true"> ▾</span>
        </Menu.Trigger>
        <Menu.Content className="menu" align="start" sideOffset={4} aria-label="Regions">
          <Menu.Item className="menu-item" disabled={selected.length === 0} onSelect={() => onChange([])}>
            All regions
          </Menu.Item>
          <Menu.Separator className="menu-separator" />
          {regions.data?.regions.map((region) => (
            <Menu.CheckboxItem
              key={region.name}
              className="menu-item"
              checked={selected.includes(region.name)}
              onCheckedChange={(on) => toggle(region.name, on)}
              onSelect={(event) => event.preventDefault()}
            >
              <span className="menu-check" aria-hidden="true">
                <Menu.ItemIndicator>✓</Menu.ItemIndicator>
              </span>
              {region.name}
              <span className="muted"> {region.displayName}</span>
            </Menu.CheckboxItem>
          )) ?? (
            <Menu.Item className="menu-item" disabled>
              Loading regions…
            </Menu.Item>
          )}
        </Menu.Content>
      </Menu.Root>
    </div>
  );
}
