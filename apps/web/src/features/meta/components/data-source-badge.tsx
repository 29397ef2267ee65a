import { useMeta } from '../api/get-meta';

/** Tells the user, always, when the table shows demo data rather than their AWS account. */
export function DataSourceBadge() {
  const meta = useMeta();
  if (meta.isError) return <span className="badge">server unreachable</span>;
  if (!meta.data) return null;
  return (
    <>
      {meta.data.source === 'simulator' ? (
        <span className="badge badge-demo" title="The server reads the built-in Lightsail simulator">
          demo data
        </span>
      ) : (
        <span className="badge">AWS</span>
      )}
      <span className="version">v{meta.data.version}</span>
    </>
  );
}
