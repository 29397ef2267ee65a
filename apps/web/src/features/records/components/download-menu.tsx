import * as Menu from '@radix-ui/react-dropdown-menu';
import type { RecordFilters } from '../../../lib/record-filters';
import { EXPORT_FORMATS, exportUrl } from '../api/export-links';

/** Every record matching the current filters, streamed by the server as a file. */
export function DownloadMenu({ filters }: { filters: RecordFilters }) {
  return (
    <Menu.Root modal={false}>
      <Menu.Trigger className="button">
        Download<span aria-hidden="true"> ▾</span>
      </Menu.Trigger>
      <Menu.Content className="menu" align="end" sideOffset={4}>
        {EXPORT_FORMATS.map(({ format, label }) => (
          <Menu.Item key={format} className="menu-item" asChild>
            <a href={exportUrl(format, filters)} download>
              {label}
            </a>
          </Menu.Item>
        ))}
      </Menu.Content>
    </Menu.Root>
  );
}
