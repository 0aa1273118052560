// What a settings list shows until its items are there: a busy line while it loads, or what
// failed with a Retry.
import type { Resource } from '../api/useResource.ts';
import { LoadError } from '../ui/LoadError.tsx';

export function LoadState<T>({
  resource,
  loading,
  loadFailed,
}: {
  resource: Resource<T>;
  loading: string;
  loadFailed: string;
}) {
  if (resource.state === 'loading') return <p aria-busy="true">{loading}</p>;
  if (resource.state === 'error') {
    return (
      <LoadError what={loadFailed} message={resource.error.message} onRetry={resource.reload} />
    );
  }
  return null;
}
