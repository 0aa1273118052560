// The page's shape while the video and the account load: header lines, the key bar and the four
// cards.
import { readyStrings as strings } from '../strings.ts';

export function DashboardSkeleton() {
  return (
    <div role="status" aria-busy="true" aria-label={strings.loading}>
      <div className="srd-header">
        <div className="srd-skel" style={{ width: '9rem', height: '1.5rem' }} />
        <div className="srd-skel" style={{ width: '14rem', height: '1.5rem' }} />
        <div className="srd-skel" style={{ width: '70%', height: '2.75rem' }} />
        <div className="srd-skel" style={{ width: '90%', height: '1.5rem' }} />
        <div className="srd-skel" style={{ width: '12rem', height: '1.5rem' }} />
      </div>
      <CardsSkeleton />
    </div>
  );
}

function CardsSkeleton() {
  return (
    <div aria-busy="true">
      <div className="srd-skel srd-keybar-skel" />
      <div className="srd-cards">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="srd-skel srd-card-skel" />
        ))}
      </div>
    </div>
  );
}
