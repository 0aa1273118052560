import { platformLabels, specRows, type PublicShare } from '@scenra/contracts';
import { documentCss } from '@scenra/tokens';
import { cspHash, escapeHtml } from './html.ts';
import { SHARE_IMAGE_SIZE } from './share-image.ts';

// The page's only style and script are inline and fixed, so the CSP allows them by hash:
// no nonce, so a cached page and its revalidated headers always agree.
const style = `
${documentCss()}
*{box-sizing:border-box}
a{color:var(--_accent)}
.wrap{max-width:46rem;margin:0 auto;padding:var(--_space-5) var(--_space-4)}
.brand{display:inline-flex;align-items:center;gap:var(--_space-2);min-height:44px;font-weight:700;font-size:var(--_font-size-lg);color:var(--_text);text-decoration:none}
.brand svg{width:1.5rem;height:1.5rem;color:var(--_accent)}
.card{background:var(--_surface);border:1px solid var(--_border);border-radius:var(--_radius);padding:var(--_space-5);margin-top:var(--_space-4)}
.eyebrow{margin:0;color:var(--_muted);font-size:var(--_font-size-sm);text-transform:uppercase;letter-spacing:.06em}
h1{margin:var(--_space-1) 0;font-size:var(--_font-size-2xl);line-height:1.15;letter-spacing:-.02em}
h2{margin:0;font-size:var(--_font-size-lg)}
.meta{margin:0 0 var(--_space-4);color:var(--_muted)}
section{margin-top:var(--_space-5)}
.head{display:flex;align-items:center;justify-content:space-between;gap:var(--_space-4);margin-bottom:var(--_space-2)}
.prompt{margin:0;white-space:pre-wrap;word-wrap:break-word;font:inherit;line-height:1.6;background:var(--_surface-raised);border-radius:var(--_radius-sm);padding:var(--_space-4)}
button{font:inherit;font-weight:600;min-height:44px;padding:var(--_space-2) var(--_space-4);border-radius:var(--_radius-sm);border:1px solid var(--_accent);background:var(--_accent);color:var(--_on-accent);cursor:pointer}
.status{min-height:1.5em;margin:var(--_space-2) 0 0;color:var(--_muted)}
dl{display:grid;grid-template-columns:minmax(8rem,30%) 1fr;gap:var(--_space-1) var(--_space-4);margin:0}
dt{color:var(--_muted);font-weight:600}
dd{margin:0}
.tags{display:flex;flex-wrap:wrap;gap:var(--_space-2);list-style:none;margin:0;padding:0}
.tags li{background:var(--_surface-raised);border:1px solid var(--_border);border-radius:var(--_radius-pill);padding:.1rem .75rem}
footer{color:var(--_muted);font-size:var(--_font-size-sm);padding:var(--_space-5) 0}
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
  /** The page's preview image (`og:image`), see share-image.ts. */
  imageUrl: string;
  appUrl: string | undefined;
}

/** The public share page: readable and copyable without JavaScript, previewable in chats. */
export function renderSharePage({ view, pageUrl, imageUrl, appUrl }: SharePageInput): string {
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
<meta property="og:image" content="${escapeHtml(imageUrl)}">
<meta property="og:image:type" content="image/png">
<meta property="og:image:width" content="${SHARE_IMAGE_SIZE.width}">
<meta property="og:image:height" content="${SHARE_IMAGE_SIZE.height}">
<meta property="og:image:alt" content="${title}: a video prompt for ${escapeHtml(platform)}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="${title}">
<meta name="twitter:description" content="${description}">
<meta name="twitter:image" content="${escapeHtml(imageUrl)}">`;

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
