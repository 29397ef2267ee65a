import { Link } from 'wouter';
import { RecordView } from './record-view';

/** A record opened from a pasted link: its own page, with the way back to the whole history. */
export function RecordPage({ region, name }: { region: string; name: string }) {
  return (
    <div className="record-page">
      <nav aria-label="Breadcrumb">
        <Link href="/" className="back-link">
          <span aria-hidden="true">← </span>All records
        </Link>
      </nav>
      <RecordView
        region={region}
        name={name}
        headingId="record-heading"
        // The breadcrumb above is the way back: not repeated under a "not found".
        backAction={null}
        renderHeading={(text) => (
          <h2 id="record-heading" className="record-title mono break">
            {text}
          </h2>
        )}
      />
    </div>
  );
}
