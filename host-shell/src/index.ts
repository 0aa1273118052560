// Async boundary: the shared singletons are negotiated before the app's modules run. In a task
// of its own: evaluating this entry (the federation runtime) and negotiating the shared modules
// would otherwise be one long task that blocks the page.
setTimeout(() => import('./bootstrap.tsx'));
