// The remote's web components are built on Lit, shared as a singleton: importing it here makes
// this host provide the one copy on the page, so the remote downloads none of it.
import 'lit';
import 'lit/directives/keyed.js';
