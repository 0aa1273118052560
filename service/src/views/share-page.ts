import { platformLabels, specRows, type PublicShare } from '@scenra/contracts';
import { cspHash, escapeHtml } from './html.ts';

// The page's only style and script are inline and fixed, so the CSP allows them by hash:
// no nonce, so a cached page and its revalidated headers always agree.
const style = `
:root{color-scheme:light dark;--ink:#14121f;--muted:#5c5a6b;--violet:#4a2fd6;--wash:#f7f6fb;--border:#dcd9e8;--surface:#fff}
@media (prefers-color-scheme:dark){:root{--ink:#eceaf3;--muted:#b3b0c2;--violet:#a5b4fc;--wash:#14121f;--border:#3f3f46;--surface:#1c1a29}}
*{box-sizing:border-box}
body{margin:0;background:var(--wash);color:var(--ink);font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
a{color:var(--violet)}
.wrap{max-width:46rem;margin:0 auto;padding:1.25rem}
.brand{display:inline-flex;align-items:center;gap:.5rem;font-weight:700;font-size:1.15rem;color:var(--violet);text-decoration:none}
.brand svg{width:1.4rem;height:1.4rem}
.card{background:var(--surface);border:1px solid var(--border);border-radius:1rem;padding:1.5rem;margin-top:1rem}
.eyebrow{margin:0;color:var(--muted);font-size:.875rem;text-transform:uppercase;letter-spacing:.06em}
h1{margin:.25rem 0;font-size:1.75rem;line-height:1.25}
h2{margin:0;font-size:1.05rem}
.meta{margin:0 0 1rem;color:var(--muted)}
section{margin-top:1.5rem}
.head{display:flex;align-items:center;justify-content:space-between;gap:1rem;margin-bottom:.5rem}
.prompt{margin:0;white-space:pre-wrap;word-wrap:break-word;font:inherit;background:var(--wash);border-left:3px solid var(--violet);border-radius:.5rem;padding:1rem}
button{font:inherit;font-weight:600;min-height:44px;padding:.5rem 1rem;border-radius:.5rem;border:1px solid var(--violet);background:var(--violet);color:#fff;cursor:pointer}
@media (prefers-color-scheme:dark){button{color:#14121f}}
button:focus-visible,a:focus-visible{outline:3px solid var(--violet);outline-offset:2px}
.status{min-height:1.5em;margin:.5rem 0 0;color:var(--muted)}
dl{display:grid;grid-template-columns:minmax(8rem,30%) 1fr;gap:.25rem 1rem;margin:0}
dt{color:var(--muted);font-weight:600}
dd{margin:0}
.tags{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;margin:0;padding:0}
.tags li{background:var(--wash);border:1px solid var(--border);border-radius:999px;padding:.1rem .75rem}
footer{color:var(--muted);font-size:.9rem;padding:1.5rem 0}
`;

// Progressive enhancement: without JavaScript the button stays hidden and the prompt is
// plain selectable text; with it, one click copies the prompt.
const script = `
(function () {
  var button = document.getElementById('copy');
  var prompt = document.getElementById('prompt');
  var status = document.getElementById('copy-status');
  if (!button || !prompt || !status) return;
  function selectPrompt() {
    var range = document.createRange();
    range.selectNodeContents(prompt);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }
  function done(message) {
    status.textContent = message;
    button.textContent = 'Copied \\u2713';
    setTimeout(function () { button.textContent = 'Copy prompt'; }, 2000);
  }
  button.hidden = false;
  button.addEventListener('click', function () {
    var text = prompt.textContent;
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { done('Prompt copied!'); }, fallback);
    } else {
      fallback();
    }
    function fallback() {
      selectPrompt();
      if (document.execCommand && document.execCommand('copy')) done('Prompt copied!');
      else status.textContent = 'The prompt is selected: press Ctrl+C (\\u2318C on a Mac) to copy it.';
    }
  });
})();
`;

/** The Content-Security-Policy of the share pages: nothing but their own inline style and script. */
export const sharePageCsp = [
  "default-src 'none'",
  `style-src ${cspHash(style)}`,
  `script-src ${cspHash(script)}`,
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const mark =
  '<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path fill="currentColor" d="M4 0h8a4 4 0 0 1 4 4v8a4 4 0 0 1-4 4H4a4 4 0 0 1-4-4V4a4 4 0 0 1 4-4z"/><path fill="#fff" d="M6 4.5v7l6-3.5z"/></svg>';

function brand(appUrl: string | undefined): string {
  const inner = `${mark}<span>Scenra</span>`;
  return appUrl
    ? `<a class="brand" href="${escapeHtml(appUrl)}">${inner}</a>`
    : `<span class="brand">${inner}</span>`;
}

function footer(appUrl: string | undefined): string {
  const cta = appUrl
    ? ` <a href="${escapeHtml(appUrl)}">Make your own video prompt with Scenra →</a>`
    : '';
  return `<footer><p>Shared with Scenra, the AI roundtable for video prompts.${cta}</p></footer>`;
}

function layout(head: string, body: string, appUrl: string | undefined): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
${head}
<style>${style}</style>
</head>
<body>
<div class="wrap">
<header>${brand(appUrl)}</header>
<main class="card">
${body}
</main>
${footer(appUrl)}
</div>
<script>${script}</script>
</body>
</html>
`;
}

/** A one-line summary of the prompt for link previews. */
function summary(prompt: string, max = 200): string {
  const flat = prompt.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max
    ? flat
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

export interface SharePageInput {
  view: PublicShare;
  /** The page's own address, for `og:url`. */
  pageUrl: string;
  appUrl: string | undefined;
}

/** The public share page: readable and copyable without JavaScript, previewable in chats. */
export function renderSharePage({ view, pageUrl, appUrl }: SharePageInput): string {
  const platform = platformLabels[view.platform];
  const title = escapeHtml(view.title);
  const description = escapeHtml(summary(view.optimizedPrompt));
  const head = `<title>${title} · Video prompt for ${escapeHtml(platform)} · Scenra</title>
<meta name="description" content="${description}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Scenra">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${escapeHtml(pageUrl)}">
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="${title}">
<meta name="twitter:description" content="${description}">`;

  const specs = view.specs ? specRows(view.specs) : [];
  const specsSection = specs.length
    ? `<section aria-labelledby="specs-heading"><h2 id="specs-heading">Specifications</h2>
<dl>${specs.map(({ label, value }) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl></section>`
    : '';
  const hashtagsSection = view.hashtags?.length
    ? `<section aria-labelledby="hashtags-heading"><h2 id="hashtags-heading">Hashtags</h2>
<ul class="tags">${view.hashtags.map((tag) => `<li>${escapeHtml(tag)}</li>`).join('')}</ul></section>`
    : '';

  const body = `<p class="eyebrow">Shared video prompt</p>
<h1>${title}</h1>
<p class="meta">For ${escapeHtml(platform)}</p>
<section aria-labelledby="prompt-heading">
<div class="head"><h2 id="prompt-heading">Prompt</h2><button id="copy" type="button" hidden>Copy prompt</button></div>
<pre id="prompt" class="prompt">${escapeHtml(view.optimizedPrompt)}</pre>
<p id="copy-status" class="status" role="status" aria-live="polite"></p>
</section>
${specsSection}
${hashtagsSection}`;
  return layout(head, body, appUrl);
}

/** Shown for unknown, revoked and expired links alike, so none can be told apart. */
export function renderShareNotFoundPage(appUrl: string | undefined): string {
  return layout(
    '<title>Link not available · Scenra</title>',
    `<h1>This link isn’t available</h1>
<p>The share link may have been revoked by its owner, may have expired, or may be mistyped. Ask the person who sent it for a new one.</p>`,
    appUrl,
  );
}
