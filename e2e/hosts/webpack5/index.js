// Async boundary: the federation runtime and shared scope are set up before the page runs.
import('./bootstrap.js');
